package org.zeren.diagram.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zeren.diagram.font.DiagramFont;
import org.zeren.diagram.graph.DiagramGraph;

/**
 * A laid-out diagram: one page with a title, the nodes and edges placed by the layout, and a legend. Drawn
 * the same way by every exporter (see {@code org.zeren.diagram.render.ScenePainter}); see the package comment
 * for units and coordinates.
 * <p>
 * Page structure, top to bottom: {@link #title()} and {@link #subtitle()}, the {@link #diagram()} area holding
 * every node and edge, then the {@link #legend()}. Immutable once built; safe to share between threads.
 */
public final class Scene {

	private final DiagramGraph graph;
	private final DiagramFont font;
	private final double width;
	private final double height;
	private final Rgb background;
	private final TextBlock title;
	private final TextBlock subtitle;
	private final TextBlock note;
	private final Box diagram;
	private final List<SceneNode> nodes;
	private final List<SceneEdge> edges;
	private final Legend legend;
	private final Map<String, SceneNode> byId = new LinkedHashMap<>();

	/**
	 * @param graph      the graph this scene lays out; never null
	 * @param font       the font every text of the scene is measured and drawn with; never null
	 * @param width      page width in points
	 * @param height     page height in points
	 * @param background page colour; never null
	 * @param title      the diagram title; never null
	 * @param subtitle   the line under the title (usually the model name); null for none
	 * @param note       a remark drawn in the diagram area when it has nothing to show; null otherwise
	 * @param diagram    the area of nodes and edges; never null
	 * @param nodes      top-level nodes in graph order (children are reached through them); never null
	 * @param edges      the edges in graph order; never null
	 * @param legend     the legend; null when there is nothing to explain
	 */
	public Scene(DiagramGraph graph, DiagramFont font, double width, double height, Rgb background, TextBlock title,
			TextBlock subtitle, TextBlock note, Box diagram, List<SceneNode> nodes, List<SceneEdge> edges,
			Legend legend) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.font = Objects.requireNonNull(font, "font");
		this.width = width;
		this.height = height;
		this.background = Objects.requireNonNull(background, "background");
		this.title = Objects.requireNonNull(title, "title");
		this.subtitle = subtitle;
		this.note = note;
		this.diagram = Objects.requireNonNull(diagram, "diagram");
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		this.legend = legend;
		for (SceneNode n : allNodes()) {
			byId.put(n.id(), n);
		}
	}

	/** @return the graph this scene lays out (nodes link to the model elements); never null */
	public DiagramGraph graph() {
		return graph;
	}

	/** @return the font all texts are measured and drawn with; never null */
	public DiagramFont font() {
		return font;
	}

	/** @return page width in points */
	public double width() {
		return width;
	}

	/** @return page height in points */
	public double height() {
		return height;
	}

	/** @return the whole page as a box at (0, 0) */
	public Box page() {
		return new Box(0, 0, width, height);
	}

	/** @return the page colour; never null */
	public Rgb background() {
		return background;
	}

	/** @return the title at the top of the page; never null */
	public TextBlock title() {
		return title;
	}

	/** @return the line under the title; null for none */
	public TextBlock subtitle() {
		return subtitle;
	}

	/** @return the remark shown when the diagram is empty (e.g. 没有可显示的内容); null otherwise */
	public TextBlock note() {
		return note;
	}

	/** @return the area holding every node and edge; never null */
	public Box diagram() {
		return diagram;
	}

	/** @return the top-level nodes in graph order; unmodifiable, never null */
	public List<SceneNode> nodes() {
		return nodes;
	}

	/** @return every node, each container before its children (pre-order); a new list, never null */
	public List<SceneNode> allNodes() {
		List<SceneNode> result = new ArrayList<>();
		for (SceneNode n : nodes) {
			collect(n, result);
		}
		return result;
	}

	private static void collect(SceneNode n, List<SceneNode> into) {
		into.add(n);
		for (SceneNode c : n.children()) {
			collect(c, into);
		}
	}

	/**
	 * @param id a graph node id
	 * @return the scene node of that graph node, or null
	 */
	public SceneNode node(String id) {
		return byId.get(id);
	}

	/** @return the edges in graph order; unmodifiable, never null */
	public List<SceneEdge> edges() {
		return edges;
	}

	/** @return the legend; null when there is nothing to explain */
	public Legend legend() {
		return legend;
	}

	/** @return every text block of the page (title, subtitle, note, node texts, legend), in drawing order */
	public List<TextBlock> texts() {
		List<TextBlock> result = new ArrayList<>();
		result.add(title);
		if (subtitle != null) {
			result.add(subtitle);
		}
		if (note != null) {
			result.add(note);
		}
		for (SceneNode n : allNodes()) {
			if (n.caption() != null) {
				result.add(n.caption());
			}
			result.add(n.title());
		}
		if (legend != null) {
			legend.items().forEach(i -> result.add(i.text()));
		}
		return result;
	}
}
