package org.zeren.ui.diagram.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
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
 * Draws a {@link Scene} on an SWT {@link GC}, antialiased, in the same order and with the same shapes as the
 * exporters' Java2D painter ({@code org.zeren.diagram.render.ScenePainter}): page, containers, edges with their
 * arrow heads, container titles on a patch of their colour, leaves with their texts, title, legend. Only what
 * intersects the area being repainted is drawn, so a diagram of thousands of boxes scrolls smoothly.
 * <p>
 * Coordinates: a scene point {@code (x, y)} is drawn at pixel {@code (x * zoom - originX, y * zoom - originY)}.
 * Owns SWT resources (a font and a transform): {@link #dispose()} it. Use on the display thread only.
 */
public final class SwtScenePainter {

	/** Colour of the outline around highlighted boxes (the selection). */
	public static final Rgb HIGHLIGHT = Rgb.parse("#FF6F00");

	private final Device device;
	private final Map<Integer, Color> colours = new HashMap<>();
	private SwtText text;

	/** @param device the display drawn on; never null */
	public SwtScenePainter(Device device) {
		this.device = device;
	}

	/**
	 * Paints a part of a scene.
	 *
	 * @param gc          the target; its state is changed
	 * @param scene       the scene; never null
	 * @param zoom        pixels per scene unit (point), positive
	 * @param originX     scene x times zoom at the left edge of the target, in pixels
	 * @param originY     scene y times zoom at the top edge of the target, in pixels
	 * @param dirty       the pixels to repaint, in target coordinates
	 * @param highlighted boxes to draw with a highlight outline; never null, may be empty
	 */
	public void paint(GC gc, Scene scene, double zoom, double originX, double originY,
			org.eclipse.swt.graphics.Rectangle dirty, List<SceneNode> highlighted) {
		if (text == null || text.source() != scene.font()) {
			if (text != null) {
				text.dispose();
			}
			text = new SwtText(device, scene.font());
		}
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		// the window outside the page
		gc.setBackground(device.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(dirty);
		Box view = new Box((dirty.x + originX) / zoom, (dirty.y + originY) / zoom, Math.max(0, dirty.width / zoom),
				Math.max(0, dirty.height / zoom));
		Transform base = new Transform(device, (float) zoom, 0, 0, (float) zoom, (float) -originX, (float) -originY);
		Transform scratch = new Transform(device);
		try {
			gc.setTransform(base);
			fill(gc, new Box(0, 0, scene.width(), scene.height()), 0, scene.background());
			List<SceneNode> nodes = scene.allNodes();
			for (SceneNode n : nodes) {
				if (n.isContainer() && visible(n.bounds(), view)) {
					drawBox(gc, n);
				}
			}
			for (SceneEdge e : scene.edges()) {
				if (visible(bounds(e.points()), view)) {
					drawEdge(gc, e);
				}
			}
			for (SceneNode n : nodes) {
				if (n.isContainer() && visible(n.bounds(), view)) {
					drawBacked(gc, scratch, base, zoom, originX, originY, n.caption(), n.fill());
					drawBacked(gc, scratch, base, zoom, originX, originY, n.title(), n.fill());
				}
			}
			for (SceneNode n : nodes) {
				if (!n.isContainer() && visible(n.bounds(), view)) {
					gc.setTransform(base);
					drawBox(gc, n);
					drawText(gc, scratch, zoom, originX, originY, n.caption());
					drawText(gc, scratch, zoom, originX, originY, n.title());
				}
			}
			drawText(gc, scratch, zoom, originX, originY, scene.title());
			drawText(gc, scratch, zoom, originX, originY, scene.subtitle());
			drawText(gc, scratch, zoom, originX, originY, scene.note());
			if (scene.legend() != null && visible(scene.legend().bounds(), view)) {
				drawLegend(gc, scratch, base, zoom, originX, originY, scene.legend());
			}
			gc.setTransform(base);
			for (SceneNode n : highlighted) {
				drawHighlight(gc, n, zoom);
			}
		} finally {
			gc.setTransform(null);
			base.dispose();
			scratch.dispose();
		}
	}

	/** Frees the font and colours. */
	public void dispose() {
		if (text != null) {
			text.dispose();
			text = null;
		}
		colours.clear(); // SWT colours made from RGB values hold no OS resource
	}

	private static boolean visible(Box b, Box view) {
		return b.x() <= view.maxX() && b.maxX() >= view.x() && b.y() <= view.maxY() && b.maxY() >= view.y();
	}

	private static Box bounds(List<Point> points) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (Point p : points) {
			minX = Math.min(minX, p.x());
			minY = Math.min(minY, p.y());
			maxX = Math.max(maxX, p.x());
			maxY = Math.max(maxY, p.y());
		}
		double slack = ArrowHead.LENGTH;
		return new Box(minX - slack, minY - slack, maxX - minX + 2 * slack, maxY - minY + 2 * slack);
	}

	private Color colour(Rgb rgb) {
		return colours.computeIfAbsent(rgb.value(), v -> new Color(device, rgb.red(), rgb.green(), rgb.blue()));
	}

	private void fill(GC gc, Box b, double radius, Rgb colour) {
		Path p = roundRect(b, radius);
		try {
			gc.setBackground(colour(colour));
			gc.fillPath(p);
		} finally {
			p.dispose();
		}
	}

	private void drawBox(GC gc, SceneNode n) {
		Box b = n.bounds();
		Path shape = roundRect(b, n.cornerRadius());
		try {
			gc.setBackground(colour(n.fill()));
			gc.fillPath(shape);
			if (n.accent() != null) {
				Path bar = leftBar(b, n.cornerRadius(), SceneNode.ACCENT_WIDTH);
				gc.setBackground(colour(n.accent()));
				gc.fillPath(bar);
				bar.dispose();
			}
			gc.setForeground(colour(n.stroke()));
			gc.setLineAttributes(line(n.strokeWidth(), n.border()));
			gc.drawPath(shape);
		} finally {
			shape.dispose();
		}
	}

	private void drawHighlight(GC gc, SceneNode n, double zoom) {
		Box b = n.bounds();
		double pad = 3 / zoom;
		Path shape = roundRect(new Box(b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad),
				n.cornerRadius() + pad);
		try {
			gc.setAlpha(48);
			gc.setBackground(colour(HIGHLIGHT));
			gc.fillPath(shape);
			gc.setAlpha(255);
			gc.setForeground(colour(HIGHLIGHT));
			gc.setLineAttributes(new LineAttributes((float) (3 / zoom), SWT.CAP_FLAT, SWT.JOIN_ROUND));
			gc.drawPath(shape);
		} finally {
			shape.dispose();
		}
	}

	private void drawEdge(GC gc, SceneEdge e) {
		List<Point> points = e.points();
		Point lineEnd = e.lineEnd(); // as in the exporters: the line stops inside the arrow head
		Path path = new Path(device);
		try {
			path.moveTo((float) points.get(0).x(), (float) points.get(0).y());
			for (int i = 1; i < points.size() - 1; i++) {
				path.lineTo((float) points.get(i).x(), (float) points.get(i).y());
			}
			path.lineTo((float) lineEnd.x(), (float) lineEnd.y());
			gc.setForeground(colour(e.colour()));
			gc.setLineAttributes(line(e.width(), e.style()));
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		drawHead(gc, e.head(), e.arrowHead(), e.colour());
	}

	private void drawHead(GC gc, ArrowHead head, List<Point> corners, Rgb colour) {
		if (corners.isEmpty()) {
			return;
		}
		Path triangle = new Path(device);
		try {
			triangle.moveTo((float) corners.get(0).x(), (float) corners.get(0).y());
			triangle.lineTo((float) corners.get(1).x(), (float) corners.get(1).y());
			triangle.lineTo((float) corners.get(2).x(), (float) corners.get(2).y());
			triangle.close();
			if (head == ArrowHead.FILLED) {
				gc.setBackground(colour(colour));
				gc.fillPath(triangle);
			} else {
				gc.setBackground(colour(Rgb.WHITE));
				gc.fillPath(triangle);
				gc.setForeground(colour(colour));
				gc.setLineAttributes(line(1, LineStyle.SOLID));
				gc.drawPath(triangle);
			}
		} finally {
			triangle.dispose();
		}
	}

	private void drawLegend(GC gc, Transform scratch, Transform base, double zoom, double ox, double oy, Legend legend) {
		gc.setTransform(base);
		Box b = legend.bounds();
		Path frame = roundRect(b, 5);
		try {
			gc.setBackground(colour(Styles.LEGEND_FILL));
			gc.fillPath(frame);
			gc.setForeground(colour(Styles.LEGEND_STROKE));
			gc.setLineAttributes(line(0.8, LineStyle.SOLID));
			gc.drawPath(frame);
		} finally {
			frame.dispose();
		}
		for (LegendItem item : legend.items()) {
			gc.setTransform(base);
			Box s = item.sample();
			if (item.swatch() == LegendItem.Swatch.BOX) {
				Path box = roundRect(s, 2.5);
				try {
					gc.setBackground(colour(item.fill()));
					gc.fillPath(box);
					gc.setForeground(colour(item.stroke()));
					gc.setLineAttributes(line(1, item.lineStyle()));
					gc.drawPath(box);
				} finally {
					box.dispose();
				}
			} else if (item.swatch() == LegendItem.Swatch.LINE) {
				double y = s.y() + s.height() / 2;
				boolean head = item.head() != null && item.head() != ArrowHead.NONE;
				Path l = new Path(device);
				try {
					l.moveTo((float) s.x(), (float) y);
					l.lineTo((float) (s.maxX() - (head ? ArrowHead.LENGTH * 0.7 : 0)), (float) y);
					gc.setForeground(colour(item.stroke()));
					gc.setLineAttributes(line(1.2, item.lineStyle()));
					gc.drawPath(l);
				} finally {
					l.dispose();
				}
				if (head) {
					drawHead(gc, item.head(), item.head().corners(new Point(s.maxX(), y), 1, 0), item.stroke());
				}
			}
			drawText(gc, scratch, zoom, ox, oy, item.text());
		}
	}

	/** Text on a patch of the container's colour, so that lines crossing a container's title band stay behind it. */
	private void drawBacked(GC gc, Transform scratch, Transform base, double zoom, double ox, double oy,
			TextBlock block, Rgb background) {
		if (block == null) {
			return;
		}
		gc.setTransform(base);
		double ascent = block.size() * 0.9;
		for (TextLine l : block.lines()) {
			if (!l.text().isEmpty()) {
				fill(gc, new Box(l.x() - 2, l.baseline() - ascent, l.width() + 4, block.size() * 1.15), 0, background);
			}
		}
		drawText(gc, scratch, zoom, ox, oy, block);
	}

	private void drawText(GC gc, Transform scratch, double zoom, double ox, double oy, TextBlock block) {
		if (block == null || block.lines().isEmpty()) {
			return;
		}
		gc.setForeground(colour(block.colour()));
		for (TextLine l : block.lines()) {
			if (!l.text().isEmpty()) {
				text.draw(gc, scratch, zoom, ox, oy, l.text(), l.x(), l.baseline(), block.size());
			}
		}
	}

	private Path roundRect(Box b, double radius) {
		Path p = new Path(device);
		float x = (float) b.x(), y = (float) b.y(), w = (float) b.width(), h = (float) b.height();
		float r = (float) Math.min(radius, Math.min(b.width(), b.height()) / 2);
		if (r <= 0) {
			p.addRectangle(x, y, w, h);
			return p;
		}
		float d = 2 * r;
		p.moveTo(x + r, y);
		p.lineTo(x + w - r, y);
		p.addArc(x + w - d, y, d, d, 90, -90);
		p.lineTo(x + w, y + h - r);
		p.addArc(x + w - d, y + h - d, d, d, 0, -90);
		p.lineTo(x + r, y + h);
		p.addArc(x, y + h - d, d, d, 270, -90);
		p.lineTo(x, y + r);
		p.addArc(x, y, d, d, 180, -90);
		p.close();
		return p;
	}

	/** The part of a rounded box left of {@code x + width}: the accent bar, following the rounded corners. */
	private Path leftBar(Box b, double radius, double width) {
		double r = Math.min(radius, Math.min(b.width(), b.height()) / 2);
		double w = Math.min(width, b.width());
		Path p = new Path(device);
		int steps = 8;
		// top edge from right to left, then bottom edge from left to right
		for (int i = 0; i <= steps; i++) {
			double px = b.x() + w - w * i / steps;
			double inset = cornerInset(px - b.x(), r);
			if (i == 0) {
				p.moveTo((float) px, (float) (b.y() + inset));
			} else {
				p.lineTo((float) px, (float) (b.y() + inset));
			}
		}
		for (int i = 0; i <= steps; i++) {
			double px = b.x() + w * i / steps;
			p.lineTo((float) px, (float) (b.maxY() - cornerInset(px - b.x(), r)));
		}
		p.close();
		return p;
	}

	/** How far a rounded corner of radius r lies inside the box at distance dx from the box's left side. */
	private static double cornerInset(double dx, double r) {
		if (r <= 0 || dx >= r) {
			return 0;
		}
		double c = r - dx;
		return r - Math.sqrt(Math.max(0, r * r - c * c));
	}

	private static LineAttributes line(double width, LineStyle style) {
		float[] dash = style.dashPattern();
		return new LineAttributes((float) width, SWT.CAP_FLAT, SWT.JOIN_ROUND, dash == null ? SWT.LINE_SOLID
				: SWT.LINE_CUSTOM, dash, 0, 10);
	}
}
