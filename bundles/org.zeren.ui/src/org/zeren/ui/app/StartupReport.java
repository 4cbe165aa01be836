package org.zeren.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.model.ModelSession;

/**
 * Measures the start-up for the benchmark ({@code -Dzeren.startupReport=FILE}): the time from JVM start until the
 * window shows with the model open and painted, then closes the workbench.
 */
final class StartupReport {

	private StartupReport() {
	}

	/**
	 * @param file      where to write {@code launchToWindowMs=N}
	 * @param waitModel whether a model is being opened (report once it is shown) or not (report now)
	 */
	static void install(Path file, boolean waitModel) {
		Display display = Display.getCurrent();
		if (!waitModel) {
			display.asyncExec(() -> report(file, display));
			return;
		}
		ModelSession.get().addListener(new ModelSession.Listener() {
			@Override
			public void modelOpened(ModelSession session) {
				if (session.model() != null) {
					session.removeListener(this);
					// after the views have laid out and painted the model
					display.asyncExec(() -> {
						display.update();
						report(file, display);
					});
				}
			}
		});
	}

	private static void report(Path file, Display display) {
		long ms = ManagementFactory.getRuntimeMXBean().getUptime();
		try {
			Files.writeString(file, "launchToWindowMs=" + ms + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			ZerenUiPlugin.log(IStatus.ERROR, "cannot write " + file, e);
		}
		PlatformUI.getWorkbench().close();
	}
}
