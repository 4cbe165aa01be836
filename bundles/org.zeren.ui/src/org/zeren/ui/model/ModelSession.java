package org.zeren.ui.model;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.ModelStoreException;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;

/**
 * The one model open in the workbench, with its editing domain.
 * <p>
 * Contract with other bundles (the diagram view): the model's resource set belongs to an
 * {@link AdapterFactoryEditingDomain}, so {@code AdapterFactoryEditingDomain.getEditingDomainFor(eObject)} returns
 * this session's domain for any element of the open model, and every change made through the domain's command stack
 * can be undone. Listeners are told on the UI thread.
 * <p>
 * Not thread-safe: use it on the UI thread, except {@link #open(Path)}, which loads in a background job.
 */
public final class ModelSession {

	/** Told about the open model; every method is called on the UI thread. */
	public interface Listener {
		/** A model was opened or closed ({@link ModelSession#model()} may be null). */
		default void modelOpened(ModelSession session) {
		}

		/** The command stack changed (an edit, undo or redo) or the model was saved: the dirty state may differ. */
		default void modelChanged(ModelSession session) {
		}

		/** The model was saved to its file. */
		default void modelSaved(ModelSession session) {
		}
	}

	/** The family of the jobs that open models, for {@link Job#join(long, IProgressMonitor)}-style waits. */
	public static final Object OPEN_FAMILY = new Object();

	private static final ModelSession INSTANCE = new ModelSession();

	private final ComposedAdapterFactory adapterFactory = ZerenAdapterFactory.create();
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private LoadedModel model;
	private AdapterFactoryEditingDomain domain;

	private ModelSession() {
	}

	/** @return the workbench's session; never null */
	public static ModelSession get() {
		return INSTANCE;
	}

	/** @return the adapter factory of the item providers (labels, icons, properties); never null */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the open model, or null when none is open */
	public LoadedModel model() {
		return model;
	}

	/** @return the root of the open model, or null when none is open */
	public ResponsibilityModel root() {
		return model == null ? null : model.model();
	}

	/** @return the editing domain of the open model, or null when none is open */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return true when the open model has changes that are not saved */
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** @param listener told about this session's changes; added once */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before; ignored if unknown */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/**
	 * Loads a model file in a background job (cancellable, shown in the progress view) and, once loaded, makes it the
	 * open model on the UI thread, replacing the one open before (callers ask about unsaved changes first).
	 *
	 * @param file the model file; not null
	 * @return the scheduled job; its result is an error status naming the file when it cannot be loaded
	 */
	public Job open(Path file) {
		Objects.requireNonNull(file, "file");
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Job job = new Job(NLS.bind(Messages.ModelSession_opening, file.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(NLS.bind(Messages.ModelSession_opening, file), IProgressMonitor.UNKNOWN);
				LoadedModel loaded;
				try {
					loaded = ZerenUiPlugin.get().modelStore().load(file);
				} catch (ModelStoreException e) {
					return new Status(IStatus.ERROR, ZerenUiPlugin.ID, e.getMessage(), e);
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				display.syncExec(() -> install(loaded));
				monitor.done();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == OPEN_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Makes a loaded (or newly created) model the open one. UI thread only.
	 *
	 * @param loaded the model; not null
	 */
	public void install(LoadedModel loaded) {
		Objects.requireNonNull(loaded, "loaded");
		close();
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain newDomain = new AdapterFactoryEditingDomain(adapterFactory, stack,
				loaded.resource().getResourceSet());
		// the constructor does not register the domain with the resource set; without this provider,
		// AdapterFactoryEditingDomain.getEditingDomainFor(eObject) (used by item property descriptors and by other
		// bundles) would find no domain and edits would bypass the command stack
		loaded.resource().getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(newDomain));
		stack.addCommandStackListener(stackListener);
		model = loaded;
		domain = newDomain;
		for (Listener l : listeners) {
			l.modelOpened(this);
		}
	}

	/** Forgets the open model (unsaved changes are lost: ask first). UI thread only. */
	public void close() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
			domain.getResourceSet().eAdapters().removeIf(a -> a instanceof AdapterFactoryEditingDomain.EditingDomainProvider);
			domain = null;
			model = null;
			for (Listener l : listeners) {
				l.modelOpened(this);
			}
		}
	}

	/**
	 * Saves the open model atomically through the model store and marks the command stack as saved. UI thread only.
	 *
	 * @throws ModelStoreException when the file cannot be written (the previous file is untouched)
	 * @throws IllegalStateException when no model is open
	 */
	public void save() throws ModelStoreException {
		if (model == null) {
			throw new IllegalStateException("no model is open");
		}
		ZerenUiPlugin.get().modelStore().save(model);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		for (Listener l : listeners) {
			l.modelChanged(this);
			l.modelSaved(this);
		}
	}

	/**
	 * @param element an element
	 * @return true when the element belongs to the open model
	 */
	public boolean contains(EObject element) {
		return model != null && element != null && element.eResource() == model.resource();
	}

	private void commandStackChanged(EventObject event) {
		Runnable fire = () -> {
			for (Listener l : listeners) {
				l.modelChanged(this);
			}
		};
		if (Display.getCurrent() != null) {
			fire.run();
		} else {
			Display.getDefault().asyncExec(fire);
		}
	}
}
