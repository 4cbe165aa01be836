package org.zeren.diagram;

/** The direction in which a diagram's lines mostly run: from the top of a chain towards its end. */
public enum LayoutDirection {
	/** Top of the chain at the top of the page, lines running downwards (the default). */
	DOWN,
	/** Top of the chain at the left, lines running to the right. */
	RIGHT,
	/** Top of the chain at the bottom, lines running upwards. */
	UP,
	/** Top of the chain at the right, lines running to the left. */
	LEFT
}
