package org.zeren.ui.diagram;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.scene.Scene;
import org.zeren.ui.diagram.internal.Messages;

/**
 * The Diagram view ({@value #ID}): the chain, organisation or plan diagram of the workbench selection, drawn by a
 * {@link DiagramViewer}. It listens to the selection of the other parts (an {@link IStructuredSelection} of model
 * {@link EObject}s, or objects that adapt to one) and is itself the selection provider of the element clicked in the
 * diagram. The toolbar switches the kind, zooms, fits, and exports the diagram shown or all chains.
 */
public final class DiagramView extends ViewPart implements ISelectionListener {

	/** The view id, as in {@code plugin.xml}. */
	public static final String ID = "org.zeren.ui.diagram.view";

	private DiagramViewer viewer;
	private DiagramService service;
	private DiagramOptions options;
	private ServiceTracker<WorkAreaRegistry, WorkAreaRegistry> registry;

	@Override
	public void createPartControl(Composite parent) {
		service = new DiagramService(workAreas());
		options = DiagramViewer.defaultOptions();
		viewer = new DiagramViewer(parent, service, options);
		getSite().setSelectionProvider(viewer);
		viewer.addSceneListener(v -> updateDescription());
		viewer.addPendingListener(this::updateDescription);
		viewer.getCanvas().addViewListener(this::updateDescription);
		contributeToolBar(getViewSite().getActionBars().getToolBarManager());
		getSite().getPage().addPostSelectionListener(this);
		ISelection current = getSite().getPage().getSelection();
		if (current != null) {
			selectionChanged(null, current);
		}
		updateDescription();
	}

	/** The installed work areas (for their colours and names); null outside OSGi or before the core runs. */
	private WorkAreaRegistry workAreas() {
		Bundle bundle = FrameworkUtil.getBundle(DiagramView.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			return null;
		}
		registry = new ServiceTracker<>(bundle.getBundleContext(), WorkAreaRegistry.class, null);
		registry.open();
		return registry.getService();
	}

	/** @return the viewer; null before the part control is created */
	public DiagramViewer getViewer() {
		return viewer;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer == null || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		EObject element = Adapters.adapt(s.getFirstElement(), EObject.class);
		if (element != null) {
			viewer.show(element);
		}
	}

	private void contributeToolBar(IToolBarManager bar) {
		for (DiagramKind k : DiagramKind.values()) {
			Action a = new Action(switch (k) {
			case CHAIN -> Messages.DiagramView_kindChain;
			case ORGANISATION -> Messages.DiagramView_kindOrganisation;
			case PLAN -> Messages.DiagramView_kindPlan;
			}, IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						viewer.setKind(k);
					}
				}
			};
			a.setToolTipText(switch (k) {
			case CHAIN -> Messages.DiagramView_kindChainTip;
			case ORGANISATION -> Messages.DiagramView_kindOrganisationTip;
			case PLAN -> Messages.DiagramView_kindPlanTip;
			});
			a.setChecked(k == viewer.getKind());
			bar.add(a);
		}
		bar.add(new Separator());
		bar.add(action("+", Messages.DiagramView_zoomIn, () -> viewer.getCanvas().zoomIn()));
		bar.add(action("\u2212", Messages.DiagramView_zoomOut, () -> viewer.getCanvas().zoomOut()));
		bar.add(action("\u2922", Messages.DiagramView_fit, () -> viewer.getCanvas().fit()));
		bar.add(action("1:1", Messages.DiagramView_actualSize, () -> viewer.getCanvas().setZoom(1)));
		bar.add(new Separator());
		bar.add(action(Messages.DiagramView_export, Messages.DiagramView_exportTip, this::exportShown));
		bar.add(action(Messages.DiagramView_exportAll, Messages.DiagramView_exportAllTip, this::exportAll));
	}

	private static Action action(String text, String tip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tip);
		return a;
	}

	private void exportShown() {
		Scene scene = viewer.getScene();
		if (scene == null || viewer.getGraph() == null) {
			return;
		}
		Shell shell = getSite().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.DiagramView_export);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf", "*.dot" });
		dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)", "PDF (*.pdf)", "Graphviz DOT (*.dot)" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		DiagramFormat format = ExportDiagramJob.formatOf(file);
		if (format == null) { // no known extension typed: take the chosen filter's
			int i = Math.max(0, dialog.getFilterIndex());
			format = new DiagramFormat[] { DiagramFormat.SVG, DiagramFormat.PNG, DiagramFormat.PDF, DiagramFormat.DOT }[Math.min(i, 3)];
			file = Path.of(chosen + "." + format.extension());
		}
		ExportDiagramJob job = new ExportDiagramJob(service, viewer.getGraph(), scene, format, file, options);
		job.addJobChangeListener(report(shell, () -> NLS.bind(Messages.DiagramView_exportDone, job.file())));
		job.schedule();
	}

	private void exportAll() {
		if (viewer.getModel() == null) {
			return;
		}
		Shell shell = getSite().getShell();
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
		dialog.setText(Messages.DiagramView_exportAllFolder);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		MessageDialog ask = new MessageDialog(shell, Messages.DiagramView_exportAllFormat, null,
				NLS.bind(Messages.DiagramView_exportAllFormatQuestion, chosen), MessageDialog.QUESTION, 0, "SVG", "PNG",
				"PDF", Messages.DiagramView_cancel);
		int answer = ask.open();
		if (answer < 0 || answer > 2) {
			return;
		}
		DiagramFormat format = new DiagramFormat[] { DiagramFormat.SVG, DiagramFormat.PNG, DiagramFormat.PDF }[answer];
		Path folder = Path.of(chosen);
		ExportAllChainsJob job = new ExportAllChainsJob(service, viewer.getModel(), format, folder, options);
		job.addJobChangeListener(report(shell, () -> NLS.bind(Messages.DiagramView_exportAllDone, job.written(), folder)));
		job.schedule();
	}

	/** Shows an export's failure in a dialog and its success in the status line, on the display thread. */
	private JobChangeAdapter report(Shell shell, java.util.function.Supplier<String> done) {
		Display display = shell.getDisplay();
		return new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus status = event.getResult();
				display.asyncExec(() -> {
					if (shell.isDisposed()) {
						return;
					}
					if (status.getSeverity() == IStatus.ERROR) {
						MessageDialog.openError(shell, Messages.DiagramView_exportFailed, status.getMessage());
					} else if (status.isOK() && viewer != null) {
						getViewSite().getActionBars().getStatusLineManager().setMessage(done.get());
					}
				});
			}
		};
	}

	private void updateDescription() {
		if (viewer == null || viewer.getCanvas().getControl().isDisposed()) {
			return;
		}
		if (!viewer.isCurrent()) {
			setContentDescription(Messages.DiagramViewer_layoutJob + "\u2026");
		} else if (viewer.getProblem() != null) {
			setContentDescription(viewer.getProblem());
		} else if (viewer.getModel() == null || viewer.getScene() == null) {
			setContentDescription(viewer.getModel() == null ? Messages.DiagramView_noModel : "");
		} else {
			Scene scene = viewer.getScene();
			setContentDescription(NLS.bind(Messages.DiagramView_status, new Object[] { scene.graph().title(),
					scene.graph().nodeCount(), scene.graph().edges().size(),
					String.format(Locale.ROOT, "%.0f", viewer.getCanvas().getZoom() * 100) }));
		}
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getCanvas().getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(this);
		if (registry != null) {
			registry.close();
		}
		super.dispose();
	}
}
