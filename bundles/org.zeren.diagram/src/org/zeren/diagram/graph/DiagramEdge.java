package org.zeren.diagram.graph;

/**
 * An edge of a {@link DiagramGraph}: a line from one node to another (or to itself). Create edges with
 * {@link DiagramGraph#addEdge}.
 *
 * @param id     unique in the graph ({@code e1}, {@code e2}, ... in the order added); never null
 * @param source the node the line starts at; never null
 * @param target the node the line points to; never null, same as {@code source} for a self-loop
 * @param role   what the edge stands for; never null
 * @param colour {@code #RRGGBB} to draw it in instead of the role's colour (a work-area colour); null for the
 *               role's colour
 */
public record DiagramEdge(String id, DiagramNode source, DiagramNode target, EdgeRole role, String colour) {

	/** @return whether the edge starts and ends at the same node */
	public boolean isSelfLoop() {
		return source == target;
	}
}
