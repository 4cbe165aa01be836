package org.zeren.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.zeren.ui.model.ModelSession;

/** Redoes the last undone command ({@code org.eclipse.ui.edit.redo}, Ctrl+Y). */
public class RedoHandler extends SessionHandler {

	@Override
	protected boolean computeEnabled(ModelSession session) {
		return session.domain() != null && session.domain().getCommandStack().canRedo();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSession session = ModelSession.get();
		if (computeEnabled(session)) {
			session.domain().getCommandStack().redo();
		}
		return null;
	}
}
