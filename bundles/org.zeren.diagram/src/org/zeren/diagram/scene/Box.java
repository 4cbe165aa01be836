package org.zeren.diagram.scene;

/**
 * An axis-parallel rectangle on the page.
 *
 * @param x      left edge, in points from the left page edge
 * @param y      top edge, in points from the top page edge
 * @param width  width in points, never negative
 * @param height height in points, never negative
 */
public record Box(double x, double y, double width, double height) {

	/** @throws IllegalArgumentException when a value is not finite or a size is negative */
	public Box {
		if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)
				|| width < 0 || height < 0) {
			throw new IllegalArgumentException("box " + x + ", " + y + ", " + width + " x " + height + " is not valid");
		}
	}

	/** @return the right edge, {@code x + width} */
	public double maxX() {
		return x + width;
	}

	/** @return the bottom edge, {@code y + height} */
	public double maxY() {
		return y + height;
	}

	/** @return the centre point */
	public Point centre() {
		return new Point(x + width / 2, y + height / 2);
	}

	/**
	 * @param other  another box; never null
	 * @param slack  a tolerance in points: boxes closer than this to containing {@code other} still count
	 * @return whether {@code other} lies inside this box
	 */
	public boolean contains(Box other, double slack) {
		return other.x >= x - slack && other.y >= y - slack && other.maxX() <= maxX() + slack
				&& other.maxY() <= maxY() + slack;
	}

	/**
	 * @param p     a point; never null
	 * @param slack a tolerance in points
	 * @return whether the point lies inside this box or within {@code slack} of it
	 */
	public boolean contains(Point p, double slack) {
		return p.x() >= x - slack && p.y() >= y - slack && p.x() <= maxX() + slack && p.y() <= maxY() + slack;
	}

	/**
	 * @param other another box; never null
	 * @return whether the interiors of the two boxes overlap (touching edges do not count)
	 */
	public boolean overlaps(Box other) {
		return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
	}

	/**
	 * @param p a point; never null
	 * @return the distance of the point from the outline of this box, in points (0 when it lies on it)
	 */
	public double distanceToOutline(Point p) {
		double dx = Math.max(Math.max(x - p.x(), 0), p.x() - maxX());
		double dy = Math.max(Math.max(y - p.y(), 0), p.y() - maxY());
		if (dx > 0 || dy > 0) {
			return Math.hypot(dx, dy);
		}
		return Math.min(Math.min(p.x() - x, maxX() - p.x()), Math.min(p.y() - y, maxY() - p.y()));
	}
}
