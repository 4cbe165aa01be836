package org.zeren.diagram.scene;

import java.util.List;
import java.util.Objects;

/**
 * Lines of text in one size and colour, drawn with the scene's font ({@link Scene#font()}).
 *
 * @param lines     the lines, top to bottom; never null, may be empty
 * @param size      font size in points
 * @param colour    text colour; never null
 * @param truncated whether the text was longer than the lines hold and the last line ends with an ellipsis
 *                  (…) instead of the rest; the full text is in the {@linkplain org.zeren.diagram.graph.DiagramNode
 *                  graph node}
 */
public record TextBlock(List<TextLine> lines, double size, Rgb colour, boolean truncated) {

	/** @throws NullPointerException when lines or colour is null */
	public TextBlock {
		lines = List.copyOf(lines);
		Objects.requireNonNull(colour, "colour");
	}

	/** @return the lines joined without separators, i.e. the text as shown (possibly cut short) */
	public String text() {
		StringBuilder b = new StringBuilder();
		lines.forEach(l -> b.append(l.text()));
		return b.toString();
	}
}
