package org.zeren.diagram.scene;

import java.util.Objects;

/**
 * One entry of the legend: a sample (a filled box or a line) and its explanation, or a group heading.
 *
 * @param swatch    what the sample is; never null
 * @param sample    where the sample is drawn (for a line: from the left middle to the right middle of the box);
 *                  null for a heading
 * @param fill      fill of a box sample; null for lines and headings
 * @param stroke    outline of a box sample or colour of a line sample; null for a heading
 * @param lineStyle style of the outline or line; null for a heading
 * @param head      arrow head at the right end of a line sample; null for boxes and headings
 * @param text      the explanation or heading; never null
 */
public record LegendItem(Swatch swatch, Box sample, Rgb fill, Rgb stroke, LineStyle lineStyle, ArrowHead head,
		TextBlock text) {

	/** What a legend entry shows next to its text. */
	public enum Swatch {
		/** Nothing: the entry is the heading of a group (e.g. 工作领域). */
		NONE,
		/** A filled, outlined box: a work-area colour or a kind of party. */
		BOX,
		/** A line: a kind of edge. */
		LINE
	}

	/** @throws NullPointerException when swatch or text is null */
	public LegendItem {
		Objects.requireNonNull(swatch, "swatch");
		Objects.requireNonNull(text, "text");
	}
}
