package org.zeren.diagram.scene;

import java.util.List;
import java.util.Objects;

/**
 * The legend under the diagram: the work areas shown with their colours, the kinds of party boxes and the
 * kinds of lines used.
 *
 * @param bounds the area the legend occupies, including its frame; never null
 * @param items  the entries in reading order (group headings included); never null, not empty
 */
public record Legend(Box bounds, List<LegendItem> items) {

	/** @throws NullPointerException when a value is null */
	public Legend {
		Objects.requireNonNull(bounds, "bounds");
		items = List.copyOf(items);
	}
}
