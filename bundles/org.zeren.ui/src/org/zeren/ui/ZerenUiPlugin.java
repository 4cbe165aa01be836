package org.zeren.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

/**
 * The activator of {@code org.zeren.ui}: gives the workbench the core's Declarative Services components, the
 * {@link ModelStore} and the {@link WorkAreaRegistry} (Felix SCR must run; the desktop product starts it at start
 * level 2).
 */
public class ZerenUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name: {@value}. */
	public static final String ID = "org.zeren.ui";

	/** How long to wait for a core service, in milliseconds. */
	private static final long SERVICE_TIMEOUT_MS = 10_000;

	private static ZerenUiPlugin instance;

	private ServiceTracker<ModelStore, ModelStore> storeTracker;
	private ServiceTracker<WorkAreaRegistry, WorkAreaRegistry> registryTracker;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		storeTracker = new ServiceTracker<>(context, ModelStore.class, null);
		registryTracker = new ServiceTracker<>(context, WorkAreaRegistry.class, null);
		storeTracker.open();
		registryTracker.open();
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		storeTracker.close();
		registryTracker.close();
		super.stop(context);
	}

	/** @return the running plug-in; never null while the bundle is active */
	public static ZerenUiPlugin get() {
		if (instance == null) {
			throw new IllegalStateException("org.zeren.ui is not active");
		}
		return instance;
	}

	/**
	 * @return the model store service; never null
	 * @throws IllegalStateException when the service does not appear within 10 s (Declarative Services not running)
	 */
	public ModelStore modelStore() {
		return await(storeTracker, ModelStore.class);
	}

	/**
	 * @return the registry of installed work areas; never null
	 * @throws IllegalStateException when the service does not appear within 10 s (Declarative Services not running)
	 */
	public WorkAreaRegistry workAreaRegistry() {
		return await(registryTracker, WorkAreaRegistry.class);
	}

	private static <T> T await(ServiceTracker<T, T> tracker, Class<T> type) {
		try {
			T service = tracker.waitForService(SERVICE_TIMEOUT_MS);
			if (service != null) {
				return service;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		throw new IllegalStateException("the OSGi service " + type.getName() + " is not available (is Felix SCR running?)");
	}

	/**
	 * Logs to the platform log.
	 *
	 * @param severity an {@link IStatus} severity
	 * @param message  what happened; never null
	 * @param error    the cause, or null
	 */
	public static void log(int severity, String message, Throwable error) {
		ZerenUiPlugin plugin = instance;
		IStatus status = new Status(severity, ID, message, error);
		if (plugin != null) {
			plugin.getLog().log(status);
		} else {
			System.err.println(message);
		}
	}
}
