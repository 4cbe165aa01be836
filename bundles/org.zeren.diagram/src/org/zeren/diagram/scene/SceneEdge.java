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
}
