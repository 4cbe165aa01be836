package org.zeren.workarea.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finding services and bundles of the running framework in tests. */
final class Services {

	private Services() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}

	/** Waits up to ten seconds for a service; fails the test when none appears. */
	static <T> T get(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError("no " + type.getName() + " service after 10 s (is Felix SCR started?)");
		}
		return service;
	}

	static Bundle bundle(String symbolicName) {
		for (Bundle b : context().getBundles()) {
			if (b.getSymbolicName().equals(symbolicName)) {
				return b;
			}
		}
		throw new AssertionError("bundle " + symbolicName + " is not installed");
	}

	/** Polls a condition for up to ten seconds (SCR reacts to bundle events asynchronously). */
	static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}
}
