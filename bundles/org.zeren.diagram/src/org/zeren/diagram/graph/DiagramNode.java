package org.zeren.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * A node of a {@link DiagramGraph}: a box with a label, possibly holding other nodes. Create nodes with
 * {@link DiagramGraph#addNode}.
 */
public final class DiagramNode {

	private final String id;
	private final NodeRole role;
	private final String label;
	private final String caption;
	private final WorkAreaStyle workArea;
	private final EObject element;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private boolean emphasised;

	DiagramNode(String id, NodeRole role, String label, String caption, WorkAreaStyle workArea, EObject element,
			DiagramNode parent) {
		this.id = id;
		this.role = role;
		this.label = label;
		this.caption = caption;
		this.workArea = workArea;
		this.element = element;
		this.parent = parent;
	}

	void setEmphasised(boolean emphasised) {
		this.emphasised = emphasised;
	}

	void addChild(DiagramNode child) {
		children.add(child);
	}

	/**
	 * @return the id, unique in the graph, made of ASCII letters, digits, {@code _}, {@code -} and {@code .},
	 *         starting with a letter (usable as an XML id and a DOT id); derived from the model element's
	 *         {@code xmi:id}, so stable for the same model file
	 */
	public String id() {
		return id;
	}

	/** @return what the node stands for; never null */
	public NodeRole role() {
		return role;
	}

	/**
	 * @return the full label as in the model (user text kept as entered, except that runs of white space are
	 *         shown as one space and invisible format characters are left out); never null, may be empty
	 */
	public String label() {
		return label;
	}

	/** @return the small secondary text, e.g. {@code RS-C-01 · 责任事项} or {@code 生产经营单位}; null for none */
	public String caption() {
		return caption;
	}

	/** @return the work area whose colour the node takes; null for none */
	public WorkAreaStyle workArea() {
		return workArea;
	}

	/**
	 * @return the model element the node shows (a {@code Duty}, {@code Party}, {@code PlanSection},
	 *         {@code PlanTask} or {@code WorkArea}); null for a node that stands for no element
	 */
	public EObject element() {
		return element;
	}

	/** @return the node this one is drawn inside; null for a top-level node */
	public DiagramNode parent() {
		return parent;
	}

	/** @return the nodes drawn inside this one, in the order added; unmodifiable, empty for a leaf */
	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	/**
	 * @return whether the node is the one the diagram was drawn for (the chosen duty, task or party of a chain
	 *         diagram); drawn with a heavier outline
	 */
	public boolean isEmphasised() {
		return emphasised;
	}

	/** @return whether nodes are drawn inside this one */
	public boolean isContainer() {
		return !children.isEmpty();
	}

	/**
	 * @param other another node; never null
	 * @return whether this node is {@code other} or contains it, directly or through other nodes
	 */
	public boolean contains(DiagramNode other) {
		for (DiagramNode n = Objects.requireNonNull(other); n != null; n = n.parent) {
			if (n == this) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return id + " (" + role + ") " + label;
	}
}
