package org.zeren.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.zeren.io.plan.PlanImportResult;
import org.zeren.io.plan.PlanImporter;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.model.ModelSession;

/**
 * Imports a work plan (UTF-8, UTF-8 with BOM or GB18030 text, or {@code .docx}) into the open model with the same
 * {@link PlanImporter} as {@code zeren import-plan}: sections, tasks, cited legal bases and work areas. One undoable
 * command; a plan that cannot be read changes nothing and its error (file, line, what is wrong) is shown.
 */
public class ImportPlanWizard extends Wizard {

	private Page page;
	private String resultMessage;

	private static final class Page extends WizardPage {
		FileField file;

		Page() {
			super("plan");
			setTitle(Messages.ImportPlan_title);
			setDescription(Messages.ImportPlan_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			file = new FileField(c, Messages.ImportPlan_file, SWT.OPEN, "*.txt;*.docx", "*");
			file.text.addListener(SWT.Modify, e -> {
				String t = file.text.getText().trim();
				boolean ok = !t.isEmpty() && Files.isRegularFile(Path.of(t));
				setErrorMessage(ok || t.isEmpty() ? null : NLS.bind(Messages.ImportPlan_missing, t));
				setPageComplete(ok);
			});
			setControl(c);
			setPageComplete(false);
		}
	}

	/** A wizard with one page: the plan file. */
	public ImportPlanWizard() {
		setWindowTitle(Messages.ImportPlan_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(page.file.text.getText().trim());
		ModelSession session = ModelSession.get();
		AtomicReference<PlanImportResult> result = new AtomicReference<>();
		ModelChange change = new ModelChange(session.model().resource(), Messages.ImportPlan_title,
				() -> result.set(new PlanImporter(ZerenUiPlugin.get().workAreaRegistry()).importPlan(file, session.root())));
		try {
			// on the UI thread: the model may only change there; a plan is parsed in well under a second
			getContainer().run(false, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(NLS.bind(Messages.ImportPlan_running, file.getFileName()), IProgressMonitor.UNKNOWN);
				session.domain().getCommandStack().execute(change);
				monitor.done();
			});
		} catch (Exception e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		CommandStack stack = session.domain().getCommandStack();
		if (change.failure() != null) {
			if (stack.getUndoCommand() == change) {
				stack.undo();
			}
			page.setErrorMessage(change.failure().getMessage());
			return false;
		}
		PlanImportResult r = result.get();
		resultMessage = NLS.bind(Messages.ImportPlan_done,
				new Object[] { r.plan().getSections().size(), r.legalBases().size(), r.encoding() });
		return true;
	}

	/** @return what the import did, for the user, after a successful finish; null before */
	public String resultMessage() {
		return resultMessage;
	}
}
