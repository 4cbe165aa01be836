package org.zeren.ui.diagram.canvas;

import java.awt.font.FontRenderContext;
import java.nio.file.Files;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Transform;
import org.zeren.diagram.font.DiagramFont;

/**
 * Draws the text lines of a scene with SWT in the scene's own font, so that every line is as wide on screen as the
 * layout measured it (with Java2D) and stays inside its box.
 * <p>
 * Why not one SWT font per size: SWT font heights are whole points and are turned into pixels with the screen's
 * resolution, so a 10.2 pt caption or a zoom of 0.37 cannot be drawn at the exact size. Instead one font of
 * {@value #REFERENCE_HEIGHT} pt is created once and scaled by a transform per line; the scale comes from comparing
 * the width of a sample text in SWT with its width in Java2D at the same nominal size. The font file the layout
 * used is registered with the display first ({@link Device#loadFont}), so SWT draws with the same face.
 * <p>
 * Owns an SWT font: {@link #dispose()} it. Use on the display thread only.
 */
final class SwtText {

	/** Height in points of the one SWT font all text is drawn with (scaled per line). */
	static final int REFERENCE_HEIGHT = 48;

	private static final String SAMPLE = "安全生产责任制 Work safety 2017";

	private final DiagramFont source;
	private final Font font;
	private final double unitsPerPixel;
	private final int ascent;

	/**
	 * @param device the display; never null
	 * @param source the scene's font; never null
	 */
	SwtText(Device device, DiagramFont source) {
		this.source = source;
		if (source.file() != null && Files.isRegularFile(source.file())) {
			device.loadFont(source.file().toString()); // false when fontconfig knows it already: harmless
		}
		this.font = new Font(device, source.family(), REFERENCE_HEIGHT, SWT.NORMAL);
		Image probe = new Image(device, 1, 1);
		GC gc = new GC(probe);
		try {
			gc.setFont(font);
			int swtWidth = gc.textExtent(SAMPLE).x;
			this.ascent = gc.getFontMetrics().getAscent();
			double awtWidth = source.awtFont(REFERENCE_HEIGHT)
					.getStringBounds(SAMPLE, new FontRenderContext(null, true, true)).getWidth();
			this.unitsPerPixel = swtWidth > 0 ? awtWidth / swtWidth : 1;
		} finally {
			gc.dispose();
			probe.dispose();
		}
	}

	/** @return the scene font this draws */
	DiagramFont source() {
		return source;
	}

	/**
	 * Draws one line with its start at {@code (x, baseline)} in scene units.
	 *
	 * @param gc       the target, its font is set
	 * @param t        a scratch transform, overwritten
	 * @param zoom     pixels per scene unit
	 * @param originX  the scene x (times zoom) at the left edge of the target, in pixels
	 * @param originY  the scene y (times zoom) at the top edge of the target, in pixels
	 * @param text     the characters
	 * @param x        left end, in scene units
	 * @param baseline baseline, in scene units
	 * @param size     the font size in scene units (points)
	 */
	void draw(GC gc, Transform t, double zoom, double originX, double originY, String text, double x, double baseline,
			double size) {
		double k = zoom * unitsPerPixel * size / REFERENCE_HEIGHT;
		t.setElements((float) k, 0, 0, (float) k, (float) (zoom * x - originX), (float) (zoom * baseline - originY));
		gc.setTransform(t);
		gc.setFont(font);
		gc.drawString(text, 0, -ascent, true);
	}

	void dispose() {
		font.dispose();
	}
}
