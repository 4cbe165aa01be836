package org.zeren.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.graph.DiagramEdge;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.layout.Styles;
import org.zeren.diagram.layout.TextMeasurer;
import org.zeren.diagram.scene.ArrowHead;
import org.zeren.diagram.scene.LineStyle;
import org.zeren.diagram.scene.Scene;

/**
 * Writes a diagram graph as Graphviz DOT (UTF-8), for other tools and for comparison with Graphviz.
 * <p>
 * The graph is written as it is, without Zeren's layout: leaves become {@code box} nodes, containers become
 * clusters ({@code subgraph cluster_<id>}) with their title as label, and edges keep their colours and styles.
 * A line to or from a container is drawn to its first leaf with {@code lhead}/{@code ltail} (and
 * {@code compound=true}), as DOT requires. Labels are caption and label, wrapped like Zeren wraps them but
 * measured without a font (see {@link TextMeasurer#approximate()}), lines joined with {@code \n}. Every id and
 * label is a double-quoted string in which {@code \} and {@code "} are escaped, so no label can change the
 * graph. {@code rankdir} follows the direction option. Same graph and options, same bytes.
 */
public final class DotExporter implements SceneExporter {

	@Override
	public DiagramFormat format() {
		return DiagramFormat.DOT;
	}

	/** Writes {@link Scene#graph()}; the scene's layout is not used. */
	@Override
	public void write(Scene scene, DiagramOptions options, OutputStream out) throws IOException {
		write(scene.graph(), options, out);
	}

	/**
	 * @param graph   the graph; never null
	 * @param options wrap width, label lines, font size, direction; never null
	 * @param out     where to write UTF-8 text; not closed
	 * @throws IOException when writing fails
	 */
	public void write(DiagramGraph graph, DiagramOptions options, OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(new NonClosingStream(out), StandardCharsets.UTF_8);
		w.write(toDot(graph, options));
		w.flush();
	}

	/**
	 * @param graph   the graph; never null
	 * @param options wrap width, label lines, font size, direction; never null
	 * @return the DOT text; never null
	 */
	public String toDot(DiagramGraph graph, DiagramOptions options) {
		TextMeasurer m = TextMeasurer.approximate();
		String font = quote(String.join(",", List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "sans-serif")));
		StringBuilder b = new StringBuilder();
		b.append("digraph ").append(quote("zeren")).append(" {\n");
		String title = graph.title() + (graph.subtitle() == null ? "" : "\n" + graph.subtitle());
		b.append("  graph [charset=\"UTF-8\", compound=true, rankdir=").append(switch (options.direction()) {
		case DOWN -> "TB";
		case UP -> "BT";
		case RIGHT -> "LR";
		case LEFT -> "RL";
		}).append(", fontname=").append(font).append(", fontsize=").append(number(options.fontSize() * 1.5))
				.append(", labelloc=t, labeljust=l, label=").append(quote(title))
				.append(", nodesep=0.3, ranksep=0.5];\n");
		b.append("  node [shape=box, style=\"rounded,filled\", fontname=").append(font).append(", fontsize=")
				.append(number(options.fontSize())).append(", margin=\"0.14,0.06\"];\n");
		b.append("  edge [fontname=").append(font).append("];\n");
		for (DiagramNode n : graph.roots()) {
			node(b, n, m, options, "  ");
		}
		for (DiagramEdge e : graph.edges()) {
			DiagramNode from = leaf(e.source());
			DiagramNode to = leaf(e.target());
			Styles.EdgeStyle s = Styles.edge(e.role(), e.colour());
			b.append("  ").append(quote(from.id())).append(" -> ").append(quote(to.id())).append(" [id=")
					.append(quote(e.id())).append(", color=").append(quote(s.colour().hex())).append(", penwidth=")
					.append(number(s.width())).append(", style=").append(s.style() == LineStyle.SOLID ? "solid"
							: s.style() == LineStyle.DASHED ? "dashed" : "dotted")
					.append(", arrowhead=").append(s.head() == ArrowHead.NONE ? "none"
							: s.head() == ArrowHead.OPEN ? "empty" : "normal");
			if (e.source().isContainer()) {
				b.append(", ltail=").append(quote("cluster_" + e.source().id()));
			}
			if (e.target().isContainer()) {
				b.append(", lhead=").append(quote("cluster_" + e.target().id()));
			}
			b.append("];\n");
		}
		b.append("}\n");
		return b.toString();
	}

	private static void node(StringBuilder b, DiagramNode n, TextMeasurer m, DiagramOptions options, String indent) {
		Styles.NodeStyle style = Styles.node(n.role(), n.workArea());
		String label = label(n, m, options);
		if (n.isContainer()) {
			b.append(indent).append("subgraph ").append(quote("cluster_" + n.id())).append(" {\n");
			b.append(indent).append("  label=").append(quote(label)).append("; labeljust=l; style=\"rounded,filled\"; ")
					.append("fillcolor=").append(quote(style.fill().hex())).append("; color=")
					.append(quote(style.stroke().hex())).append(";\n");
			for (DiagramNode c : n.children()) {
				node(b, c, m, options, indent + "  ");
			}
			b.append(indent).append("}\n");
		} else {
			b.append(indent).append(quote(n.id())).append(" [label=").append(quote(label)).append(", fillcolor=")
					.append(quote(style.fill().hex())).append(", color=")
					.append(quote((style.accent() != null ? style.accent() : style.stroke()).hex())).append(", fontcolor=")
					.append(quote(style.text().hex()));
			if (n.isEmphasised()) {
				b.append(", penwidth=2.5");
			}
			b.append("];\n");
		}
	}

	private static String label(DiagramNode n, TextMeasurer m, DiagramOptions options) {
		double size = options.fontSize();
		double width = n.isContainer() ? options.maxLabelWidth() * 1.6 : options.maxLabelWidth();
		int lines = n.isContainer() ? 2 : options.maxLabelLines();
		StringBuilder b = new StringBuilder();
		if (n.caption() != null) {
			b.append(String.join("\n", m.wrap(n.caption(), size * 0.8, width, 1).lines())).append('\n');
		}
		b.append(String.join("\n", m.wrap(n.label(), size, width, lines).lines()));
		return b.toString();
	}

	/** @return the first leaf inside a container (pre-order), or the node itself when it is a leaf */
	private static DiagramNode leaf(DiagramNode n) {
		DiagramNode l = n;
		while (l.isContainer()) {
			l = l.children().get(0);
		}
		return l;
	}

	/**
	 * @param text any text
	 * @return a DOT double-quoted string: {@code \} and {@code "} escaped, line breaks as {@code \n}
	 */
	static String quote(String text) {
		StringBuilder b = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> b.append("\\\\");
			case '"' -> b.append("\\\"");
			case '\n' -> b.append("\\n");
			case '\r' -> {
				// dropped: \n already breaks the line
			}
			default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
	}
}
