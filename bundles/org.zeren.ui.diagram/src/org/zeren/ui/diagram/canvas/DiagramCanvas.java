package org.zeren.ui.diagram.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.zeren.diagram.scene.Box;
import org.zeren.diagram.scene.Point;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneNode;

/**
 * An SWT canvas showing one {@link Scene}: zoom (Ctrl+mouse wheel around the pointer, {@link #zoomIn()},
 * {@link #zoomOut()}, {@link #fit()}), pan (scroll bars, mouse wheel, dragging the page), a highlight around chosen
 * boxes, and clicks on boxes reported to listeners.
 * <p>
 * Units: the scene is in points; {@linkplain #getZoom() zoom} is screen pixels per point (1 = 100 %). Positions of
 * the control ({@code x, y} of mouse events) are pixels from its top-left corner. Use on the display thread only.
 */
public final class DiagramCanvas {

	/** Smallest zoom: a 5,000-duty chain still fits a window. */
	public static final double MIN_ZOOM = 0.02;
	/** Largest zoom. */
	public static final double MAX_ZOOM = 8;
	/** Factor of one zoom step (button, key or wheel notch). */
	public static final double STEP = 1.25;

	private static final int DRAG_THRESHOLD = 4;

	private final Canvas canvas;
	private final SwtScenePainter painter;
	private final List<Consumer<SceneNode>> clickListeners = new ArrayList<>();
	private final List<Runnable> viewListeners = new ArrayList<>();
	private Scene scene;
	private double zoom = 1;
	private double originX;
	private double originY;
	private List<SceneNode> highlighted = List.of();
	private int downX;
	private int downY;
	private double downOriginX;
	private double downOriginY;
	private boolean pressed;
	private boolean dragging;

	/**
	 * @param parent the composite to create the canvas in; never null
	 */
	public DiagramCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		painter = new SwtScenePainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		canvas.addListener(SWT.Resize, e -> {
			clampOrigin();
			updateScrollBars();
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseHover, this::hover);
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
			originX = canvas.getHorizontalBar().getSelection();
			viewChanged();
		});
		canvas.getVerticalBar().addListener(SWT.Selection, e -> {
			originY = canvas.getVerticalBar().getSelection();
			viewChanged();
		});
		updateScrollBars();
	}

	/** @return the SWT control; never null */
	public Canvas getControl() {
		return canvas;
	}

	/** @return the scene shown; null before the first one */
	public Scene getScene() {
		return scene;
	}

	/**
	 * Shows a scene.
	 *
	 * @param newScene the scene; null to show nothing
	 * @param keepView true to keep zoom and scroll position (the same diagram laid out again after an edit); false to
	 *                 fit the page into the window, never enlarging it beyond 100 %
	 */
	public void setScene(Scene newScene, boolean keepView) {
		this.scene = newScene;
		this.highlighted = List.of();
		if (!keepView && newScene != null) {
			double fit = fitZoom();
			zoom = Math.max(MIN_ZOOM, Math.min(1, fit));
			originX = 0;
			originY = 0;
		}
		clampOrigin();
		updateScrollBars();
		canvas.redraw();
		viewChanged();
	}

	/** @return pixels per point; 1 is 100 % */
	public double getZoom() {
		return zoom;
	}

	/**
	 * Zooms around the centre of the window.
	 *
	 * @param value pixels per point; clamped to [{@value #MIN_ZOOM}, {@value #MAX_ZOOM}]
	 */
	public void setZoom(double value) {
		Rectangle c = canvas.getClientArea();
		setZoom(value, c.width / 2, c.height / 2);
	}

	/**
	 * Zooms keeping the scene point under a pixel of the control in place.
	 *
	 * @param value   pixels per point; clamped to [{@value #MIN_ZOOM}, {@value #MAX_ZOOM}]
	 * @param anchorX pixel x in the control
	 * @param anchorY pixel y in the control
	 */
	public void setZoom(double value, int anchorX, int anchorY) {
		double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
		double sx = (anchorX + originX) / zoom;
		double sy = (anchorY + originY) / zoom;
		zoom = z;
		originX = sx * z - anchorX;
		originY = sy * z - anchorY;
		clampOrigin();
		updateScrollBars();
		canvas.redraw();
		viewChanged();
	}

	/** Zooms in by one step ({@value #STEP} times). */
	public void zoomIn() {
		setZoom(zoom * STEP);
	}

	/** Zooms out by one step. */
	public void zoomOut() {
		setZoom(zoom / STEP);
	}

	/** Zooms so that the whole page fits the window (enlarging a small one up to {@value #MAX_ZOOM}). */
	public void fit() {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, fitZoom()));
		originX = 0;
		originY = 0;
		clampOrigin();
		updateScrollBars();
		canvas.redraw();
		viewChanged();
	}

	private double fitZoom() {
		Rectangle c = canvas.getClientArea();
		if (scene == null || c.width <= 0 || c.height <= 0) {
			return 1;
		}
		return Math.min(c.width / scene.width(), c.height / scene.height());
	}

	/**
	 * @return the part of the page visible in the window, in points (page coordinates); the whole window's extent
	 *         even where it reaches beyond the page; null without a scene
	 */
	public Box visibleArea() {
		if (scene == null) {
			return null;
		}
		Rectangle c = canvas.getClientArea();
		return new Box(originX / zoom, originY / zoom, c.width / zoom, c.height / zoom);
	}

	/**
	 * @param x pixel x in the control
	 * @param y pixel y in the control
	 * @return the page point shown there, in points
	 */
	public Point toScene(int x, int y) {
		return new Point((x + originX) / zoom, (y + originY) / zoom);
	}

	/**
	 * @param p a page point, in points; never null
	 * @return the pixel of the control showing it (may lie outside the window)
	 */
	public org.eclipse.swt.graphics.Point toControl(Point p) {
		return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() * zoom - originX),
				(int) Math.round(p.y() * zoom - originY));
	}

	/**
	 * @param x pixel x in the control
	 * @param y pixel y in the control
	 * @return the innermost box at that pixel (a duty rather than the party drawn around it); null for none
	 */
	public SceneNode nodeAt(int x, int y) {
		if (scene == null) {
			return null;
		}
		Point p = toScene(x, y);
		List<SceneNode> all = scene.allNodes();
		for (int i = all.size() - 1; i >= 0; i--) { // children come after their containers
			if (all.get(i).bounds().contains(p, 0)) {
				return all.get(i);
			}
		}
		return null;
	}

	/**
	 * @param nodes the boxes to draw with a highlight outline; never null, empty for none
	 */
	public void setHighlighted(List<SceneNode> nodes) {
		this.highlighted = List.copyOf(nodes);
		canvas.redraw();
	}

	/** @return the highlighted boxes; never null */
	public List<SceneNode> getHighlighted() {
		return highlighted;
	}

	/**
	 * Scrolls the least needed so that a box is in view (its centre when it is larger than the window).
	 *
	 * @param node a box of the scene; never null
	 */
	public void reveal(SceneNode node) {
		Rectangle c = canvas.getClientArea();
		Box b = node.bounds();
		double left = b.x() * zoom;
		double top = b.y() * zoom;
		double right = b.maxX() * zoom;
		double bottom = b.maxY() * zoom;
		double margin = 20;
		if (right - left + 2 * margin > c.width) {
			originX = (left + right) / 2 - c.width / 2.0;
		} else if (left - margin < originX) {
			originX = left - margin;
		} else if (right + margin > originX + c.width) {
			originX = right + margin - c.width;
		}
		if (bottom - top + 2 * margin > c.height) {
			originY = (top + bottom) / 2 - c.height / 2.0;
		} else if (top - margin < originY) {
			originY = top - margin;
		} else if (bottom + margin > originY + c.height) {
			originY = bottom + margin - c.height;
		}
		clampOrigin();
		updateScrollBars();
		canvas.redraw();
		viewChanged();
	}

	/**
	 * Pans by a number of pixels.
	 *
	 * @param dx pixels to the right
	 * @param dy pixels down
	 */
	public void scrollBy(int dx, int dy) {
		originX += dx;
		originY += dy;
		clampOrigin();
		updateScrollBars();
		canvas.redraw();
		viewChanged();
	}

	/** @param listener told, on the display thread, of the box the user clicked (null for the empty page) */
	public void addClickListener(Consumer<SceneNode> listener) {
		clickListeners.add(listener);
	}

	/** @param listener told when zoom or scroll position change */
	public void addViewListener(Runnable listener) {
		viewListeners.add(listener);
	}

	/**
	 * Paints the window's content into an image, exactly as the screen shows it.
	 *
	 * @return the pixels of the client area; never null
	 */
	public ImageData snapshot() {
		Rectangle c = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), Math.max(1, c.width), Math.max(1, c.height));
		GC gc = new GC(image);
		try {
			paint(gc, new Rectangle(0, 0, c.width, c.height));
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	private void paint(GC gc, Rectangle dirty) {
		if (scene == null) {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(dirty);
			return;
		}
		painter.paint(gc, scene, zoom, originX, originY, dirty, highlighted);
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			setZoom(e.count > 0 ? zoom * STEP : zoom / STEP, e.x, e.y);
			e.doit = false;
		} else {
			int step = 3 * Math.max(1, Math.abs(e.count)) * 12;
			if ((e.stateMask & SWT.SHIFT) != 0) {
				scrollBy(e.count > 0 ? -step : step, 0);
			} else {
				scrollBy(0, e.count > 0 ? -step : step);
			}
			e.doit = false;
		}
	}

	/** The full label of the box under the pointer as a tooltip: long labels are cut short with … in the box. */
	private void hover(Event e) {
		SceneNode n = nodeAt(e.x, e.y);
		String tip = n == null ? null
				: n.source().caption() == null ? n.source().label() : n.source().caption() + "\n" + n.source().label();
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	/** Ctrl+= or Ctrl++ zooms in, Ctrl+- zooms out, Ctrl+0 fits; arrow keys pan. */
	private void key(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			switch (e.character) {
			case '=', '+' -> zoomIn();
			case '-' -> zoomOut();
			case '0' -> fit();
			default -> {
				return;
			}
			}
			e.doit = false;
			return;
		}
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> scrollBy(-40, 0);
		case SWT.ARROW_RIGHT -> scrollBy(40, 0);
		case SWT.ARROW_UP -> scrollBy(0, -40);
		case SWT.ARROW_DOWN -> scrollBy(0, 40);
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	private void mouseDown(Event e) {
		if (e.button != 1 && e.button != 2) {
			return;
		}
		pressed = true;
		dragging = false;
		downX = e.x;
		downY = e.y;
		downOriginX = originX;
		downOriginY = originY;
		canvas.setFocus();
	}

	private void mouseMove(Event e) {
		if (!pressed) {
			return;
		}
		if (!dragging && Math.abs(e.x - downX) + Math.abs(e.y - downY) >= DRAG_THRESHOLD) {
			dragging = true;
			canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
		}
		if (dragging) {
			originX = downOriginX - (e.x - downX);
			originY = downOriginY - (e.y - downY);
			clampOrigin();
			updateScrollBars();
			canvas.redraw();
			viewChanged();
		}
	}

	private void mouseUp(Event e) {
		if (!pressed) {
			return;
		}
		pressed = false;
		if (dragging) {
			dragging = false;
			canvas.setCursor(null);
			return;
		}
		if (e.button == 1) {
			SceneNode hit = nodeAt(e.x, e.y);
			for (Consumer<SceneNode> l : List.copyOf(clickListeners)) {
				l.accept(hit);
			}
		}
	}

	private void clampOrigin() {
		if (scene == null) {
			originX = 0;
			originY = 0;
			return;
		}
		Rectangle c = canvas.getClientArea();
		double maxX = Math.max(0, scene.width() * zoom - c.width);
		double maxY = Math.max(0, scene.height() * zoom - c.height);
		originX = Math.max(0, Math.min(maxX, originX));
		originY = Math.max(0, Math.min(maxY, originY));
	}

	private void updateScrollBars() {
		Rectangle c = canvas.getClientArea();
		update(canvas.getHorizontalBar(), scene == null ? 0 : scene.width() * zoom, c.width, originX);
		update(canvas.getVerticalBar(), scene == null ? 0 : scene.height() * zoom, c.height, originY);
	}

	private static void update(ScrollBar bar, double content, int window, double origin) {
		if (bar == null) {
			return;
		}
		int max = (int) Math.ceil(content);
		if (max <= window) {
			bar.setValues(0, 0, Math.max(1, window), Math.max(1, window), 1, Math.max(1, window));
			bar.setEnabled(false);
		} else {
			bar.setEnabled(true);
			bar.setValues((int) Math.round(origin), 0, max, Math.max(1, window), 24, Math.max(1, window - 24));
		}
	}

	private void viewChanged() {
		for (Runnable r : List.copyOf(viewListeners)) {
			r.run();
		}
	}
}
