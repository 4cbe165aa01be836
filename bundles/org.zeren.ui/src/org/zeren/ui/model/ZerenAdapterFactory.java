package org.zeren.ui.model;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.zeren.model.provider.ZerenItemProviderAdapterFactory;

/** Builds the adapter factory the workbench labels and edits the model with. */
public final class ZerenAdapterFactory {

	private ZerenAdapterFactory() {
	}

	/**
	 * The generated Zeren item providers first; classes of packages without an edit bundle (a work area's EPackage,
	 * such as occupational health's hazard-factor duty) fall back to EMF's reflective item provider, so they are
	 * still shown and editable.
	 *
	 * @return a new composed adapter factory; dispose it when done
	 */
	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ZerenItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
