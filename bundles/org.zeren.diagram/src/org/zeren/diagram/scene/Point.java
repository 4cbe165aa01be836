package org.zeren.diagram.scene;

/**
 * A point on the page.
 *
 * @param x distance from the left page edge, in points
 * @param y distance from the top page edge, in points (y grows downwards)
 */
public record Point(double x, double y) {

	/** @throws IllegalArgumentException when a coordinate is NaN or infinite */
	public Point {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("point (" + x + ", " + y + ") is not finite");
		}
	}
}
