package org.zeren.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.zeren.diagram.layout.Styles;
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

/**
 * Draws a scene on a {@link Graphics2D} in scene units (points; apply a scale first for pixels). Order: page
 * background; container boxes (outer before inner); edges; container titles, each line on a patch of its
 * container's colour so that lines crossing the title band do not run through the letters; leaves with their
 * texts; title, subtitle and note; legend. Text is drawn with {@code drawString} in the scene's font, so drawing targets that
 * keep text (SVG, PDF) keep it.
 */
public final class ScenePainter {

	/** Marks the start and end of the drawing of one scene element, e.g. as SVG groups. */
	public interface Grouping {
		/**
		 * @param g     the graphics drawn on
		 * @param id    the element id (a node or edge id, or {@code title}, {@code legend})
		 * @param kind  a class name: {@code node}, {@code container}, {@code edge}, {@code title}, {@code legend}
		 * @param title a description of the element (its full label); null for none
		 */
		void begin(Graphics2D g, String id, String kind, String title);

		/** @param g the graphics drawn on */
		void end(Graphics2D g);
	}

	private static final Grouping NO_GROUPING = new Grouping() {
		@Override
		public void begin(Graphics2D g, String id, String kind, String title) {
		}

		@Override
		public void end(Graphics2D g) {
		}
	};

	private ScenePainter() {
	}

	/**
	 * @param scene the scene; never null
	 * @param g     the target, in scene units; its state (colour, stroke, font) is changed
	 */
	public static void paint(Scene scene, Graphics2D g) {
		paint(scene, g, NO_GROUPING);
	}

	/**
	 * @param scene    the scene; never null
	 * @param g        the target, in scene units; its state (colour, stroke, font) is changed
	 * @param grouping called around each node, edge, the title and the legend; never null
	 */
	public static void paint(Scene scene, Graphics2D g, Grouping grouping) {
		g.setColor(color(scene.background()));
		g.fill(new Rectangle2D.Double(0, 0, scene.width(), scene.height()));
		List<SceneNode> nodes = scene.allNodes();
		for (SceneNode n : nodes) {
			if (n.isContainer()) {
				grouping.begin(g, n.id(), "container", n.source().label());
				drawBox(g, n);
				grouping.end(g);
			}
		}
		for (SceneEdge e : scene.edges()) {
			grouping.begin(g, e.id(), "edge", null);
			drawEdge(g, e);
			grouping.end(g);
		}
		// container titles over the lines that cross the title band, on a patch of the container's colour
		for (SceneNode n : nodes) {
			if (n.isContainer()) {
				grouping.begin(g, n.id() + ".title", "container-title", null);
				drawBacked(scene, g, n.caption(), n.fill());
				drawBacked(scene, g, n.title(), n.fill());
				grouping.end(g);
			}
		}
		for (SceneNode n : nodes) {
			if (!n.isContainer()) {
				grouping.begin(g, n.id(), "node", n.source().label());
				drawBox(g, n);
				if (n.caption() != null) {
					drawText(scene, g, n.caption());
				}
				drawText(scene, g, n.title());
				grouping.end(g);
			}
		}
		grouping.begin(g, "title", "title", null);
		drawText(scene, g, scene.title());
		if (scene.subtitle() != null) {
			drawText(scene, g, scene.subtitle());
		}
		if (scene.note() != null) {
			drawText(scene, g, scene.note());
		}
		grouping.end(g);
		if (scene.legend() != null) {
			grouping.begin(g, "legend", "legend", null);
			drawLegend(scene, g, scene.legend());
			grouping.end(g);
		}
	}

	private static void drawBox(Graphics2D g, SceneNode n) {
		Box b = n.bounds();
		Shape shape = n.cornerRadius() > 0
				? new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * n.cornerRadius(), 2 * n.cornerRadius())
				: new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
		g.setColor(color(n.fill()));
		g.fill(shape);
		if (n.accent() != null) {
			Area bar = new Area(shape);
			bar.intersect(new Area(new Rectangle2D.Double(b.x(), b.y(), SceneNode.ACCENT_WIDTH, b.height())));
			g.setColor(color(n.accent()));
			g.fill(bar);
		}
		g.setColor(color(n.stroke()));
		g.setStroke(stroke(n.strokeWidth(), n.border()));
		g.draw(shape);
	}

	/** Draws text on a patch of the background colour, so that lines under it do not run through the letters. */
	private static void drawBacked(Scene scene, Graphics2D g, TextBlock block, Rgb background) {
		if (block == null) {
			return;
		}
		g.setColor(color(background));
		double ascent = block.size() * 0.9;
		for (TextLine line : block.lines()) {
			if (!line.text().isEmpty()) {
				g.fill(new Rectangle2D.Double(line.x() - 2, line.baseline() - ascent, line.width() + 4, block.size() * 1.15));
			}
		}
		drawText(scene, g, block);
	}

	private static void drawEdge(Graphics2D g, SceneEdge e) {
		List<Point> points = e.points();
		Point lineEnd = e.lineEnd();
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size() - 1; i++) {
			path.lineTo(points.get(i).x(), points.get(i).y());
		}
		path.lineTo(lineEnd.x(), lineEnd.y());
		g.setColor(color(e.colour()));
		g.setStroke(stroke(e.width(), e.style()));
		g.draw(path);
		drawHead(g, e.head(), e.arrowHead(), e.colour());
	}

	private static void drawHead(Graphics2D g, ArrowHead head, List<Point> corners, Rgb colour) {
		if (corners.isEmpty()) {
			return;
		}
		Path2D.Double triangle = new Path2D.Double();
		triangle.moveTo(corners.get(0).x(), corners.get(0).y());
		triangle.lineTo(corners.get(1).x(), corners.get(1).y());
		triangle.lineTo(corners.get(2).x(), corners.get(2).y());
		triangle.closePath();
		if (head == ArrowHead.FILLED) {
			g.setColor(color(colour));
			g.fill(triangle);
		} else {
			g.setColor(Color.WHITE);
			g.fill(triangle);
			g.setColor(color(colour));
			g.setStroke(stroke(1, LineStyle.SOLID));
			g.draw(triangle);
		}
	}

	private static void drawLegend(Scene scene, Graphics2D g, Legend legend) {
		Box b = legend.bounds();
		RoundRectangle2D.Double frame = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 10, 10);
		g.setColor(color(Styles.LEGEND_FILL));
		g.fill(frame);
		g.setColor(color(Styles.LEGEND_STROKE));
		g.setStroke(stroke(0.8, LineStyle.SOLID));
		g.draw(frame);
		for (LegendItem item : legend.items()) {
			Box s = item.sample();
			if (item.swatch() == LegendItem.Swatch.BOX) {
				RoundRectangle2D.Double box = new RoundRectangle2D.Double(s.x(), s.y(), s.width(), s.height(), 5, 5);
				g.setColor(color(item.fill()));
				g.fill(box);
				g.setColor(color(item.stroke()));
				g.setStroke(stroke(1, item.lineStyle()));
				g.draw(box);
			} else if (item.swatch() == LegendItem.Swatch.LINE) {
				double y = s.y() + s.height() / 2;
				boolean head = item.head() != null && item.head() != ArrowHead.NONE;
				g.setColor(color(item.stroke()));
				g.setStroke(stroke(1.2, item.lineStyle()));
				g.draw(new Line2D.Double(s.x(), y, s.maxX() - (head ? ArrowHead.LENGTH * 0.7 : 0), y));
				if (head) {
					drawHead(g, item.head(), item.head().corners(new Point(s.maxX(), y), 1, 0), item.stroke());
				}
			}
			drawText(scene, g, item.text());
		}
	}

	private static void drawText(Scene scene, Graphics2D g, TextBlock block) {
		if (block.lines().isEmpty()) {
			return;
		}
		g.setFont(scene.font().awtFont(block.size()));
		g.setColor(color(block.colour()));
		for (TextLine line : block.lines()) {
			if (!line.text().isEmpty()) {
				g.drawString(line.text(), (float) line.x(), (float) line.baseline());
			}
		}
	}

	private static BasicStroke stroke(double width, LineStyle style) {
		float[] dash = style.dashPattern();
		return dash == null ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
				: new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
	}

	private static Color color(Rgb rgb) {
		return new Color(rgb.value());
	}
}
