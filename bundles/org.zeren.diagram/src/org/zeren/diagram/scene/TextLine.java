package org.zeren.diagram.scene;

import java.util.Objects;

/**
 * One line of text, already broken and positioned.
 *
 * @param text     the characters of the line; never null, may be empty
 * @param x        left end of the line (start of its first glyph), in points
 * @param baseline y of the baseline, in points
 * @param width    advance width of the line in the scene's font at {@code size}, in points
 */
public record TextLine(String text, double x, double baseline, double width) {

	/** @throws NullPointerException when the text is null */
	public TextLine {
		Objects.requireNonNull(text, "text");
	}
}
