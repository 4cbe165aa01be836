package org.zeren.diagram.scene;

import java.util.List;

/** The mark at the target end of an edge. */
public enum ArrowHead {
	/** No mark: the line just ends at the target's outline. */
	NONE,
	/** A filled triangle whose tip touches the target's outline. */
	FILLED,
	/** An open (outlined) triangle whose tip touches the target's outline. */
	OPEN;

	/** Length of an arrow head along the edge, in points. */
	public static final double LENGTH = 8;

	/** Width of an arrow head across the edge, in points. */
	public static final double WIDTH = 6;

	/**
	 * The triangle of this mark: {@link #LENGTH} long and {@link #WIDTH} wide, its tip at {@code tip}, pointing
	 * along {@code (dx, dy)}. One computation for every renderer (exports and the desktop view draw the same).
	 *
	 * @param tip the tip, in page points; never null
	 * @param dx  x of the unit direction the mark points in
	 * @param dy  y of the unit direction the mark points in
	 * @return the tip and the two base corners, in that order; empty for {@link #NONE}
	 */
	public List<Point> corners(Point tip, double dx, double dy) {
		if (this == NONE) {
			return List.of();
		}
		double bx = tip.x() - dx * LENGTH;
		double by = tip.y() - dy * LENGTH;
		double px = -dy * WIDTH / 2;
		double py = dx * WIDTH / 2;
		return List.of(tip, new Point(bx + px, by + py), new Point(bx - px, by - py));
	}
}
