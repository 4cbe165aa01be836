package org.zeren.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The desktop application {@code org.zeren.ui.app}. Its one optional argument is a model file to open
 * ({@code java -jar plugins/org.eclipse.equinox.launcher_*.jar -application org.zeren.ui.app MODEL.zeren}); a
 * relative path is resolved against the system property {@code zeren.cwd} (the folder the user started from, set
 * by {@code ./zeren desktop}) or the working directory.
 */
public class ZerenDesktopApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new ZerenWorkbenchAdvisor(modelArgument()));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** @return the model file named by the first application argument that is not an option, or null */
	static Path modelArgument() {
		for (String arg : Platform.getApplicationArgs()) {
			if (!arg.startsWith("-")) {
				Path file = Path.of(arg);
				String cwd = System.getProperty("zeren.cwd");
				if (!file.isAbsolute() && cwd != null) {
					file = Path.of(cwd).resolve(file);
				}
				return Files.exists(file) ? file.toAbsolutePath().normalize() : file;
			}
		}
		return null;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
