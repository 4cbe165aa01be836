package org.zeren.diagram.render;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;
import org.jfree.graphics2d.svg.SVGUtils;
import org.jfree.graphics2d.svg.ViewBox;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.scene.Scene;

/**
 * Writes a scene as SVG 1.1 (UTF-8) with JFreeSVG.
 * <p>
 * Text stays text: every line is a {@code <text>} element whose {@code font-family} lists the scene's font
 * first and then other common CJK fonts ({@link org.zeren.diagram.font.DiagramFont#cssFontFamily()}). Each node
 * and edge is a {@code <g>} with the node's or edge's id and a class ({@code node}, {@code container},
 * {@code edge}); a node's group has a {@code <title>} with its full label, which viewers show on hover. The page
 * size is given in points as width and height without unit (user units) and as a {@code viewBox}.
 * <p>
 * <b>Deterministic.</b> The same scene gives byte-identical output: JFreeSVG's prefix for {@code <defs>} ids,
 * which by default contains {@code System.nanoTime()}, is set to the fixed {@code zeren-}; there are no dates,
 * no random ids and no unordered collections in the output.
 */
public final class SvgExporter implements SceneExporter {

	/** Prefix of the ids of {@code <defs>} entries (clip paths) written by JFreeSVG. */
	public static final String DEFS_PREFIX = "zeren-";

	@Override
	public DiagramFormat format() {
		return DiagramFormat.SVG;
	}

	@Override
	public void write(Scene scene, DiagramOptions options, OutputStream out) throws IOException {
		out.write(toSvg(scene).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param scene the scene; never null
	 * @return the SVG document, with an XML declaration; never null
	 */
	public String toSvg(Scene scene) {
		int width = (int) Math.ceil(scene.width());
		int height = (int) Math.ceil(scene.height());
		SVGGraphics2D g = new SVGGraphics2D(width, height);
		g.setDefsKeyPrefix(DEFS_PREFIX);
		String families = scene.font().cssFontFamily();
		g.setFontMapper(family -> families);
		g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
		ScenePainter.paint(scene, g, new ScenePainter.Grouping() {
			@Override
			public void begin(Graphics2D graphics, String id, String kind, String title) {
				Map<String, String> attributes = new LinkedHashMap<>();
				attributes.put("id", id);
				attributes.put("class", kind);
				graphics.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
				if (title != null && !title.isEmpty()) {
					graphics.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
				}
			}

			@Override
			public void end(Graphics2D graphics) {
				graphics.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
			}
		});
		String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
		// a document title for viewers and search
		int close = svg.indexOf('>') + 1;
		StringBuilder doc = new StringBuilder(svg.length() + 200);
		doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		doc.append(svg, 0, close);
		doc.append("<title>").append(SVGUtils.escapeForXML(scene.title().text())).append("</title>");
		doc.append(svg, close, svg.length());
		doc.append('\n');
		return doc.toString();
	}
}
