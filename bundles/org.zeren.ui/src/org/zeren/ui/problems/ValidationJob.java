package org.zeren.ui.problems;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.core.validation.rules.CoreRules;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;

/**
 * Validates a model in the background with the core rules and every installed work area's rules (the same
 * {@link ValidationEngine} as {@code zeren validate}); cancelling the job stops the engine between rules. The report
 * is handed to the UI thread.
 */
public class ValidationJob extends Job {

	/** The family of validation jobs. */
	public static final Object FAMILY = new Object();

	private final ResponsibilityModel model;
	private final Consumer<ValidationReport> done;
	private final Display display;

	/**
	 * @param model the model to validate; not null
	 * @param done  told the report on the UI thread (also a cancelled one, with {@code cancelled()} true)
	 */
	public ValidationJob(ResponsibilityModel model, Consumer<ValidationReport> done) {
		super(Messages.Problems_validating);
		this.model = model;
		this.done = done;
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(Messages.Problems_validating, IProgressMonitor.UNKNOWN);
		ValidationReport report;
		try {
			report = new ValidationEngine(CoreRules.all(), ZerenUiPlugin.get().workAreaRegistry()).validate(model, monitor::isCanceled);
		} catch (RuntimeException e) {
			// an edit on the UI thread while the rules read the model (EMF is not thread-safe): run again
			return new Status(IStatus.WARNING, ZerenUiPlugin.ID, Messages.Problems_changedWhileValidating, e);
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(report));
		}
		monitor.done();
		return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
