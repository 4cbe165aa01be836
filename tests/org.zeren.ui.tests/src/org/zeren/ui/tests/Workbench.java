package org.zeren.ui.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.zeren.ui.app.ZerenWorkbenchAdvisor;

/**
 * Starts the desktop workbench once per test run, exactly as the application {@code org.zeren.ui.app} does
 * ({@link ZerenWorkbenchAdvisor}, Zeren perspective), on a thread of its own that becomes the UI thread (GTK allows
 * any thread), and runs test steps on that thread.
 */
final class Workbench {

	/** A test step; may throw. */
	interface Step {
		void run() throws Exception;
	}

	private static volatile Display display;

	private Workbench() {
	}

	/** Starts the workbench unless it runs, and waits (at most 60 s) until its window is open. */
	static synchronized void start() throws InterruptedException {
		if (display != null) {
			return;
		}
		CountDownLatch open = new CountDownLatch(1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread ui = new Thread(() -> {
			try {
				Display d = PlatformUI.createDisplay();
				display = d;
				PlatformUI.createAndRunWorkbench(d, new ZerenWorkbenchAdvisor(null) {
					@Override
					public void postStartup() {
						super.postStartup();
						open.countDown();
					}
				});
			} catch (Throwable t) {
				failure.set(t);
				open.countDown();
			}
		}, "zeren-workbench");
		ui.setDaemon(true);
		ui.start();
		if (!open.await(60, TimeUnit.SECONDS)) {
			throw new AssertionError("the workbench did not open its window within 60 s");
		}
		if (failure.get() != null) {
			throw new AssertionError("the workbench failed to start", failure.get());
		}
	}

	/**
	 * Runs a step on the UI thread and waits for it.
	 *
	 * @throws Exception what the step threw (assertion errors included)
	 */
	static void onUi(Step step) throws Exception {
		start();
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				step.run();
			} catch (Throwable t) {
				thrown.set(t);
			}
		});
		Throwable t = thrown.get();
		if (t instanceof Exception e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
	}
}
