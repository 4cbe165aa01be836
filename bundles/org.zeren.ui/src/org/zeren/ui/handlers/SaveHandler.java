package org.zeren.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.zeren.core.store.ModelStoreException;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/**
 * Saves the open model atomically through the model store ({@code org.eclipse.ui.file.save}, Ctrl+S); a failed save
 * shows the store's message (file and cause) and leaves the previous file as it was.
 */
public class SaveHandler extends SessionHandler {

	@Override
	protected boolean computeEnabled(ModelSession session) {
		return session.isDirty();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelSession session = ModelSession.get();
		if (session.model() == null) {
			return null;
		}
		try {
			session.save();
		} catch (ModelStoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Save_failedTitle, e.getMessage());
		}
		return null;
	}
}
