package org.zeren.diagram;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an export wrote.
 *
 * @param file        the file written (absolute); never null
 * @param format      its format; never null
 * @param nodes       the number of boxes in the diagram, containers included
 * @param edges       the number of lines in the diagram
 * @param font        the font drawn with, e.g. {@code WenQuanYi Zen Hei (/usr/share/fonts/...), TrueType
 *                    outlines}; null for DOT, which needs none
 * @param layoutNanos time spent finding the font and laying out, in nanoseconds; 0 for DOT and for
 *                    {@link DiagramService#write}, which is given a scene laid out before
 * @param writeNanos  time spent drawing and writing the file, in nanoseconds
 * @param bytes       the size of the file in bytes
 */
public record ExportResult(Path file, DiagramFormat format, int nodes, int edges, String font, long layoutNanos,
		long writeNanos, long bytes) {

	/** @throws NullPointerException when file or format is null */
	public ExportResult {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(format, "format");
	}
}
