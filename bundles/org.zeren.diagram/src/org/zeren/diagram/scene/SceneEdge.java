package org.zeren.diagram.scene;

import java.util.List;
import java.util.Objects;

import org.zeren.diagram.graph.DiagramEdge;
import org.zeren.diagram.graph.EdgeRole;

/**
 * A routed edge: a polyline from the outline of its source node to the outline of its target node.
 *
 * @param source  the graph edge this line shows; never null
 * @param from    the scene node the line starts at; never null
 * @param to      the scene node the line ends at (where the arrow head is); never null, same as {@code from}
 *                for a self-loop
 * @param points  the polyline: start point (on the outline of {@code from}), bend points, end point (on the
 *                outline of {@code to}); absolute page coordinates in points; at least two points
 * @param colour  the line colour; never null
 * @param width   the line width in points
 * @param style   the line style; never null
 * @param head    the mark at the end point; never null
 */
public record SceneEdge(DiagramEdge source, SceneNode from, SceneNode to, List<Point> points, Rgb colour, double width,
		LineStyle style, ArrowHead head) {

	/**
	 * @throws NullPointerException     when a reference is null
	 * @throws IllegalArgumentException when there are fewer than two points
	 */
	public SceneEdge {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		points = List.copyOf(points);
		if (points.size() < 2) {
			throw new IllegalArgumentException("edge " + source.id() + " has " + points.size() + " points");
		}
		Objects.requireNonNull(colour, "colour");
		Objects.requireNonNull(style, "style");
		Objects.requireNonNull(head, "head");
	}

	/** @return the id of the graph edge; never null */
	public String id() {
		return source.id();
	}

	/** @return what the edge stands for; never null */
	public EdgeRole role() {
		return source.role();
	}

	/** @return the first point, on the outline of {@link #from()} */
	public Point start() {
		return points.get(0);
	}

	/** @return the last point, on the outline of {@link #to()} */
	public Point end() {
		return points.get(points.size() - 1);
	}

	/**
	 * Where the drawn line stops: the end point, or with an arrow head a little before it, inside the head, so that
	 * the line does not poke through the tip. Every renderer draws the polyline through the points up to this one.
	 *
	 * @return a point on the last segment of non-zero length; never null
	 */
	public Point lineEnd() {
		Point end = end();
		Point before = beforeEnd();
		double cut = head == ArrowHead.NONE || before == null ? 0
				: Math.min(ArrowHead.LENGTH * 0.7, Math.hypot(end.x() - before.x(), end.y() - before.y()));
		double[] d = direction(end, before);
		return new Point(end.x() - d[0] * cut, end.y() - d[1] * cut);
	}

	/**
	 * The arrow head: an isosceles triangle {@link ArrowHead#LENGTH} long and {@link ArrowHead#WIDTH} wide with
	 * its tip on the end point, along the last segment of non-zero length (pointing down when all points coincide).
	 *
	 * @return the tip and the two base corners, in that order; empty for {@link ArrowHead#NONE}
	 */
	public List<Point> arrowHead() {
		Point tip = end();
		double[] d = direction(tip, beforeEnd());
		return head.corners(tip, d[0], d[1]);
	}

	/** @return the last point before the end that is not at the end, or null when all are */
	private Point beforeEnd() {
		Point end = end();
		for (int i = points.size() - 2; i >= 0; i--) {
			Point p = points.get(i);
			if (Math.hypot(end.x() - p.x(), end.y() - p.y()) > 1e-6) {
				return p;
			}
		}
		return null;
	}

	/** @return the unit vector from {@code before} to {@code end}; (0, 1) when {@code before} is null */
	private static double[] direction(Point end, Point before) {
		if (before == null) {
			return new double[] { 0, 1 };
		}
		double len = Math.hypot(end.x() - before.x(), end.y() - before.y());
		return new double[] { (end.x() - before.x()) / len, (end.y() - before.y()) / len };
	}
}
