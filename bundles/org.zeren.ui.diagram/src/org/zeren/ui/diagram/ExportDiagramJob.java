package org.zeren.ui.diagram;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.ExportResult;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.scene.Scene;
import org.zeren.ui.diagram.internal.Messages;

/**
 * Writes the diagram shown to a file through {@link DiagramService}, atomically (an existing file is replaced
 * whole or left as it was). SVG and PNG reuse the scene on screen; PDF is laid out again when the screen's font
 * cannot be embedded (Noto CJK has CFF outlines; see {@code FontResolver}). The job's result is
 * {@link Status#OK_STATUS} or an error status whose message names the file and the cause; {@link #result()} tells
 * what was written.
 */
public final class ExportDiagramJob extends Job {

	private final DiagramService service;
	private final DiagramGraph graph;
	private final Scene scene;
	private final DiagramFormat format;
	private final Path file;
	private final DiagramOptions options;
	private volatile ExportResult result;

	/**
	 * @param service the diagram service; never null
	 * @param graph   the graph shown; never null (read only, it is not changed by model edits)
	 * @param scene   the scene shown; never null
	 * @param format  the format; never null
	 * @param file    the file to write; its folder is created when missing
	 * @param options the options the scene was laid out with; never null
	 */
	public ExportDiagramJob(DiagramService service, DiagramGraph graph, Scene scene, DiagramFormat format, Path file,
			DiagramOptions options) {
		super(NLS.bind(Messages.ExportJob_name, file.getFileName()));
		this.service = Objects.requireNonNull(service, "service");
		this.graph = Objects.requireNonNull(graph, "graph");
		this.scene = Objects.requireNonNull(scene, "scene");
		this.format = Objects.requireNonNull(format, "format");
		this.file = Objects.requireNonNull(file, "file");
		this.options = Objects.requireNonNull(options, "options");
		setUser(true);
	}

	/**
	 * @param file a file name; never null
	 * @return the format its extension names ({@code .svg}, {@code .png}, {@code .pdf}, {@code .dot}, any case); null
	 *         for another extension
	 */
	public static DiagramFormat formatOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return null;
		}
		try {
			return DiagramFormat.of(name.substring(dot + 1));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** @return what was written; null before the job ends or when it failed */
	public ExportResult result() {
		return result;
	}

	/** @return the file written */
	public Path file() {
		return file;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			boolean reuse = format != DiagramFormat.PDF || scene.font().hasTrueTypeOutlines() && scene.font().file() != null;
			result = reuse ? service.write(scene, format, file, options) : service.export(graph, format, file, options);
			return Status.OK_STATUS;
		} catch (DiagramException e) {
			return Status.error(NLS.bind(Messages.ExportJob_failed, e.getMessage(java.util.Locale.getDefault())), e);
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.ExportJob_failed, file + ": " + e), e);
		}
	}
}
