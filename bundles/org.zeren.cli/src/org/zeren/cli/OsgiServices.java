package org.zeren.cli;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;
import org.zeren.cli.commands.CliException;
import org.zeren.cli.commands.Messages;
import org.zeren.cli.commands.ZerenCli;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

/**
 * The services the commands need, taken from the running framework: the {@link WorkAreaRegistry} (the Declarative
 * Services component {@code OsgiWorkAreaRegistry} of {@code org.zeren.core}) and the {@link ModelStore}
 * ({@code XmiModelStore}). Both are DS components, so Apache Felix SCR must be running (the product starts it at
 * start level 2). Close it to release the services.
 */
final class OsgiServices implements AutoCloseable {

	/** How long to wait for each service, in milliseconds, unless the system property {@code zeren.serviceTimeout} says otherwise. */
	static final long DEFAULT_TIMEOUT_MS = 5000;

	private final ServiceTracker<WorkAreaRegistry, WorkAreaRegistry> registryTracker;
	private final ServiceTracker<ModelStore, ModelStore> storeTracker;
	private final WorkAreaRegistry registry;
	private final ModelStore store;

	private OsgiServices(BundleContext context, long timeoutMs) throws InterruptedException {
		registryTracker = new ServiceTracker<>(context, WorkAreaRegistry.class, null);
		storeTracker = new ServiceTracker<>(context, ModelStore.class, null);
		registryTracker.open();
		storeTracker.open();
		try {
			registry = registryTracker.waitForService(timeoutMs);
			require(registry, WorkAreaRegistry.class, timeoutMs);
			store = storeTracker.waitForService(timeoutMs);
			require(store, ModelStore.class, timeoutMs);
			awaitContributions(context, registry, timeoutMs);
		} catch (RuntimeException | InterruptedException e) {
			close();
			throw e;
		}
	}

	/**
	 * Waits for the services.
	 *
	 * @param context the bundle context of org.zeren.cli; never null
	 * @return the services; never null
	 * @throws CliException         with {@link ZerenCli#INTERNAL} when a service does not appear in time
	 * @throws InterruptedException when interrupted while waiting
	 */
	static OsgiServices open(BundleContext context) throws InterruptedException {
		return new OsgiServices(context, Long.getLong("zeren.serviceTimeout", DEFAULT_TIMEOUT_MS));
	}

	private static void require(Object service, Class<?> type, long timeoutMs) {
		if (service == null) {
			throw new CliException(ZerenCli.INTERNAL, NLS.bind(Messages.servicesMissing, type.getName(), timeoutMs));
		}
	}

	/**
	 * SCR binds each WorkAreaContribution service to the registry as it registers; all of them are registered by
	 * the time the application starts, but binding is asynchronous to us. Wait (briefly) until the registry has
	 * accepted or refused (diagnostic) as many contributions as the framework holds.
	 */
	private static void awaitContributions(BundleContext context, WorkAreaRegistry registry, long timeoutMs)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
		while (System.nanoTime() < deadline) {
			Collection<?> refs;
			try {
				refs = context.getServiceReferences(WorkAreaContribution.class, null);
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e); // no filter: cannot happen
			}
			long refused = registry.diagnostics().stream().filter(d -> "activation".equals(d.operation())).count();
			if (registry.workAreas().size() + refused >= refs.size()) {
				return;
			}
			Thread.sleep(10);
		}
	}

	WorkAreaRegistry registry() {
		return registry;
	}

	ModelStore store() {
		return store;
	}

	@Override
	public void close() {
		registryTracker.close();
		storeTracker.close();
	}
}
