package org.zeren.ui.app;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.zeren.core.store.ModelStoreException;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/** Asks whether to save a model with unsaved changes before it is closed or replaced. */
public final class UnsavedChanges {

	/** Set by tests to answer the question without a dialog: 0 save, 1 don't save, 2 cancel; -1 asks. */
	public static volatile int testAnswer = -1;

	private UnsavedChanges() {
	}

	/**
	 * When the open model has unsaved changes, asks "Save changes?" with Save, Don't save and Cancel, and saves when
	 * asked to.
	 *
	 * @param shell the parent shell, or null
	 * @return true when the model may be closed (saved; or discarded, and then the session is closed; or nothing
	 *         unsaved); false on Cancel or when the save failed (its error is shown)
	 */
	public static boolean askBeforeClosing(Shell shell) {
		ModelSession session = ModelSession.get();
		if (!session.isDirty()) {
			return true;
		}
		int answer = testAnswer;
		if (answer < 0) {
			MessageDialog dialog = new MessageDialog(shell, Messages.Unsaved_title, null,
					NLS.bind(Messages.Unsaved_question, session.model().file().getFileName()), MessageDialog.QUESTION,
					0, Messages.Unsaved_save, Messages.Unsaved_discard, IDialogConstants.CANCEL_LABEL);
			answer = dialog.open();
		}
		if (answer == 0) {
			try {
				session.save();
				return true;
			} catch (ModelStoreException e) {
				MessageDialog.openError(shell, Messages.Save_failedTitle, e.getMessage());
				return false;
			}
		}
		if (answer == 1) {
			// the changes are given up: forget the model, so that closing the workbench after its window does not
			// ask a second time
			session.close();
			return true;
		}
		return false;
	}
}
