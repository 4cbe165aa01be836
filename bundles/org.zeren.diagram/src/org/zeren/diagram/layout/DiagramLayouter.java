package org.zeren.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.zeren.core.spi.LocalizedText;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.LayoutDirection;
import org.zeren.diagram.font.DiagramFont;
import org.zeren.diagram.graph.DiagramEdge;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.diagram.graph.WorkAreaStyle;
import org.zeren.diagram.scene.ArrowHead;
import org.zeren.diagram.scene.Box;
import org.zeren.diagram.scene.Legend;
import org.zeren.diagram.scene.LegendItem;
import org.zeren.diagram.scene.LineStyle;
import org.zeren.diagram.scene.Point;
import org.zeren.diagram.scene.Rgb;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneEdge;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.diagram.scene.TextBlock;
import org.zeren.diagram.scene.TextLine;
import org.zeren.diagram.layout.TextMeasurer.Wrapped;

/**
 * Lays out a diagram graph with ELK layered and builds the scene.
 * <p>
 * <b>Boxes.</b> A leaf is sized to its text: the caption (a small line, e.g. the duty code) above the label,
 * both wrapped at {@link DiagramOptions#maxLabelWidth()} and centred, with padding; a work-area colour adds an
 * accent bar on the left. A container's title and caption sit at its top left; the layout reserves that band
 * and makes the container at least as wide as its title. A container of leaves that no line touches (the posts of
 * an enterprise in the organisation map) is a list: its boxes are stacked along the direction of the lines, not
 * spread into one long row. A container holding exactly one leaf (in a chain, a party with one duty: most
 * parties) is laid out as one fixed-size box with the leaf under its title ({@link OneLeafBoxes}); lines end
 * beside the title, not under it. Where ELK routes lines through the title band of a container holding several
 * boxes, the title moves right to the first place along the band that no line crosses, if there is one.
 * <p>
 * <b>ELK.</b> Algorithm {@code org.eclipse.elk.layered} over the whole hierarchy at once
 * ({@code hierarchyHandling = INCLUDE_CHILDREN}, so lines between duties of different parties are routed
 * together), direction from the options, orthogonal edges, model order kept for nodes and edges
 * ({@code considerModelOrder.strategy = NODES_AND_EDGES}: the graph's order, which is the model's; with
 * {@link DiagramOptions#strictModelOrder()} also {@code crossingMinimization.forceNodeModelOrder}, so boxes of one
 * layer always stand in model order; separate components in model order), fixed random seed: the same graph and options always give the same picture. Graphs of more than {@value #LARGE_GRAPH} boxes
 * get fewer rounds of crossing minimisation (thoroughness 3 instead of ELK's default 7), which keeps the layout
 * of a thousand-duty chain under a second; the result is still deterministic. Self-loops, cycles, parallel edges, isolated
 * nodes and separate components are laid out by ELK as they are. ELK 0.12.1 applies a compound node's minimum
 * size with width and height exchanged when the direction is vertical; the minimum is given exchanged in that
 * case, and titles are fitted to the width the container finally has in any case.
 * <p>
 * <b>Page.</b> Margin {@value #MARGIN} pt; title and subtitle at the top left; the diagram under them; the legend
 * under the diagram. Thread-safe (no state).
 */
public final class DiagramLayouter {

	/** Space around the page content, in points. */
	public static final double MARGIN = 24;

	private static final double GAP = 16;
	private static final double LEAF_PAD_X = 10;
	private static final double LEAF_PAD_Y = 7;
	private static final double CAPTION_GAP = 2;
	private static final double MIN_LEAF_WIDTH = 64;
	/** Space between a container's outline and its contents, in points. */
	static final double BOX_PAD = 10;
	private static final double EMPHASIS_WIDTH = 2.6;
	private static final double LEGEND_PAD = 10;
	/** Above this many boxes, crossing minimisation runs fewer rounds (ELK thoroughness 3 instead of 7). */
	private static final int LARGE_GRAPH = 600;

	private static final Object REGISTRATION = new Object();

	private static final LocalizedText NOTHING = new LocalizedText("没有可显示的内容", "nothing to show");
	private static final LocalizedText LEGEND_AREAS = new LocalizedText("工作领域：", "Work areas:");
	private static final LocalizedText LEGEND_PARTIES = new LocalizedText("责任主体：", "Parties:");
	private static final LocalizedText LEGEND_LINES = new LocalizedText("连线：", "Lines:");

	/** Measured text and size of one node. */
	private record Measure(Wrapped title, double titleSize, Wrapped caption, double captionSize, double width,
			double height, double header) {
	}

	/**
	 * @param graph   the graph; never null
	 * @param options the layout options; never null
	 * @param font    the font every text is measured and drawn with; never null
	 * @return the scene; never null
	 * @throws DiagramException         {@link DiagramException.Problem#LAYOUT_FAILED} when ELK fails or gives
	 *                                  coordinates that are not numbers
	 * @throws IllegalArgumentException when an edge joins a box and its own contents (see
	 *                                  {@link DiagramGraph#addEdge}; possible only if children were added after
	 *                                  the edge)
	 */
	public Scene layout(DiagramGraph graph, DiagramOptions options, DiagramFont font) throws DiagramException {
		Objects.requireNonNull(graph, "graph");
		Objects.requireNonNull(options, "options");
		TextMeasurer m = new TextMeasurer(Objects.requireNonNull(font, "font"));
		Locale locale = options.locale();
		double base = options.fontSize();
		boolean vertical = options.direction() == LayoutDirection.DOWN || options.direction() == LayoutDirection.UP;

		Map<DiagramNode, Measure> measures = new IdentityHashMap<>();
		for (DiagramNode n : graph.nodes()) {
			measures.put(n, measure(n, m, options));
		}

		// a container holding exactly one leaf (a party with one duty in the chain: most of them) is laid out as
		// one fixed-size box with the leaf at a fixed place inside; ELK then lays out no nested graph for it, which
		// is what its time goes into, and the picture is the same
		Map<DiagramNode, int[]> ends = new IdentityHashMap<>(); // lines out of and into each box
		Set<DiagramNode> looped = Collections.newSetFromMap(new IdentityHashMap<>());
		for (DiagramEdge de : graph.edges()) {
			if (de.isSelfLoop()) {
				looped.add(de.source());
			}
			ends.computeIfAbsent(de.source(), k -> new int[2])[0]++;
			ends.computeIfAbsent(de.target(), k -> new int[2])[1]++;
		}
		Map<DiagramNode, OneLeafBoxes.Fold> folded = new IdentityHashMap<>();
		for (DiagramNode n : graph.nodes()) {
			if (n.isContainer() && n.children().size() == 1 && !n.children().get(0).isContainer()) {
				DiagramNode leaf = n.children().get(0);
				int[] own = ends.getOrDefault(n, new int[2]);
				int[] leafs = ends.getOrDefault(leaf, new int[2]);
				int perSide = Math.max(own[0] + leafs[0], own[1] + leafs[1]);
				// lines end on the top of the box when they run down or up the page, and for a self-loop
				boolean top = vertical || looped.contains(n) || looped.contains(leaf);
				Measure outer = measures.get(n);
				Measure inner = measures.get(leaf);
				folded.put(n, OneLeafBoxes.fold(outer.width(), outer.header(), inner.width(), inner.height(), perSide,
						vertical, top));
			}
		}

		// the ELK graph, in graph order
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, options, graph.nodeCount());
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		Map<DiagramNode, ElkNode> elk = new IdentityHashMap<>();
		for (DiagramNode n : graph.nodes()) {
			if (n.parent() != null && folded.containsKey(n.parent())) {
				elk.put(n, elk.get(n.parent())); // lines of the leaf end at its container's box until placed
				continue;
			}
			ElkNode parent = n.parent() == null ? root : elk.get(n.parent());
			ElkNode e = ElkGraphUtil.createNode(parent);
			e.setIdentifier(n.id());
			Measure size = measures.get(n);
			OneLeafBoxes.Fold fold = folded.get(n);
			if (fold != null) {
				e.setDimensions(fold.width(), fold.height());
			} else if (n.isContainer()) {
				configure(e, options, graph.nodeCount());
				// ELK 0.12.1 sets the highest model order only on the root's layered graph; the nested graphs of
				// compound nodes copy this property from their node, else model-order sorting fails with a
				// NullPointerException (ModelOrderNodeComparator)
				e.setProperty(InternalProperties.MAX_MODEL_ORDER_NODES, graph.nodeCount());
				e.setProperty(CoreOptions.PADDING, new ElkPadding(size.header(), BOX_PAD, BOX_PAD, BOX_PAD));
				e.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				double minHeight = size.header() + BOX_PAD;
				e.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
						vertical ? new KVector(minHeight, size.width()) : new KVector(size.width(), minHeight));
			} else {
				e.setDimensions(size.width(), size.height());
			}
			elk.put(n, e);
		}
		// a container of leaves that no edge touches (the posts of an enterprise in the organisation map) is a
		// list: layout-only edges, never drawn, stack its boxes along the direction of the lines instead of in one
		// long row
		Set<DiagramNode> touched = Collections.newSetFromMap(new IdentityHashMap<>());
		for (DiagramEdge de : graph.edges()) {
			touched.add(de.source());
			touched.add(de.target());
		}
		for (DiagramNode n : graph.nodes()) {
			if (n.isContainer() && n.children().size() > 1
					&& n.children().stream().allMatch(c -> !c.isContainer() && !touched.contains(c))) {
				ElkNode list = elk.get(n);
				list.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 8.0);
				for (int i = 1; i < n.children().size(); i++) {
					ElkGraphUtil.createSimpleEdge(elk.get(n.children().get(i - 1)), elk.get(n.children().get(i)));
				}
			}
		}
		Map<DiagramEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
		for (DiagramEdge de : graph.edges()) {
			if (de.isSelfLoop() ? de.source().isContainer()
					: de.source().contains(de.target()) || de.target().contains(de.source())) {
				throw new IllegalArgumentException("edge " + de.id() + " joins a box and its own contents");
			}
			elkEdges.put(de, ElkGraphUtil.createSimpleEdge(elk.get(de.source()), elk.get(de.target())));
		}
		if (!graph.isEmpty()) {
			run(root);
		}

		// header
		double diagramWidth = graph.isEmpty() ? 360 : root.getWidth();
		double diagramHeight = graph.isEmpty() ? 80 : root.getHeight();
		double headerWidth = Math.max(diagramWidth, 560);
		double titleSize = base * 1.5;
		double subtitleSize = base * 0.9;
		Wrapped title = m.wrap(graph.title(), titleSize, headerWidth, 3);
		Wrapped subtitle = graph.subtitle() == null ? null : m.wrap(graph.subtitle(), subtitleSize, headerWidth, 2);
		double y = MARGIN;
		TextBlock titleBlock = block(title, titleSize, Styles.TITLE_TEXT, MARGIN, y, m, false, 0);
		y += title.lines().size() * m.lineHeight(titleSize);
		TextBlock subtitleBlock = null;
		if (subtitle != null) {
			y += 2;
			subtitleBlock = block(subtitle, subtitleSize, Styles.MUTED_TEXT, MARGIN, y, m, false, 0);
			y += subtitle.lines().size() * m.lineHeight(subtitleSize);
		}
		y += GAP;
		double ox = MARGIN;
		double oy = y;
		Box diagram = new Box(ox, oy, diagramWidth, diagramHeight);
		checkFinite(root);

		TextBlock note = null;
		if (graph.isEmpty()) {
			LocalizedText why = graph.emptyNote() != null ? graph.emptyNote() : NOTHING;
			Wrapped w = m.wrap(why.get(locale), base, diagramWidth - 20, 2);
			double top = oy + (diagramHeight - w.lines().size() * m.lineHeight(base)) / 2;
			note = block(w, base, Styles.MUTED_TEXT, ox, top, m, true, diagramWidth);
		}

		// where the boxes are
		Map<DiagramNode, Box> boxes = new IdentityHashMap<>();
		for (DiagramNode n : graph.roots()) {
			bounds(n, elk, folded, ox, oy, boxes, null);
		}

		// edges
		List<List<Point>> routes = new ArrayList<>();
		Map<DiagramNode, List<OneLeafBoxes.LineEnd>> endsAtFolded = new IdentityHashMap<>();
		for (DiagramEdge de : graph.edges()) {
			ElkEdge ee = elkEdges.get(de);
			if (ee.getSections().isEmpty()) {
				throw new DiagramException(DiagramException.Problem.LAYOUT_FAILED, new LocalizedText(
						"布局引擎没有为连线 " + de.id() + " 给出路径", "the layout engine gave no route for edge " + de.id()), null);
			}
			KVector off = absolute(ee.getContainingNode());
			ElkEdgeSection s = ee.getSections().get(0);
			List<Point> points = new ArrayList<>();
			points.add(new Point(ox + off.x + s.getStartX(), oy + off.y + s.getStartY()));
			for (ElkBendPoint b : s.getBendPoints()) {
				points.add(new Point(ox + off.x + b.getX(), oy + off.y + b.getY()));
			}
			points.add(new Point(ox + off.x + s.getEndX(), oy + off.y + s.getEndY()));
			routes.add(points);
			for (boolean atStart : new boolean[] { true, false }) {
				DiagramNode end = atStart ? de.source() : de.target();
				DiagramNode box = folded.containsKey(end) ? end
						: end.parent() != null && folded.containsKey(end.parent()) ? end.parent() : null;
				if (box != null) {
					endsAtFolded.computeIfAbsent(box, k -> new ArrayList<>()).add(new OneLeafBoxes.LineEnd(points, atStart));
				}
			}
		}
		List<Box> leaves = new ArrayList<>();
		boxes.forEach((n, b) -> {
			if (!n.isContainer()) {
				leaves.add(b);
			}
		});
		endsAtFolded.forEach((box, lineEnds) -> OneLeafBoxes.spread(lineEnds, boxes.get(box),
				boxes.get(box.children().get(0)), folded.get(box).titleEnd(), leaves));
		Map<DiagramNode, List<List<Point>>> routesInto = new IdentityHashMap<>(); // the lines of each container
		for (int i = 0; i < graph.edges().size(); i++) {
			DiagramEdge de = graph.edges().get(i);
			List<Point> points = routes.get(i);
			if (de.source().parent() != null && folded.containsKey(de.source().parent())) {
				points.add(0, OneLeafBoxes.lead(points.get(0), boxes.get(de.source().parent()), boxes.get(de.source())));
			}
			if (de.target().parent() != null && folded.containsKey(de.target().parent())) {
				points.add(OneLeafBoxes.lead(points.get(points.size() - 1), boxes.get(de.target().parent()),
						boxes.get(de.target())));
			}
			Set<DiagramNode> around = Collections.newSetFromMap(new IdentityHashMap<>());
			for (DiagramNode end : List.of(de.source(), de.target())) {
				for (DiagramNode a = end; a != null; a = a.parent()) {
					if (a.isContainer() && around.add(a)) {
						routesInto.computeIfAbsent(a, k -> new ArrayList<>()).add(points);
					}
				}
			}
		}

		// nodes, each container's title where no line runs through it
		List<SceneNode> topLevel = new ArrayList<>();
		Map<DiagramNode, SceneNode> sceneNodes = new IdentityHashMap<>();
		for (DiagramNode n : graph.roots()) {
			topLevel.add(place(n, boxes, folded, measures, m, sceneNodes, routesInto));
		}

		List<SceneEdge> edges = new ArrayList<>();
		for (int i = 0; i < graph.edges().size(); i++) {
			DiagramEdge de = graph.edges().get(i);
			List<Point> points = routes.get(i);
			Styles.EdgeStyle st = Styles.edge(de.role(), de.colour());
			edges.add(new SceneEdge(de, sceneNodes.get(de.source()), sceneNodes.get(de.target()), points, st.colour(),
					st.width(), st.style(), st.head()));
		}

		// legend and page
		double bottom = oy + diagramHeight;
		double contentWidth = Math.max(diagramWidth, Math.max(title.width(), subtitle == null ? 0 : subtitle.width()));
		Legend legend = null;
		if (options.legend()) {
			legend = legend(graph, m, options, ox, bottom + GAP, Math.max(contentWidth, 480));
			if (legend != null) {
				bottom = legend.bounds().maxY();
				contentWidth = Math.max(contentWidth, legend.bounds().width());
			}
		}
		double width = Math.ceil(contentWidth + 2 * MARGIN);
		double height = Math.ceil(bottom + MARGIN);
		return new Scene(graph, font, width, height, Rgb.WHITE, titleBlock, subtitleBlock, note, diagram, topLevel, edges,
				legend);
	}

	/**
	 * Every text a layout of the graph may draw, for choosing a font that has all their characters before the
	 * layout: title, subtitle, the note of an empty diagram, labels and captions, legend texts, the ellipsis.
	 *
	 * @param graph   the graph; never null
	 * @param options the options (language); never null
	 * @return the texts; never null
	 */
	public static List<String> texts(DiagramGraph graph, DiagramOptions options) {
		Locale locale = options.locale();
		List<String> texts = new ArrayList<>();
		texts.add(graph.title());
		if (graph.subtitle() != null) {
			texts.add(graph.subtitle());
		}
		texts.add((graph.emptyNote() != null ? graph.emptyNote() : NOTHING).get(locale));
		texts.add(TextMeasurer.ELLIPSIS);
		for (DiagramNode n : graph.nodes()) {
			texts.add(n.label());
			if (n.caption() != null) {
				texts.add(n.caption());
			}
			texts.add(n.role().label().get(locale));
		}
		for (WorkAreaStyle a : graph.workAreas()) {
			texts.add(a.label(locale));
		}
		for (DiagramEdge e : graph.edges()) {
			texts.add(e.role().label().get(locale));
		}
		texts.add(LEGEND_AREAS.get(locale));
		texts.add(LEGEND_PARTIES.get(locale));
		texts.add(LEGEND_LINES.get(locale));
		return texts;
	}

	private static void configure(ElkNode node, DiagramOptions options, int boxes) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		node.setProperty(CoreOptions.DIRECTION, switch (options.direction()) {
		case DOWN -> Direction.DOWN;
		case UP -> Direction.UP;
		case RIGHT -> Direction.RIGHT;
		case LEFT -> Direction.LEFT;
		});
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		node.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
		node.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, options.strictModelOrder());
		node.setProperty(CoreOptions.RANDOM_SEED, 1);
		node.setProperty(LayeredOptions.THOROUGHNESS, boxes > LARGE_GRAPH ? 3 : 7);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 20.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
		node.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 32.0);
		node.setProperty(CoreOptions.SPACING_PORT_PORT, OneLeafBoxes.PORT_SPACING);
	}

	private static void run(ElkNode root) throws DiagramException {
		synchronized (REGISTRATION) {
			// outside OSGi ELK finds its algorithms through ServiceLoader; inside OSGi that may find nothing
			LayoutMetaDataService service = LayoutMetaDataService.getInstance();
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
				service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			}
		}
		try {
			new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		} catch (RuntimeException | StackOverflowError e) {
			throw new DiagramException(DiagramException.Problem.LAYOUT_FAILED,
					new LocalizedText("布局引擎 ELK 出错：" + e, "the layout engine ELK failed: " + e), e);
		}
	}

	private static void checkFinite(ElkNode root) throws DiagramException {
		for (ElkNode n : allNodes(root)) {
			if (!Double.isFinite(n.getX()) || !Double.isFinite(n.getY()) || !Double.isFinite(n.getWidth())
					|| !Double.isFinite(n.getHeight())) {
				throw new DiagramException(DiagramException.Problem.LAYOUT_FAILED, new LocalizedText(
						"布局引擎给出了无效坐标（" + n.getIdentifier() + "）",
						"the layout engine gave invalid coordinates for " + n.getIdentifier()), null);
			}
		}
	}

	private static List<ElkNode> allNodes(ElkNode root) {
		List<ElkNode> result = new ArrayList<>();
		List<ElkNode> stack = new ArrayList<>(List.of(root));
		while (!stack.isEmpty()) {
			ElkNode n = stack.remove(stack.size() - 1);
			result.add(n);
			stack.addAll(n.getChildren());
		}
		return result;
	}

	private static KVector absolute(ElkNode node) {
		KVector v = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			v.x += n.getX();
			v.y += n.getY();
		}
		return v;
	}

	private static Measure measure(DiagramNode n, TextMeasurer m, DiagramOptions options) {
		double base = options.fontSize();
		if (n.isContainer()) {
			double titleSize = base * 1.05;
			double captionSize = base * 0.75;
			Wrapped title = m.wrap(n.label(), titleSize, options.maxLabelWidth() * 1.6, 2);
			Wrapped caption = n.caption() == null ? null : m.wrap(n.caption(), captionSize, options.maxLabelWidth() * 1.6, 1);
			double header = BOX_PAD * 0.7 + (caption == null ? 0 : m.lineHeight(captionSize) + 1)
					+ Math.max(1, title.lines().size()) * m.lineHeight(titleSize) + 8;
			double width = Math.max(title.width(), caption == null ? 0 : caption.width()) + 2 * BOX_PAD;
			return new Measure(title, titleSize, caption, captionSize, width, header + BOX_PAD, header);
		}
		double titleSize = base;
		double captionSize = base * 0.8;
		Wrapped title = m.wrap(n.label(), titleSize, options.maxLabelWidth(), options.maxLabelLines());
		Wrapped caption = n.caption() == null ? null : m.wrap(n.caption(), captionSize, options.maxLabelWidth(), 1);
		double accent = Styles.node(n.role(), n.workArea()).accent() == null ? 0 : SceneNode.ACCENT_WIDTH;
		double width = Math.max(MIN_LEAF_WIDTH,
				Math.max(title.width(), caption == null ? 0 : caption.width()) + 2 * LEAF_PAD_X + accent);
		double height = 2 * LEAF_PAD_Y + (caption == null ? 0 : m.lineHeight(captionSize) + CAPTION_GAP)
				+ Math.max(1, title.lines().size()) * m.lineHeight(titleSize);
		return new Measure(title, titleSize, caption, captionSize, round(width), round(height), 0);
	}

	private static double round(double v) {
		return Math.ceil(v * 2) / 2;
	}

	/**
	 * Where a container's title and caption start: at the left, unless lines cross the header there (ELK routes
	 * the lines of a box holding several others through its header); then at the first place along the header,
	 * left to right, that no line crosses, if there is one.
	 *
	 * @param box    the container
	 * @param top    the top of the caption (or title)
	 * @param bottom the bottom of the title
	 * @param width  the width of the wider of title and caption
	 * @param routes the lines with an end inside the container
	 * @return the left of the title
	 */
	private static double titleX(Box box, double top, double bottom, double width, List<List<Point>> routes) {
		List<double[]> blocked = new ArrayList<>();
		for (List<Point> r : routes) {
			for (int i = 1; i < r.size(); i++) {
				Point a = r.get(i - 1);
				Point b = r.get(i);
				if (Math.max(a.y(), b.y()) > top && Math.min(a.y(), b.y()) < bottom && Math.max(a.x(), b.x()) > box.x()
						&& Math.min(a.x(), b.x()) < box.maxX()) {
					blocked.add(new double[] { Math.min(a.x(), b.x()) - OneLeafBoxes.TITLE_GAP, Math.max(a.x(), b.x()) + OneLeafBoxes.TITLE_GAP });
				}
			}
		}
		double left = box.x() + BOX_PAD;
		if (blocked.isEmpty()) {
			return left;
		}
		blocked.sort(java.util.Comparator.comparingDouble(i -> i[0]));
		double x = left;
		for (double[] i : blocked) {
			if (i[0] >= x + width) {
				break; // the title fits before this line
			}
			x = Math.max(x, i[1]);
		}
		return x + width <= box.maxX() - BOX_PAD + 0.5 ? x : left;
	}

	/** Puts the absolute bounds of the node and its contents into {@code into}. */
	private static void bounds(DiagramNode n, Map<DiagramNode, ElkNode> elk, Map<DiagramNode, OneLeafBoxes.Fold> folded, double ox,
			double oy, Map<DiagramNode, Box> into, Box parentBounds) {
		OneLeafBoxes.Fold fold = n.parent() == null ? null : folded.get(n.parent());
		Box bounds;
		if (fold != null) {
			Box place = fold.leaf();
			bounds = new Box(parentBounds.x() + place.x(), parentBounds.y() + place.y(), place.width(), place.height());
		} else {
			ElkNode e = elk.get(n);
			KVector abs = absolute(e);
			bounds = new Box(ox + abs.x, oy + abs.y, e.getWidth(), e.getHeight());
		}
		into.put(n, bounds);
		for (DiagramNode c : n.children()) {
			bounds(c, elk, folded, ox, oy, into, bounds);
		}
	}

	private static SceneNode place(DiagramNode n, Map<DiagramNode, Box> boxes, Map<DiagramNode, OneLeafBoxes.Fold> folded,
			Map<DiagramNode, Measure> measures, TextMeasurer m, Map<DiagramNode, SceneNode> into,
			Map<DiagramNode, List<List<Point>>> routesInto) {
		Box bounds = boxes.get(n);
		Measure size = measures.get(n);
		Styles.NodeStyle style = Styles.node(n.role(), n.workArea());
		TextBlock title;
		TextBlock caption = null;
		if (n.isContainer()) {
			// fitted to the width the container has now, within the lines reserved for it
			// (for a box laid out as one, no wider than measured: the lines beside the title were placed for that)
			double room = Math.max(20, (folded.containsKey(n) ? size.width() + 0.5 : bounds.width()) - 2 * BOX_PAD);
			double top = bounds.y() + BOX_PAD * 0.7;
			double y = top;
			Wrapped c = size.caption() == null ? null : m.wrap(n.caption(), size.captionSize(), room, 1);
			if (c != null) {
				y += m.lineHeight(size.captionSize()) + 1;
			}
			Wrapped t = m.wrap(n.label(), size.titleSize(), room, Math.max(1, size.title().lines().size()));
			double bottom = y + t.lines().size() * m.lineHeight(size.titleSize());
			double width = Math.max(t.width(), c == null ? 0 : c.width());
			double x = titleX(bounds, top, bottom, width, routesInto.getOrDefault(n, List.of()));
			if (c != null) {
				caption = block(c, size.captionSize(), style.caption(), x, top, m, false, 0);
			}
			title = block(t, size.titleSize(), style.text(), x, y, m, false, 0);
		} else {
			double accent = style.accent() == null ? 0 : SceneNode.ACCENT_WIDTH;
			double left = bounds.x() + accent;
			double inner = bounds.width() - accent;
			double contentHeight = (size.caption() == null ? 0 : m.lineHeight(size.captionSize()) + CAPTION_GAP)
					+ Math.max(1, size.title().lines().size()) * m.lineHeight(size.titleSize());
			double y = bounds.y() + (bounds.height() - contentHeight) / 2;
			if (size.caption() != null) {
				caption = block(size.caption(), size.captionSize(), style.caption(), left, y, m, true, inner);
				y += m.lineHeight(size.captionSize()) + CAPTION_GAP;
			}
			title = block(size.title(), size.titleSize(), style.text(), left, y, m, true, inner);
		}
		double strokeWidth = n.isEmphasised() ? EMPHASIS_WIDTH : 1.0;
		Rgb stroke = n.isEmphasised() && style.accent() == null ? Styles.TITLE_TEXT : style.stroke();
		List<SceneNode> children = new ArrayList<>();
		for (DiagramNode c : n.children()) {
			children.add(place(c, boxes, folded, measures, m, into, routesInto));
		}
		SceneNode sn = new SceneNode(n, bounds, title, caption, style.fill(), stroke, strokeWidth, style.border(),
				style.cornerRadius(), style.accent(), children);
		into.put(n, sn);
		return sn;
	}

	/**
	 * @param centred whether lines are centred in {@code [x, x + width]}; else left-aligned at {@code x}
	 * @param top     the top of the first line
	 */
	private static TextBlock block(Wrapped w, double size, Rgb colour, double x, double top, TextMeasurer m,
			boolean centred, double width) {
		List<TextLine> lines = new ArrayList<>();
		double lh = m.lineHeight(size);
		double baseline = top + (lh - m.ascent(size) - m.descent(size)) / 2 + m.ascent(size); // glyphs centred in the line
		for (int i = 0; i < w.lines().size(); i++) {
			double lw = w.widths().get(i);
			double lx = centred ? x + (width - lw) / 2 : x;
			lines.add(new TextLine(w.lines().get(i), lx, baseline + i * lh, lw));
		}
		return new TextBlock(lines, size, colour, w.truncated());
	}

	private static Legend legend(DiagramGraph graph, TextMeasurer m, DiagramOptions options, double x, double y,
			double maxWidth) {
		Locale locale = options.locale();
		double size = options.fontSize() * 0.85;
		double lh = m.lineHeight(size);
		double rowHeight = Math.max(lh, 14) + 6;
		record Entry(LegendItem.Swatch swatch, Rgb fill, Rgb stroke, LineStyle style, ArrowHead head, String text) {
		}
		List<List<Entry>> groups = new ArrayList<>();

		Set<WorkAreaStyle> areas = new LinkedHashSet<>(graph.workAreas());
		if (!areas.isEmpty()) {
			List<Entry> g = new ArrayList<>();
			g.add(new Entry(LegendItem.Swatch.NONE, null, null, null, null,
					LEGEND_AREAS.get(locale)));
			for (WorkAreaStyle a : areas) {
				Rgb c = Rgb.parse(a.colour());
				g.add(new Entry(LegendItem.Swatch.BOX, c, c, LineStyle.SOLID, null, a.label(locale)));
			}
			groups.add(g);
		}
		Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
		for (DiagramNode n : graph.nodes()) {
			if (n.role().isParty()) {
				roles.add(n.role());
			}
		}
		if (!roles.isEmpty()) {
			List<Entry> g = new ArrayList<>();
			g.add(new Entry(LegendItem.Swatch.NONE, null, null, null, null,
					LEGEND_PARTIES.get(locale)));
			for (NodeRole r : roles) {
				Styles.NodeStyle s = Styles.node(r, null);
				g.add(new Entry(LegendItem.Swatch.BOX, s.fill(), s.stroke(), s.border(), null, r.label().get(locale)));
			}
			groups.add(g);
		}
		Set<EdgeRole> edgeRoles = EnumSet.noneOf(EdgeRole.class);
		graph.edges().forEach(e -> edgeRoles.add(e.role()));
		if (!edgeRoles.isEmpty()) {
			List<Entry> g = new ArrayList<>();
			g.add(new Entry(LegendItem.Swatch.NONE, null, null, null, null,
					LEGEND_LINES.get(locale)));
			for (EdgeRole r : edgeRoles) {
				// lines coloured by their source (supervision: one colour per supervising department) get one entry
				// per colour naming the sources, so a reader can tell whose line it is; a work area's colour is
				// already explained by the work-area entries
				Map<String, Set<String>> sourcesByColour = new java.util.LinkedHashMap<>();
				for (DiagramEdge e : graph.edges()) {
					if (e.role() == r && e.colour() != null && e.source().workArea() == null) {
						sourcesByColour.computeIfAbsent(e.colour(), c -> new LinkedHashSet<>()).add(e.source().label());
					}
				}
				if (sourcesByColour.isEmpty()) {
					Styles.EdgeStyle s = Styles.edge(r, null);
					g.add(new Entry(LegendItem.Swatch.LINE, null, s.colour(), s.style(), s.head(), r.label().get(locale)));
				}
				sourcesByColour.forEach((colour, sources) -> {
					Styles.EdgeStyle s = Styles.edge(r, colour);
					g.add(new Entry(LegendItem.Swatch.LINE, null, s.colour(), s.style(), s.head(),
							r.label().get(locale) + (locale.getLanguage().equals("zh") ? "：" : ": ")
									+ String.join(locale.getLanguage().equals("zh") ? "、" : ", ", sources)));
				});
			}
			groups.add(g);
		}
		if (groups.isEmpty()) {
			return null;
		}
		List<LegendItem> items = new ArrayList<>();
		double innerMax = maxWidth - 2 * LEGEND_PAD;
		double rowY = y + LEGEND_PAD;
		double widest = 0;
		for (List<Entry> g : groups) {
			double cx = x + LEGEND_PAD;
			for (Entry e : g) {
				double sample = switch (e.swatch()) {
				case NONE -> 0;
				case BOX -> 16;
				case LINE -> 30;
				};
				double textMax = Math.max(40, innerMax - sample - 6);
				Wrapped t = m.wrap(e.text(), size, textMax, 1);
				double itemWidth = (sample == 0 ? 0 : sample + 6) + t.width();
				if (cx > x + LEGEND_PAD && cx + itemWidth > x + LEGEND_PAD + innerMax) {
					cx = x + LEGEND_PAD + 12; // continuation rows are indented a little
					rowY += rowHeight;
				}
				Box sampleBox = sample == 0 ? null : new Box(cx, rowY + (rowHeight - 11) / 2 - 3, sample, 11);
				double textX = cx + (sample == 0 ? 0 : sample + 6);
				TextBlock text = block(t, size, e.swatch() == LegendItem.Swatch.NONE ? Styles.MUTED_TEXT : Styles.TEXT,
						textX, rowY + (rowHeight - lh) / 2 - 3, m, false, 0);
				items.add(new LegendItem(e.swatch(), sampleBox, e.fill(), e.stroke(), e.style(), e.head(), text));
				cx += itemWidth + (e.swatch() == LegendItem.Swatch.NONE ? 8 : 16);
				widest = Math.max(widest, cx - 16 - x);
			}
			rowY += rowHeight;
		}
		double width = Math.min(maxWidth, widest + LEGEND_PAD);
		return new Legend(new Box(x, y, Math.max(width, 120), rowY - y + LEGEND_PAD - 6), items);
	}
}
