package org.zeren.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.zeren.ui.model.ModelSession;
import org.zeren.ui.wizards.ApplyTemplatesWizard;
import org.zeren.ui.wizards.ImportPlanWizard;
import org.zeren.ui.wizards.NewModelWizard;

/**
 * Opens one of the wizards; the command parameter {@code org.zeren.ui.wizard} names it: {@code new},
 * {@code importPlan} or {@code applyTemplates} (the last two need an open model; apply-templates starts from the
 * parties selected in the explorer).
 */
public class WizardHandler extends SessionHandler {

	/** The command parameter naming the wizard: {@value}. */
	public static final String PARAMETER = "org.zeren.ui.wizard";

	@Override
	protected boolean computeEnabled(ModelSession session) {
		return true;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		String which = event.getParameter(PARAMETER);
		IStructuredSelection selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
				: StructuredSelection.EMPTY;
		IWizard wizard = switch (which == null ? "new" : which) {
			case "importPlan" -> ModelSession.get().model() == null ? null : new ImportPlanWizard();
			case "applyTemplates" -> ModelSession.get().model() == null ? null : new ApplyTemplatesWizard(selection.toList());
			default -> new NewModelWizard();
		};
		if (wizard != null && new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open() == Window.OK) {
			String done = wizard instanceof ApplyTemplatesWizard a ? a.resultMessage()
					: wizard instanceof ImportPlanWizard i ? i.resultMessage() : null;
			if (done != null) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), wizard.getWindowTitle(), done);
			}
		}
		return null;
	}
}
