package org.zeren.diagram;

import java.util.Locale;

/** The file formats a diagram can be written in. */
public enum DiagramFormat {
	/** Scalable Vector Graphics, UTF-8, text kept as {@code <text>}; byte-identical for the same input. */
	SVG("svg", "image/svg+xml"),
	/** Portable Network Graphics, antialiased, at {@link DiagramOptions#pngScale()} pixels per point. */
	PNG("png", "image/png"),
	/** PDF, one page of the diagram's size, vector graphics, the font embedded as a subset. */
	PDF("pdf", "application/pdf"),
	/** Graphviz DOT text (UTF-8) of the diagram graph, for other tools; carries no layout. */
	DOT("dot", "text/vnd.graphviz");

	private final String extension;
	private final String mediaType;

	DiagramFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** @return the file name extension without the dot, e.g. {@code svg} */
	public String extension() {
		return extension;
	}

	/** @return the media type, e.g. {@code image/svg+xml} */
	public String mediaType() {
		return mediaType;
	}

	/**
	 * @param name {@code svg}, {@code png}, {@code pdf} or {@code dot} (also {@code gv}), in any case
	 * @return the format
	 * @throws IllegalArgumentException naming the accepted values when the name is none of them
	 */
	public static DiagramFormat of(String name) {
		String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		if (n.equals("gv")) {
			return DOT;
		}
		for (DiagramFormat f : values()) {
			if (f.extension.equals(n)) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown diagram format '" + name + "': use svg, png, pdf or dot");
	}
}
