package org.zeren.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkPlan;
import org.zeren.ui.diagram.canvas.DiagramCanvas;
import org.zeren.ui.diagram.internal.Messages;

/**
 * Shows one diagram of a model on a {@link DiagramCanvas} and keeps it current: the chain, organisation or plan
 * diagram ({@link #setKind}) of a root element ({@link #show}), rebuilt when the model changes.
 * <p>
 * <b>Threads.</b> The diagram graph is built from the model on the display thread (the model is edited there, through
 * the editing domain's command stack; building is fast); the ELK layout, the slow part, runs in a {@link Job} of the
 * family {@link #JOB_FAMILY}, and the scene is shown on the display thread when it is done. A newer request makes the
 * result of an older one be dropped.
 * <p>
 * <b>Model edits.</b> An {@link EContentAdapter} on the model's resource set (or resource) sees every change; the
 * diagram is rebuilt {@value #DEBOUNCE_MILLIS} ms after the last of a burst of changes, keeping zoom and scroll
 * position.
 * <p>
 * <b>Selection.</b> A selection provider of {@link IStructuredSelection}s of model {@link EObject}s: clicking a box
 * selects its model element (nothing for the empty page). {@link #setSelection} and {@link #show} highlight the
 * element's boxes (for a duty or duty list without a box, e.g. on the organisation map, its holder's); when the element is not in the diagram and the diagram kind can start from it, it becomes the
 * root (a duty, plan task, party or duty list's holder for a chain; a plan for the plan map).
 * <p>
 * Use on the display thread only.
 */
public final class DiagramViewer implements ISelectionProvider {

	/** The family of the layout jobs, for {@link org.eclipse.core.runtime.jobs.IJobManager#join}. */
	public static final Object JOB_FAMILY = new Object();

	/** Delay between the last model change of a burst and the rebuild, in milliseconds. */
	public static final int DEBOUNCE_MILLIS = 300;

	private final DiagramCanvas canvas;
	private final DiagramService service;
	private final DiagramOptions options;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final List<Consumer<DiagramViewer>> sceneListeners = new ArrayList<>();
	private final List<Runnable> pendingListeners = new ArrayList<>();
	private Job layoutJob;
	private final Runnable debounced = this::refresh;
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch() || n.getEventType() == Notification.REMOVING_ADAPTER
					|| n.getNotifier() instanceof Resource && n.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS
					|| n.getNotifier() instanceof org.eclipse.emf.ecore.resource.ResourceSet) {
				return; // modified flags, load state, adapters: nothing a diagram shows
			}
			modelChanged();
		}
	};

	private ResponsibilityModel model;
	private Notifier listenedTo;
	private DiagramKind kind = DiagramKind.CHAIN;
	private EObject root;
	private EObject selected;
	private DiagramGraph graph;
	private DiagramKind shownKind;
	private EObject shownRoot;
	private String problem;
	private int generation;
	private int shownGeneration;
	private long buildNanos;
	private long layoutNanos;

	/**
	 * @param parent  the composite to create the canvas in; never null
	 * @param service the diagram service (with the installed work areas' colours); never null
	 * @param options layout options (language, font size); never null
	 */
	public DiagramViewer(Composite parent, DiagramService service, DiagramOptions options) {
		this.service = Objects.requireNonNull(service, "service");
		this.options = Objects.requireNonNull(options, "options");
		this.canvas = new DiagramCanvas(parent);
		canvas.addClickListener(node -> {
			EObject element = node == null ? null : node.source().element();
			selected = element;
			highlight(false);
			fireSelectionChanged();
		});
		canvas.getControl().addListener(org.eclipse.swt.SWT.Dispose, e -> detach());
	}

	/**
	 * @return options for the user's language: Chinese titles and legend for a {@code zh} default locale, else
	 *         English
	 */
	public static DiagramOptions defaultOptions() {
		Locale l = Locale.getDefault();
		return DiagramOptions.builder()
				.locale("zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).build();
	}

	/** @return the canvas; never null */
	public DiagramCanvas getCanvas() {
		return canvas;
	}

	/** @return the model shown; null for none */
	public ResponsibilityModel getModel() {
		return model;
	}

	/**
	 * Shows a diagram of another model (or none), from its default root.
	 *
	 * @param newModel the model; null to show nothing
	 */
	public void setInput(ResponsibilityModel newModel) {
		if (newModel == model) {
			return;
		}
		detach();
		model = newModel;
		graph = null;
		shownRoot = null;
		root = null;
		selected = null;
		if (model != null) {
			Resource r = model.eResource();
			listenedTo = r == null ? model : r.getResourceSet() != null ? r.getResourceSet() : r;
			listenedTo.eAdapters().add(modelListener);
		}
		refresh();
	}

	/** @return the kind of diagram shown; never null */
	public DiagramKind getKind() {
		return kind;
	}

	/**
	 * Switches the kind of diagram, keeping the selected element highlighted (and the root, when it suits the kind).
	 *
	 * @param newKind the kind; never null
	 */
	public void setKind(DiagramKind newKind) {
		if (Objects.requireNonNull(newKind, "kind") == kind) {
			return;
		}
		kind = newKind;
		root = selected == null ? null : rootFor(selected);
		refresh();
	}

	/**
	 * @return the element the diagram is drawn for as last asked (a duty, plan task or party for a chain, a party
	 *         for the organisation map, a plan for the plan map); null for the default (the model's first chain,
	 *         the whole organisation, the first plan)
	 */
	public EObject getRoot() {
		return root;
	}

	/**
	 * Draws the diagram for another root.
	 *
	 * @param newRoot an element of the model the current kind can start from; null for the default
	 */
	public void setRoot(EObject newRoot) {
		root = newRoot;
		refresh();
	}

	/**
	 * Shows an element chosen elsewhere: highlights its boxes; when it is not in the diagram, draws the diagram for
	 * it where the kind allows (see the class comment); for an element of another model, switches to that model.
	 *
	 * @param element a model element; null to clear the highlight
	 */
	public void show(EObject element) {
		selected = element;
		if (element != null && EcoreUtil.getRootContainer(element) instanceof ResponsibilityModel m && m != model) {
			setInput(m);
			selected = element;
		}
		if (element != null && (graph == null || graph.nodeOf(element) == null)) {
			EObject newRoot = rootFor(element);
			if (newRoot != null && newRoot != shownRoot) {
				root = newRoot;
				refresh();
				return;
			}
		}
		highlight(true);
	}

	/** The root a diagram of the current kind takes to show an element; null when it cannot start from it. */
	private EObject rootFor(EObject element) {
		return switch (kind) {
		case CHAIN -> switch (element) {
			case Duty d -> d;
			case PlanTask t -> t;
			case Party p -> p;
			case DutyList l -> l.getHolder();
			default -> null;
			};
		case ORGANISATION -> null; // the whole organisation is drawn: it holds every party
		case PLAN -> {
			for (EObject o = element; o != null; o = o.eContainer()) {
				if (o instanceof WorkPlan w) {
					yield w;
				}
			}
			yield null;
		}
		};
	}

	/**
	 * Rebuilds the diagram from the model now: builds the graph here and lays it out in a job. Called by the
	 * viewer itself after model changes; public for a "refresh" command.
	 */
	public void refresh() {
		int request = ++generation;
		if (model == null) {
			graph = null;
			problem = null;
			shownGeneration = request;
			canvas.setScene(null, false);
			fireScene();
			return;
		}
		long start = System.nanoTime();
		EObject effective = effectiveRoot();
		DiagramGraph built;
		try {
			// a chain diagram of no root would draw every duty of the model at once: only when there is no chain
			built = kind == DiagramKind.CHAIN && effective == null ? null : service.build(model, kind, effective, options);
		} catch (DiagramException e) {
			fail(request, e.getMessage(java.util.Locale.getDefault()));
			return;
		}
		if (built == null) {
			fail(request, Messages.DiagramViewer_noChain);
			return;
		}
		buildNanos = System.nanoTime() - start;
		DiagramKind requestKind = kind;
		Display display = canvas.getControl().getDisplay();
		if (layoutJob != null) {
			layoutJob.cancel(); // a layout not started yet is dropped; a running one finishes and its result is ignored
		}
		Job job = new Job(Messages.DiagramViewer_layoutJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				long t0 = System.nanoTime();
				Scene scene;
				try {
					scene = service.layout(built, options);
				} catch (DiagramException | RuntimeException e) {
					String why = e instanceof DiagramException d ? d.getMessage(java.util.Locale.getDefault()) : e.toString();
					display.asyncExec(() -> fail(request, why));
					return Status.OK_STATUS; // shown in the view; not an error dialog on every keystroke
				}
				long took = System.nanoTime() - t0;
				display.asyncExec(() -> shown(request, built, requestKind, effective, scene, took));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setPriority(Job.SHORT);
		layoutJob = job;
		job.schedule();
		for (Runnable l : List.copyOf(pendingListeners)) {
			l.run();
		}
	}

	/** The root to build from: the asked one while it is still in the model, else the kind's default. */
	private EObject effectiveRoot() {
		EObject r = root != null && inModel(root) ? root : null;
		if (kind == DiagramKind.CHAIN && r == null) {
			List<ChainRef> chains = service.chains(model);
			return chains.isEmpty() ? null : chains.get(0).root();
		}
		return r;
	}

	private boolean inModel(EObject o) {
		return o.eResource() != null && EcoreUtil.getRootContainer(o) == model;
	}

	private void shown(int request, DiagramGraph built, DiagramKind builtKind, EObject builtRoot, Scene scene,
			long took) {
		if (request != generation || canvas.getControl().isDisposed()) {
			return; // a newer request is on its way
		}
		boolean same = builtKind == shownKind && builtRoot == shownRoot && canvas.getScene() != null;
		graph = built;
		shownKind = builtKind;
		shownRoot = builtRoot;
		problem = null;
		layoutNanos = took;
		shownGeneration = request;
		canvas.setScene(scene, same);
		highlight(!same);
		fireScene();
	}

	private void fail(int request, String why) {
		if (request != generation || canvas.getControl().isDisposed()) {
			return;
		}
		graph = null;
		shownKind = null;
		shownRoot = null;
		problem = NLS.bind(Messages.DiagramViewer_layoutFailed, why);
		shownGeneration = request;
		canvas.setScene(null, false);
		fireScene();
	}

	private void highlight(boolean reveal) {
		Scene scene = canvas.getScene();
		if (scene == null) {
			return;
		}
		List<SceneNode> nodes = boxesOf(scene, selected);
		if (nodes.isEmpty() && graph != null && standIn(selected) != null) {
			nodes = boxesOf(scene, standIn(selected)); // e.g. the party holding a selected duty on the organisation map
		}
		canvas.setHighlighted(nodes);
		if (reveal && !nodes.isEmpty()) {
			canvas.reveal(nodes.get(0));
		}
	}

	private static List<SceneNode> boxesOf(Scene scene, EObject element) {
		List<SceneNode> nodes = new ArrayList<>();
		if (element != null) {
			for (SceneNode n : scene.allNodes()) {
				if (n.source().element() == element) {
					nodes.add(n);
				}
			}
		}
		return nodes;
	}

	/** What stands for an element that has no box of its own: a duty's or duty list's holder. */
	private static EObject standIn(EObject element) {
		return switch (element) {
		case Duty d -> d.getList() == null ? null : d.getList().getHolder();
		case DutyList l -> l.getHolder();
		case null, default -> null;
		};
	}

	private void modelChanged() {
		Display display = canvas.getControl().isDisposed() ? null : canvas.getControl().getDisplay();
		if (display == null) {
			return;
		}
		if (Display.getCurrent() == display) {
			display.timerExec(DEBOUNCE_MILLIS, debounced); // rescheduling the same runnable restarts the delay
		} else {
			display.asyncExec(() -> {
				if (!canvas.getControl().isDisposed()) {
					display.timerExec(DEBOUNCE_MILLIS, debounced);
				}
			});
		}
	}

	private void detach() {
		if (listenedTo != null) {
			listenedTo.eAdapters().remove(modelListener);
			listenedTo = null;
		}
	}

	/** @return the graph of the diagram shown; null while there is none */
	public DiagramGraph getGraph() {
		return graph;
	}

	/** @return the scene shown; null while there is none */
	public Scene getScene() {
		return canvas.getScene();
	}

	/** @return why no diagram is shown (localized); null when one is */
	public String getProblem() {
		return problem;
	}

	/** @return whether the diagram shown is the result of the latest request (no layout pending) */
	public boolean isCurrent() {
		return shownGeneration == generation;
	}

	/** @return the time the last graph took to build from the model, in nanoseconds */
	public long getBuildNanos() {
		return buildNanos;
	}

	/** @return the time the last layout took (font, ELK, scene), in nanoseconds */
	public long getLayoutNanos() {
		return layoutNanos;
	}

	/** @param listener told on the display thread whenever a new diagram (or a problem) is shown */
	public void addSceneListener(Consumer<DiagramViewer> listener) {
		sceneListeners.add(listener);
	}

	/** @param listener told on the display thread when a layout starts (the diagram shown is then not current) */
	public void addPendingListener(Runnable listener) {
		pendingListeners.add(listener);
	}

	private void fireScene() {
		for (Consumer<DiagramViewer> l : List.copyOf(sceneListeners)) {
			l.accept(this);
		}
	}

	// ISelectionProvider

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	/** @return the selected model element as a one-element structured selection; empty when none */
	@Override
	public IStructuredSelection getSelection() {
		return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
	}

	/** Shows the first {@link EObject} of a structured selection (see {@link #show}); tells no listener. */
	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o) {
			show(o);
		} else {
			show(null);
		}
	}

	private void fireSelectionChanged() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}
}
