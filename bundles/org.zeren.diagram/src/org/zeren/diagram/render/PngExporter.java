package org.zeren.diagram.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.zeren.core.spi.LocalizedText;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.scene.Scene;

/**
 * Writes a scene as PNG: drawn with Java2D into an RGB image of {@code ceil(width * scale)} by
 * {@code ceil(height * scale)} pixels ({@link DiagramOptions#pngScale()}), antialiased (shapes and text, greyscale
 * text antialiasing, fractional metrics, pure stroke control), with the resolution in the file ({@code pHYs},
 * {@code 72 * scale} dpi) so that it prints at the diagram's size. Works headless.
 */
public final class PngExporter implements SceneExporter {

	@Override
	public DiagramFormat format() {
		return DiagramFormat.PNG;
	}

	@Override
	public void write(Scene scene, DiagramOptions options, OutputStream out) throws IOException, DiagramException {
		BufferedImage image = render(scene, options.pngScale(), options.maxPngPixels());
		ImageWriter writer = null;
		for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png"); it.hasNext() && writer == null;) {
			writer = it.next();
		}
		if (writer == null) {
			throw new IOException("this Java runtime has no PNG writer (javax.imageio)");
		}
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
			String format = "javax_imageio_png_1.0";
			IIOMetadataNode root = new IIOMetadataNode(format);
			IIOMetadataNode phys = new IIOMetadataNode("pHYs");
			String perMetre = Long.toString(Math.round(options.pngDpi() / 0.0254));
			phys.setAttribute("pixelsPerUnitXAxis", perMetre);
			phys.setAttribute("pixelsPerUnitYAxis", perMetre);
			phys.setAttribute("unitSpecifier", "meter");
			root.appendChild(phys);
			metadata.mergeTree(format, root);
			try (ImageOutputStream ios = new MemoryCacheImageOutputStream(new NonClosingStream(out))) {
				writer.setOutput(ios);
				writer.write(null, new IIOImage(image, null, metadata), param);
			}
		} finally {
			writer.dispose();
		}
	}

	/**
	 * Draws the scene into an image.
	 *
	 * @param scene     the scene; never null
	 * @param scale     pixels per point
	 * @param maxPixels the most pixels allowed
	 * @return the image, RGB, white where nothing is drawn
	 * @throws DiagramException {@link DiagramException.Problem#TOO_LARGE} when the image would have more pixels
	 */
	public BufferedImage render(Scene scene, double scale, long maxPixels) throws DiagramException {
		long w = (long) Math.ceil(scene.width() * scale);
		long h = (long) Math.ceil(scene.height() * scale);
		if (w * h > maxPixels || w > Integer.MAX_VALUE / 4 || h > Integer.MAX_VALUE / 4) {
			String size = String.format(Locale.ROOT, "%d × %d", w, h);
			double fits = Math.floor(Math.sqrt(maxPixels / (scene.width() * scene.height())) * 100) / 100;
			String hint = fits >= 0.25 ? String.format(Locale.ROOT, "%.2f", fits) : null;
			throw new DiagramException(DiagramException.Problem.TOO_LARGE, new LocalizedText(
					"PNG 图片将有 " + size + " 像素，超过上限 " + maxPixels + "；请导出 SVG 或 PDF"
							+ (hint == null ? "" : "，或把缩放比例降到 " + hint + " 以下"),
					"the PNG would have " + size + " pixels, more than the limit of " + maxPixels + "; export SVG or PDF"
							+ (hint == null ? "" : ", or lower the scale to " + hint + " or less")), null);
		}
		BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.scale(scale, scale);
			ScenePainter.paint(scene, g);
		} finally {
			g.dispose();
		}
		return image;
	}
}
