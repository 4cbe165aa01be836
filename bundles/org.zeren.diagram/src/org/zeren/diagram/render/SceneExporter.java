package org.zeren.diagram.render;

import java.io.IOException;
import java.io.OutputStream;

import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.scene.Scene;

/** Writes a scene in one file format. Implementations are stateless and thread-safe. */
public interface SceneExporter {

	/** @return the format written; never null */
	DiagramFormat format();

	/**
	 * Writes the scene. Checks everything that can be checked (fonts, size limits) before the first byte.
	 *
	 * @param scene   the scene; never null
	 * @param options the options (PNG scale and limits); never null
	 * @param out     where to write; not closed
	 * @throws IOException      when writing fails
	 * @throws DiagramException when the scene cannot be written in this format (font not embeddable, PNG too large)
	 */
	void write(Scene scene, DiagramOptions options, OutputStream out) throws IOException, DiagramException;

	/**
	 * @param format a format; never null
	 * @return its exporter
	 */
	static SceneExporter of(DiagramFormat format) {
		return switch (format) {
		case SVG -> new SvgExporter();
		case PNG -> new PngExporter();
		case PDF -> new PdfExporter();
		case DOT -> new DotExporter();
		};
	}
}
