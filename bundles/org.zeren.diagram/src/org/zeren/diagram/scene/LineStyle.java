package org.zeren.diagram.scene;

/** How a line or outline is stroked. */
public enum LineStyle {
	/** A continuous line. */
	SOLID,
	/** Dashes of 6 pt with gaps of 4 pt. */
	DASHED,
	/** Dots of 1.5 pt with gaps of 3 pt. */
	DOTTED;

	/** @return the dash pattern in points (on, off, ...), or null for a solid line */
	public float[] dashPattern() {
		return switch (this) {
		case SOLID -> null;
		case DASHED -> new float[] { 6f, 4f };
		case DOTTED -> new float[] { 1.5f, 3f };
		};
	}
}
