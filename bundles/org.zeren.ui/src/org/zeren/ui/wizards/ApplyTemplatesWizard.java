package org.zeren.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.zeren.core.model.Parties;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.PlannedDuty;
import org.zeren.core.template.TemplateApplier;
import org.zeren.model.Party;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.model.ModelSession;

/**
 * Applies the installed work areas' duty templates to chosen parties ({@link TemplateApplier}, as
 * {@code zeren apply-templates}). Page 1 chooses the parties (those selected in the explorer, or all); page 2 is the
 * dry run: every duty that would be created, with its party, work area, list and upstream duty code. Finish applies
 * it as one undoable command.
 */
public class ApplyTemplatesWizard extends Wizard {

	private final List<Party> initial = new ArrayList<>();
	private PartiesPage partiesPage;
	private PreviewPage previewPage;
	private String resultMessage;
	private int created;

	/** @param selection the explorer's selection; its parties (and the parties below selected ones) are pre-checked */
	public ApplyTemplatesWizard(List<?> selection) {
		setWindowTitle(Messages.Apply_title);
		for (Object o : selection) {
			if (o instanceof Party p) {
				initial.add(p);
			}
		}
	}

	private final class PartiesPage extends WizardPage {
		CheckboxTableViewer parties;

		PartiesPage() {
			super("parties");
			setTitle(Messages.Apply_title);
			setDescription(Messages.Apply_partiesDescription);
		}

		@Override
		public void createControl(Composite parent) {
			parties = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.V_SCROLL);
			parties.setContentProvider(ArrayContentProvider.getInstance());
			parties.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object e) {
					Party p = (Party) e;
					int depth = 0;
					for (EObject c = p.getParent(); c != null; c = ((Party) c).getParent()) {
						depth++;
					}
					return "  ".repeat(depth) + p.getName() + (p.getCode() == null ? "" : "  [" + p.getCode() + "]");
				}
			});
			List<Party> all = Parties.all(ModelSession.get().root());
			parties.setInput(all);
			parties.setCheckedElements((initial.isEmpty() ? all : initial).toArray());
			parties.addCheckStateListener(e -> setPageComplete(parties.getCheckedElements().length > 0));
			setControl(parties.getControl());
		}

		List<Party> checked() {
			List<Party> list = new ArrayList<>();
			for (Object o : parties.getCheckedElements()) {
				list.add((Party) o);
			}
			return list;
		}
	}

	private final class PreviewPage extends WizardPage {
		TableViewer table;
		Label summary;
		List<PlannedDuty> planned = List.of();

		PreviewPage() {
			super("preview");
			setTitle(Messages.Apply_previewTitle);
			setDescription(Messages.Apply_previewDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(1, false));
			summary = new Label(c, SWT.WRAP);
			summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			table.getTable().setHeaderVisible(true);
			table.setContentProvider(ArrayContentProvider.getInstance());
			Locale locale = Locale.getDefault();
			column(Messages.Apply_party, 160, p -> p.party().getName());
			column(Messages.Apply_workArea, 110, p -> p.workArea().name().get(locale));
			column(Messages.Apply_list, 130, p -> p.template().listKind().getLiteral());
			column(Messages.Apply_code, 90, p -> p.template().code());
			column(Messages.Apply_duty, 260, p -> p.template().title());
			column(Messages.Apply_upstream, 90, p -> p.template().upstreamCode() == null ? "" : p.template().upstreamCode());
			setControl(c);
		}

		private void column(String title, int width, java.util.function.Function<PlannedDuty, String> text) {
			TableViewerColumn col = new TableViewerColumn(table, SWT.LEFT);
			col.getColumn().setText(title);
			col.getColumn().setWidth(width);
			col.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object e) {
					return text.apply((PlannedDuty) e);
				}
			});
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				planned = new TemplateApplier(ZerenUiPlugin.get().workAreaRegistry()).preview(ModelSession.get().root(), partiesPage.checked());
				table.setInput(planned);
				summary.setText(NLS.bind(Messages.Apply_previewSummary, planned.size(), partiesPage.checked().size()));
				summary.getParent().layout();
			}
			super.setVisible(visible);
		}
	}

	@Override
	public void addPages() {
		partiesPage = new PartiesPage();
		previewPage = new PreviewPage();
		addPage(partiesPage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage;
	}

	@Override
	public boolean performFinish() {
		ModelSession session = ModelSession.get();
		List<Party> parties = partiesPage.checked();
		AtomicReference<ApplyResult> result = new AtomicReference<>();
		ModelChange change = new ModelChange(session.model().resource(), Messages.Apply_title,
				() -> result.set(new TemplateApplier(ZerenUiPlugin.get().workAreaRegistry()).apply(session.root(), parties)));
		session.domain().getCommandStack().execute(change);
		if (change.failure() != null) {
			if (session.domain().getCommandStack().getUndoCommand() == change) {
				session.domain().getCommandStack().undo();
			}
			previewPage.setErrorMessage(change.failure().toString());
			return false;
		}
		ApplyResult r = result.get();
		created = r.created().size();
		resultMessage = NLS.bind(Messages.Apply_done, r.created().size(), r.linked());
		return true;
	}

	/** @return what the wizard did, for the user, after a successful finish; null before */
	public String resultMessage() {
		return resultMessage;
	}

	/** @return the number of duties the finish created; 0 before */
	public int created() {
		return created;
	}

	/** @return the duties the preview page shows (empty until it was shown); never null */
	public List<PlannedDuty> preview() {
		return previewPage.planned;
	}
}
