package org.zeren.ui.problems;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationReport;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.explorer.ModelExplorerView;
import org.zeren.ui.model.ModelSession;

/**
 * The problems view ({@value #ID}): the findings of the last validation of the open model, one row each with
 * severity, message (in the workbench's language), element, rule id and rule source. Validation runs from the view's
 * toolbar, the Model menu (F7 is not bound: Ctrl+Alt+V) and after every save; double-click selects the finding's
 * element in the explorer.
 */
public class ProblemsView extends ViewPart {

	/** The view's id: {@value}. */
	public static final String ID = "org.zeren.ui.problems";

	private TableViewer viewer;
	private ValidationReport report;
	/** The newest validation run; null before the first. */
	private ValidationJob current;
	private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
		@Override
		public void modelOpened(ModelSession session) {
			show(null);
		}

		@Override
		public void modelSaved(ModelSession session) {
			validate();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Locale locale = Locale.getDefault();
		column(Messages.Problems_severity, 90, new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return severityText(((Finding) e).severity());
			}

			@Override
			public Image getImage(Object e) {
				String key = switch (((Finding) e).severity()) {
					case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
					case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
					default -> ISharedImages.IMG_OBJS_INFO_TSK;
				};
				return PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}
		});
		column(Messages.Problems_message, 420, text(f -> f.message().get(locale)));
		column(Messages.Problems_element, 220, text(f -> elementLabel(f)));
		column(Messages.Problems_rule, 160, text(Finding::ruleId));
		column(Messages.Problems_source, 260, text(Finding::source));
		viewer.addDoubleClickListener(e -> selectElement((IStructuredSelection) e.getSelection()));
		Action validate = new Action(Messages.Problems_validate) {
			@Override
			public void run() {
				validate();
			}
		};
		validate.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJS_INFO_TSK));
		getViewSite().getActionBars().getToolBarManager().add(validate);
		getSite().setSelectionProvider(viewer);
		ModelSession.get().addListener(sessionListener);
		show(null);
	}

	private interface Text {
		String of(Finding f);
	}

	private static ColumnLabelProvider text(Text text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				String s = text.of((Finding) e);
				return s == null ? "" : s;
			}
		};
	}

	private void column(String title, int width, ColumnLabelProvider provider) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(provider);
	}

	private static String severityText(Severity severity) {
		return switch (severity) {
			case ERROR -> Messages.Problems_error;
			case WARNING -> Messages.Problems_warning;
			default -> Messages.Problems_info;
		};
	}

	private static String elementLabel(Finding f) {
		if (f.element() == null) {
			return "";
		}
		IItemLabelProvider p = (IItemLabelProvider) ModelSession.get().adapterFactory().adapt(f.element(), IItemLabelProvider.class);
		return p == null ? f.element().eClass().getName() : p.getText(f.element());
	}

	/** Validates the open model in a background job; the table shows the report when it is done. */
	public void validate() {
		ModelSession session = ModelSession.get();
		if (session.root() == null) {
			return;
		}
		setContentDescription(Messages.Problems_validating);
		// a newer run supersedes the one still going (saves come quicker than validation of a large model): cancel
		// it, and show only the newest run's report
		if (current != null) {
			current.cancel();
		}
		ValidationJob[] job = new ValidationJob[1];
		job[0] = new ValidationJob(session.root(), r -> {
			if (job[0] == current) {
				show(r);
			}
		});
		current = job[0];
		current.schedule();
	}

	/** @return the report shown, or null */
	public ValidationReport getReport() {
		return report;
	}

	/** @return the table viewer; for tests */
	public TableViewer getViewer() {
		return viewer;
	}

	private void show(ValidationReport newReport) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		report = newReport;
		viewer.setInput(report == null ? List.of() : report.findings());
		if (report == null) {
			setContentDescription(ModelSession.get().root() == null ? "" : Messages.Problems_notValidated);
		} else {
			setContentDescription(NLS.bind(report.cancelled() ? Messages.Problems_summaryCancelled : Messages.Problems_summary,
					new Object[] { report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO) }));
		}
	}

	private void selectElement(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof Finding f) || f.element() == null) {
			return;
		}
		try {
			ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().showView(ModelExplorerView.ID);
			explorer.reveal(List.of(f.element()));
		} catch (PartInitException e) {
			ZerenUiPlugin.log(org.eclipse.core.runtime.IStatus.ERROR, e.getMessage(), e);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
