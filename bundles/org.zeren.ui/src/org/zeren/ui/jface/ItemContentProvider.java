package org.zeren.ui.jface;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider that asks the item providers of an adapter factory for children and parents, and
 * refreshes its viewer when they announce a change (the job of EMF's {@code AdapterFactoryContentProvider}, which
 * is not on Maven Central; see the package comment).
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	/** The factory whose item providers answer; never null. */
	protected final AdapterFactory adapterFactory;
	/** The viewer shown, or null before {@link #inputChanged}. */
	protected StructuredViewer viewer;

	/** @param adapterFactory the item providers' factory; listened to when it is an {@link IChangeNotifier} */
	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		this.viewer = v instanceof StructuredViewer sv ? sv : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		if (provider == null) {
			return NONE;
		}
		Collection<?> children = provider.getChildren(parent);
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	/**
	 * @param element an element of the model
	 * @return its tree item provider, or null when the factory has none
	 */
	protected ITreeItemContentProvider provider(Object element) {
		return element == null ? null : (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer v = viewer;
		if (v == null || v.getControl() == null || v.getControl().isDisposed()) {
			return;
		}
		Runnable update = () -> {
			if (!v.getControl().isDisposed()) {
				refresh(v, notification);
			}
		};
		if (Display.getCurrent() == v.getControl().getDisplay()) {
			update.run();
		} else {
			v.getControl().getDisplay().asyncExec(update);
		}
	}

	/**
	 * Updates the viewer for one change announced by an item provider.
	 *
	 * @param v            the viewer; not disposed
	 * @param notification the change
	 */
	protected void refresh(StructuredViewer v, Notification notification) {
		if (notification instanceof IViewerNotification vn) {
			Object element = vn.getElement();
			if (vn.isContentRefresh()) {
				v.refresh(element, vn.isLabelUpdate());
			} else if (vn.isLabelUpdate()) {
				v.update(element, null);
			}
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
