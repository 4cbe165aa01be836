package org.zeren.ui.app;

import java.nio.file.Path;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.zeren.ui.model.ModelSession;

/** Opens the window in the {@link ZerenPerspective}, then the model given on the command line, if any. */
public class ZerenWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Path model;

	/** @param model the model to open once the window shows, or null */
	public ZerenWorkbenchAdvisor(Path model) {
		this.model = model;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// the layout is the perspective's each start; a user's rearranged views are not worth a stale layout
		configurer.setSaveAndRestore(false);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ZerenWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ZerenPerspective.ID;
	}

	@Override
	public void postStartup() {
		String report = System.getProperty(STARTUP_REPORT);
		if (report != null) {
			StartupReport.install(Path.of(report), model != null);
		}
		if (model != null) {
			ModelSession.get().open(model);
		}
	}

	/**
	 * The system property naming a file for the start-up time (used by the desktop benchmark): once the window shows
	 * with the model of the command line open, the application writes {@code launchToWindowMs=N} (milliseconds since
	 * the JVM started) to it and closes. Value: {@value}.
	 */
	public static final String STARTUP_REPORT = "zeren.startupReport";

	@Override
	public boolean preShutdown() {
		return UnsavedChanges.askBeforeClosing(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell());
	}
}
