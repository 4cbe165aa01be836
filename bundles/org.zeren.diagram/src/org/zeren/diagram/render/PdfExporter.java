package org.zeren.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zeren.core.spi.LocalizedText;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.MissingFontException;
import org.zeren.diagram.font.DiagramFont;
import org.zeren.diagram.scene.Scene;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes a scene as a one-page PDF with PDFBox 3.0.8 and PDFBox Graphics2D: the page is the scene's size in
 * points; shapes are vector paths; text is real text in the scene's font, embedded as a subset (only the glyphs
 * used), so that it can be searched and copied. The document title is the diagram's title; no dates are written.
 * <p>
 * The font must have TrueType outlines (PDFBox 3.0.8 cannot subset CFF fonts such as Debian's Noto CJK); a scene
 * laid out with another font is refused with {@link MissingFontException}. Pages larger than 14,400 points (the
 * usual viewer limit) are written smaller with a {@code UserUnit} so that they still show at full size.
 */
public final class PdfExporter implements SceneExporter {

	/** The largest page side, in PDF units, that common viewers accept. */
	static final double MAX_PAGE_SIDE = 14_400;

	@Override
	public DiagramFormat format() {
		return DiagramFormat.PDF;
	}

	@Override
	public void write(Scene scene, DiagramOptions options, OutputStream out) throws IOException, DiagramException {
		DiagramFont font = scene.font();
		if (!font.hasTrueTypeOutlines() || font.file() == null) {
			throw new MissingFontException(new LocalizedText(
					"字体 " + font + " 无法嵌入 PDF（需要 TrueType 轮廓的字体文件）。请安装 Debian 软件包 "
							+ MissingFontException.TRUETYPE_PACKAGE + "，或用系统属性 zeren.diagram.font 指定 TrueType 中文字体。未写出任何文件。",
					"the font " + font + " cannot be embedded in PDF (a font file with TrueType outlines is needed). Install the "
							+ "Debian package " + MissingFontException.TRUETYPE_PACKAGE
							+ ", or configure a TrueType CJK font with the system property zeren.diagram.font. Nothing was written."),
					List.of(), List.of(font + ": CFF outlines or not loaded from a file"));
		}
		double unit = Math.max(1, Math.max(scene.width(), scene.height()) / MAX_PAGE_SIDE);
		float pageWidth = (float) (scene.width() / unit);
		float pageHeight = (float) (scene.height() / unit);
		TrueTypeCollection collection = null;
		TrueTypeFont ttf = null;
		try (PDDocument doc = new PDDocument()) {
			Path file = font.file();
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".ttc") || name.endsWith(".otc")) {
				collection = new TrueTypeCollection(file.toFile());
				ttf = collection.getFontByName(font.postScriptName());
				if (ttf == null) {
					throw new IOException("face " + font.postScriptName() + " not found in " + file);
				}
			} else {
				ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			}
			PDType0Font pdfFont = PDType0Font.load(doc, ttf, true);

			PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
			if (unit > 1) {
				page.getCOSObject().setFloat(COSName.getPDFName("UserUnit"), (float) unit);
			}
			doc.addPage(page);
			PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, pageWidth, pageHeight);
			PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
			text.registerFont(font.faceName(), pdfFont);
			g.setFontTextDrawer(text);
			try {
				if (unit > 1) {
					g.scale(1 / unit, 1 / unit);
				}
				ScenePainter.paint(scene, g);
			} finally {
				g.dispose();
			}
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.drawForm(g.getXFormObject());
			}
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(scene.title().text());
			info.setCreator("Zeren");
			info.setProducer("Zeren (Apache PDFBox, PDFBox Graphics2D)");
			doc.save(new NonClosingStream(out));
		} finally {
			if (collection != null) {
				collection.close();
			} else if (ttf != null) {
				ttf.close();
			}
		}
	}
}
