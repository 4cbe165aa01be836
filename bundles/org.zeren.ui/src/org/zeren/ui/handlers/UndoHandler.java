package org.zeren.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.zeren.ui.model.ModelSession;

/** Undoes the last command on the open model's command stack ({@code org.eclipse.ui.edit.undo}, Ctrl+Z). */
public class UndoHandler extends SessionHandler {

	@Override
	protected boolean computeEnabled(ModelSession session) {
		return session.domain() != null && session.domain().getCommandStack().canUndo();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSession session = ModelSession.get();
		if (computeEnabled(session)) {
			session.domain().getCommandStack().undo();
		}
		return null;
	}
}
