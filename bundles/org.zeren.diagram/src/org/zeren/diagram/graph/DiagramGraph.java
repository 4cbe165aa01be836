package org.zeren.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;

/**
 * The boxes and lines of one diagram, before layout: nodes (a tree: duties inside parties), edges between any
 * two nodes, a title and a subtitle. Node and edge order is the order they were added, which follows the
 * model's order; the layout keeps it, so a small edit of the model does not reshuffle the picture.
 * <p>
 * Not thread-safe while being built; read-only use from several threads is safe.
 */
public final class DiagramGraph {

	private final String title;
	private final String subtitle;
	private LocalizedText emptyNote;
	private final List<DiagramNode> roots = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final Map<String, DiagramNode> byId = new LinkedHashMap<>();
	private final Map<EObject, DiagramNode> byElement = new HashMap<>();

	/**
	 * @param title    the title shown at the top of the page; never null
	 * @param subtitle the line under it (usually the model name); null for none
	 */
	public DiagramGraph(String title, String subtitle) {
		this.title = Objects.requireNonNull(title, "title");
		this.subtitle = subtitle;
	}

	/** @return the title; never null */
	public String title() {
		return title;
	}

	/** @return the subtitle; null for none */
	public String subtitle() {
		return subtitle;
	}

	/**
	 * @return why the graph has no nodes, shown in place of the diagram (e.g. 模型中没有工作计划); null when
	 *         not set (an empty graph then shows a generic remark)
	 */
	public LocalizedText emptyNote() {
		return emptyNote;
	}

	/** @param note why the graph is empty; null to clear */
	public void setEmptyNote(LocalizedText note) {
		this.emptyNote = note;
	}

	/**
	 * Adds a node.
	 *
	 * @param parent   the node to draw it inside; null for a top-level node
	 * @param key      what the node is, e.g. {@code duty-<xmi:id>}; made into an {@linkplain DiagramNode#id() id}
	 *                 (characters other than ASCII letters, digits, {@code _-.} become {@code _}; a suffix
	 *                 {@code -2}, {@code -3}... keeps ids unique); never null
	 * @param role     what the node stands for; never null
	 * @param label    the label; null is shown as an empty label
	 * @param caption  the small secondary text; null for none
	 * @param workArea the work area whose colour the node takes; null for none
	 * @param element  the model element shown; null for none
	 * @return the new node
	 * @throws IllegalArgumentException when the parent is not a node of this graph
	 */
	public DiagramNode addNode(DiagramNode parent, String key, NodeRole role, String label, String caption,
			WorkAreaStyle workArea, EObject element) {
		Objects.requireNonNull(role, "role");
		if (parent != null && byId.get(parent.id()) != parent) {
			throw new IllegalArgumentException("parent " + parent.id() + " is not a node of this graph");
		}
		String base = safeId(Objects.requireNonNull(key, "key"));
		String id = base;
		for (int n = 2; byId.containsKey(id); n++) {
			id = base + "-" + n;
		}
		DiagramNode node = new DiagramNode(id, role, normalise(label), caption == null ? null : normalise(caption),
				workArea, element, parent);
		byId.put(id, node);
		if (element != null) {
			byElement.putIfAbsent(element, node);
		}
		if (parent == null) {
			roots.add(node);
		} else {
			parent.addChild(node);
		}
		return node;
	}

	/**
	 * Adds an edge.
	 *
	 * @param source the start node; never null
	 * @param target the end node; never null (the same node for a self-loop)
	 * @param role   what the edge stands for; never null
	 * @param colour {@code #RRGGBB} to draw it in instead of the role's colour; null for the role's colour
	 * @return the new edge, with id {@code e<n>}
	 * @throws IllegalArgumentException when a node is not in this graph, when one node contains the other (a
	 *                                  line cannot run from a box into its own contents), or when a
	 *                                  self-loop is asked for on a container
	 */
	public DiagramEdge addEdge(DiagramNode source, DiagramNode target, EdgeRole role, String colour) {
		Objects.requireNonNull(role, "role");
		for (DiagramNode n : List.of(source, target)) {
			if (byId.get(n.id()) != n) {
				throw new IllegalArgumentException("node " + n.id() + " is not a node of this graph");
			}
		}
		if (source == target ? source.isContainer() : source.contains(target) || target.contains(source)) {
			throw new IllegalArgumentException("edge " + source.id() + " -> " + target.id()
					+ " would join a box and its own contents");
		}
		DiagramEdge edge = new DiagramEdge("e" + (edges.size() + 1), source, target, role, colour);
		edges.add(edge);
		return edge;
	}

	/**
	 * Marks the node the diagram is drawn for (see {@link DiagramNode#isEmphasised()}).
	 *
	 * @param node a node of this graph; never null
	 * @throws IllegalArgumentException when the node is not in this graph
	 */
	public void emphasise(DiagramNode node) {
		if (byId.get(node.id()) != node) {
			throw new IllegalArgumentException("node " + node.id() + " is not a node of this graph");
		}
		node.setEmphasised(true);
	}

	/** @return the top-level nodes in the order added; unmodifiable */
	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** @return every node, each container before its children (pre-order); a new list */
	public List<DiagramNode> nodes() {
		List<DiagramNode> result = new ArrayList<>(byId.size());
		for (DiagramNode r : roots) {
			collect(r, result);
		}
		return result;
	}

	private static void collect(DiagramNode n, List<DiagramNode> into) {
		into.add(n);
		for (DiagramNode c : n.children()) {
			collect(c, into);
		}
	}

	/** @return the edges in the order added; unmodifiable */
	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/**
	 * @param id a node id
	 * @return the node, or null
	 */
	public DiagramNode node(String id) {
		return byId.get(id);
	}

	/**
	 * @param element a model element
	 * @return the first node added for it, or null
	 */
	public DiagramNode nodeOf(EObject element) {
		return byElement.get(element);
	}

	/** @return the number of nodes, containers included */
	public int nodeCount() {
		return byId.size();
	}

	/** @return whether the graph has no node */
	public boolean isEmpty() {
		return byId.isEmpty();
	}

	/**
	 * @return the work areas of the graph's nodes (duties and work-area boxes), each once, in order of first use
	 *         (nodes in pre-order); what the legend lists
	 */
	public List<WorkAreaStyle> workAreas() {
		Map<String, WorkAreaStyle> used = new LinkedHashMap<>();
		for (DiagramNode n : nodes()) {
			if (n.workArea() != null) {
				used.putIfAbsent(n.workArea().id(), n.workArea());
			}
		}
		return List.copyOf(used.values());
	}

	/**
	 * Text as shown in a box: runs of white space (line breaks, tabs, ideographic spaces) become one space; invisible
	 * format characters (zero-width space, byte order mark) are left out.
	 */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.getType(cp) == Character.FORMAT) {
				continue; // invisible: zero-width space, byte order mark, direction marks
			}
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
				space = b.length() > 0;
			} else {
				if (space) {
					b.append(' ');
					space = false;
				}
				b.appendCodePoint(cp);
			}
		}
		return b.toString();
	}

	static String safeId(String key) {
		StringBuilder b = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
			b.append(ok ? c : '_');
		}
		if (b.isEmpty() || !Character.isLetter(b.charAt(0))) {
			b.insert(0, 'n');
		}
		return b.toString();
	}
}
