package org.zeren.ui.wizards;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Runs a headless service that changes the model (the plan importer, the template applier) as one undoable command:
 * EMF's {@link ChangeCommand} records every change the service makes and can revert and reapply them. A service that
 * fails is undone at once, so nothing is half-imported.
 */
final class ModelChange extends ChangeCommand {

	/** The work to record; may throw. */
	interface Work {
		void run() throws Exception;
	}

	private final Work work;
	private Exception failure;

	/**
	 * @param notifier the model's resource (all changes below it are recorded)
	 * @param label    the command's label (shown in the undo menu)
	 * @param work     the change
	 */
	ModelChange(Notifier notifier, String label, Work work) {
		super(notifier);
		setLabel(label);
		this.work = work;
	}

	@Override
	protected void doExecute() {
		try {
			work.run();
		} catch (Exception e) {
			failure = e;
		}
	}

	/** @return what the work threw, or null when it succeeded */
	Exception failure() {
		return failure;
	}
}
