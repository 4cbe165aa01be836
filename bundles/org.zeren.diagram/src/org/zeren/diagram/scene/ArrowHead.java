package org.zeren.diagram.scene;

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
}
