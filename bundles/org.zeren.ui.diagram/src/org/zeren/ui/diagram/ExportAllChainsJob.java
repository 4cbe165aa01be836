package org.zeren.ui.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.ExportResult;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.diagram.internal.Messages;
import org.zeren.ui.diagram.internal.ModelSnapshot;

/**
 * Exports every responsibility chain of a model into a folder ({@link DiagramService#exportAllChains}: one file per
 * chain, {@code <chain id>.<ext>}, each written atomically), with a progress bar of one step per chain. Cancelling
 * stops after the file being written; the files written before stay. The job reads a
 * {@linkplain ModelSnapshot copy} of the model taken when it is created, so the user can keep editing.
 */
public final class ExportAllChainsJob extends Job {

	private final DiagramService service;
	private final ResponsibilityModel snapshot;
	private final DiagramFormat format;
	private final Path folder;
	private final DiagramOptions options;
	private volatile List<ExportResult> results = List.of();
	private volatile int written;

	/**
	 * Takes the copy of the model: create on the thread that edits the model (the display thread).
	 *
	 * @param service the diagram service; never null
	 * @param model   the model; never null
	 * @param format  the format of the files; never null
	 * @param folder  the folder; created when missing
	 * @param options the options; never null
	 */
	public ExportAllChainsJob(DiagramService service, ResponsibilityModel model, DiagramFormat format, Path folder,
			DiagramOptions options) {
		super(NLS.bind(Messages.ExportAllJob_name, folder));
		this.service = Objects.requireNonNull(service, "service");
		this.snapshot = ModelSnapshot.of(Objects.requireNonNull(model, "model"));
		this.format = Objects.requireNonNull(format, "format");
		this.folder = Objects.requireNonNull(folder, "folder");
		this.options = Objects.requireNonNull(options, "options");
		setUser(true);
	}

	/** @return what was written, in chain order; empty before the job ends, when it failed or was cancelled */
	public List<ExportResult> results() {
		return results;
	}

	/** @return how many files were written so far (also after a cancel) */
	public int written() {
		return written;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return export(monitor);
	}

	/**
	 * Exports on the calling thread, as the job does; for callers that run it inside their own operation.
	 *
	 * @param monitor told one step per chain; cancelling it stops after the current file; never null
	 * @return OK, {@link Status#CANCEL_STATUS}, or an error naming the cause
	 */
	public IStatus export(IProgressMonitor monitor) {
		int total = service.chains(snapshot).size();
		monitor.beginTask(NLS.bind(Messages.ExportAllJob_task, total), total);
		try {
			results = List.copyOf(service.exportAllChains(snapshot, format, folder, options, (done, all, chain, file) -> {
				written = done;
				monitor.worked(1);
				monitor.subTask(file.getFileName().toString());
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			}));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (DiagramException e) {
			return Status.error(NLS.bind(Messages.ExportAllJob_failed, e.getMessage(java.util.Locale.getDefault())), e);
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.ExportAllJob_failed, e.toString()), e);
		} finally {
			monitor.done();
		}
	}
}
