package org.zeren.diagram.scene;

import java.util.List;
import java.util.Objects;

import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.NodeRole;

/**
 * A box of the scene: a leaf (a duty, a plan task, a work area, a party without drawn parts) or a container
 * (a party drawn around the duties or posts inside it). Draw order: containers before their children.
 * <p>
 * A node is drawn as a rectangle with rounded corners ({@link #cornerRadius()}) filled with {@link #fill()}
 * and outlined with {@link #stroke()}; when {@link #accent()} is set, a bar of that colour,
 * {@link #ACCENT_WIDTH} wide, runs down its left side inside the outline (the work-area colour of a duty).
 * Texts: {@link #caption()} (small, e.g. the duty code or the party kind) and {@link #title()} (the label).
 */
public final class SceneNode {

	/** Width of the accent bar on the left side of a node, in points. */
	public static final double ACCENT_WIDTH = 5;

	private final DiagramNode source;
	private final Box bounds;
	private final TextBlock title;
	private final TextBlock caption;
	private final Rgb fill;
	private final Rgb stroke;
	private final double strokeWidth;
	private final LineStyle border;
	private final double cornerRadius;
	private final Rgb accent;
	private final List<SceneNode> children;
	private SceneNode parent;

	/**
	 * @param source       the graph node this box shows; never null
	 * @param bounds       position and size on the page, in points; never null
	 * @param title        the label; never null (may have no lines)
	 * @param caption      the small secondary text; null when there is none
	 * @param fill         the fill colour; never null
	 * @param stroke       the outline colour; never null
	 * @param strokeWidth  the outline width in points
	 * @param border       the outline style; never null
	 * @param cornerRadius the corner radius in points (0 for square corners)
	 * @param accent       the colour of the accent bar; null for none
	 * @param children     the nodes drawn inside this one, in graph order; never null, empty for a leaf; each
	 *                     gets this node as its parent and must not have another one
	 * @throws IllegalStateException when a child already has a parent
	 */
	public SceneNode(DiagramNode source, Box bounds, TextBlock title, TextBlock caption, Rgb fill, Rgb stroke,
			double strokeWidth, LineStyle border, double cornerRadius, Rgb accent, List<SceneNode> children) {
		this.source = Objects.requireNonNull(source, "source");
		this.bounds = Objects.requireNonNull(bounds, "bounds");
		this.title = Objects.requireNonNull(title, "title");
		this.caption = caption;
		this.fill = Objects.requireNonNull(fill, "fill");
		this.stroke = Objects.requireNonNull(stroke, "stroke");
		this.strokeWidth = strokeWidth;
		this.border = Objects.requireNonNull(border, "border");
		this.cornerRadius = cornerRadius;
		this.accent = accent;
		this.children = List.copyOf(children);
		for (SceneNode child : this.children) {
			if (child.parent != null) {
				throw new IllegalStateException(child.id() + " already has a parent");
			}
			child.parent = this;
		}
	}

	/** @return the id of the graph node (stable for the same model, usable as an XML id); never null */
	public String id() {
		return source.id();
	}

	/** @return what the node stands for; never null */
	public NodeRole role() {
		return source.role();
	}

	/** @return the graph node, which links to the model element; never null */
	public DiagramNode source() {
		return source;
	}

	/** @return the box, absolute page coordinates in points; never null */
	public Box bounds() {
		return bounds;
	}

	/** @return the label; never null */
	public TextBlock title() {
		return title;
	}

	/** @return the small secondary text (duty code and kind, party kind); null when there is none */
	public TextBlock caption() {
		return caption;
	}

	/** @return the fill colour; never null */
	public Rgb fill() {
		return fill;
	}

	/** @return the outline colour; never null */
	public Rgb stroke() {
		return stroke;
	}

	/** @return the outline width in points */
	public double strokeWidth() {
		return strokeWidth;
	}

	/** @return the outline style; never null */
	public LineStyle border() {
		return border;
	}

	/** @return the corner radius in points */
	public double cornerRadius() {
		return cornerRadius;
	}

	/** @return the accent bar colour (the work-area colour of a duty); null for none */
	public Rgb accent() {
		return accent;
	}

	/** @return the nodes drawn inside this one, in graph order; unmodifiable, empty for a leaf */
	public List<SceneNode> children() {
		return children;
	}

	/** @return the container this node is drawn in; null for a top-level node */
	public SceneNode parent() {
		return parent;
	}

	/** @return whether other nodes are drawn inside this one */
	public boolean isContainer() {
		return !children.isEmpty();
	}

	@Override
	public String toString() {
		return id() + " " + bounds;
	}
}
