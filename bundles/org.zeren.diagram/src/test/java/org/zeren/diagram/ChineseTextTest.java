package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zeren.diagram.font.DiagramFont;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.render.PngExporter;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.diagram.scene.TextLine;

/** Chinese labels come out as Chinese text in every format, and never as empty boxes. */
class ChineseTextTest {

	@TempDir
	Path dir;

	private final DiagramService service = new DiagramService();

	private static final List<String> LABELS = List.of(TestModels.COMMITTEE_DUTY, TestModels.DEPARTMENT_DUTY,
			TestModels.LEADER_DUTY, TestModels.HEALTH_ENTERPRISE_DUTY, "区安委会", "区安监局", "绿建化工", "禾润食品", "董事长");

	@Test
	void pdfHasTheLabelsAsTextInAnEmbeddedSubsetOfATrueTypeCjkFont() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path file = dir.resolve("chain.pdf");
		ExportResult r = service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.PDF, file,
				DiagramOptions.defaults());
		assertEquals(file.toAbsolutePath(), r.file());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(1, pdf.getNumberOfPages());
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			for (String label : LABELS) {
				assertTrue(text.contains(label), "the PDF text lacks " + label + ": " + text);
			}
			assertTrue(text.contains("RS-C-01·责任事项"), text);
			assertEquals("责任链 · " + TestModels.COMMITTEE_DUTY, pdf.getDocumentInformation().getTitle());
			List<PDFont> fonts = new ArrayList<>();
			var resources = pdf.getPage(0).getResources();
			for (var name : resources.getXObjectNames()) {
				var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) resources.getXObject(name);
				for (var f : form.getResources().getFontNames()) {
					fonts.add(form.getResources().getFont(f));
				}
			}
			assertFalse(fonts.isEmpty(), "no font in the PDF");
			for (PDFont f : fonts) {
				assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
				assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName() + " is not a subset");
			}
		}
	}

	@Test
	void svgKeepsTheLabelsAsTextElementsWithCjkFontFamilies() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path file = dir.resolve("chain.svg");
		service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.SVG, file, DiagramOptions.defaults());
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document svg = f.newDocumentBuilder().parse(file.toFile());
		NodeList texts = svg.getElementsByTagName("text");
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			Element t = (Element) texts.item(i);
			shown.add(t.getTextContent());
			String style = t.getAttribute("style");
			assertTrue(style.contains("\"WenQuanYi Zen Hei\"") && style.contains("\"Noto Sans CJK SC\"")
					&& style.contains("sans-serif"), style);
		}
		String all = String.join("", shown);
		for (String label : LABELS) {
			assertTrue(all.contains(label), "no <text> with " + label);
		}
		// the group of a duty holds its caption and its label, line by line
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, TestModels.duty(org.safety(), "RS-D-01"),
				DiagramOptions.defaults());
		String id = g.nodeOf(TestModels.duty(org.safety(), "RS-D-01")).id();
		Element group = null;
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			if (id.equals(((Element) groups.item(i)).getAttribute("id"))) {
				group = (Element) groups.item(i);
			}
		}
		assertTrue(group != null, "no group " + id);
		NodeList lines = group.getElementsByTagName("text");
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < lines.getLength(); i++) {
			joined.append(lines.item(i).getTextContent());
		}
		assertEquals("RS-D-01 · 责任事项" + TestModels.DEPARTMENT_DUTY, joined.toString());
		assertTrue(lines.getLength() >= 3, "the long label is wrapped onto several lines");
		assertEquals(TestModels.DEPARTMENT_DUTY, group.getElementsByTagName("title").item(0).getTextContent());
	}

	@Test
	void pngDrawsTheLabelsWithCjkGlyphsNotWithTheBoxesOfALatinFont() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramOptions options = DiagramOptions.defaults();
		Path file = dir.resolve("chain.png");
		DiagramGraph graph = service.build(org.model(), DiagramKind.CHAIN, TestModels.duty(org.committee(), "RS-C-01"), options);
		Scene scene = service.layout(graph, options, DiagramFormat.PNG);
		service.write(scene, DiagramFormat.PNG, file, options);
		BufferedImage cjk = ImageIO.read(file.toFile());
		assertEquals((int) Math.ceil(scene.width() * 2), cjk.getWidth(), "2 pixels per point by default");
		assertEquals((int) Math.ceil(scene.height() * 2), cjk.getHeight());

		// the same scene drawn with a font that has no Chinese glyphs
		Path latinFile = SceneChecks.latinOnlyFont();
		Font latin = Font.createFont(Font.TRUETYPE_FONT, latinFile.toFile());
		Scene tofu = new Scene(scene.graph(), new DiagramFont(latin, latinFile, 0, true), scene.width(), scene.height(),
				scene.background(), scene.title(), scene.subtitle(), scene.note(), scene.diagram(), scene.nodes(),
				scene.edges(), scene.legend());
		BufferedImage boxes = new PngExporter().render(tofu, 2, Long.MAX_VALUE);

		SceneNode duty = scene.node(graph.nodeOf(TestModels.duty(org.committee(), "RS-C-01")).id());
		TextLine line = duty.title().lines().get(0);
		assertEquals(TestModels.COMMITTEE_DUTY, line.text());
		int x0 = (int) (line.x() * 2);
		int x1 = (int) Math.ceil((line.x() + line.width()) * 2);
		int y0 = (int) ((line.baseline() - duty.title().size()) * 2);
		int y1 = (int) Math.ceil((line.baseline() + duty.title().size() * 0.25) * 2);
		int ink = 0;
		int different = 0;
		int background = cjk.getRGB(x0 - 2, y0) & 0xFFFFFF;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int a = cjk.getRGB(x, y) & 0xFFFFFF;
				if (a != background) {
					ink++;
				}
				if (a != (boxes.getRGB(x, y) & 0xFFFFFF)) {
					different++;
				}
			}
		}
		int area = (x1 - x0) * (y1 - y0);
		assertTrue(ink > area / 10, "the label is drawn: " + ink + " of " + area + " pixels inked");
		assertTrue(different > area / 10, "CJK glyphs differ from the boxes of a Latin-only font: " + different
				+ " of " + area + " pixels differ");
	}

	@Test
	void withoutAFontForTheLabelsTheExportFailsClearlyAndWritesNothing() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path latin = SceneChecks.latinOnlyFont();
		DiagramOptions options = DiagramOptions.builder().fontFile(latin).build();
		for (DiagramFormat format : List.of(DiagramFormat.SVG, DiagramFormat.PNG, DiagramFormat.PDF)) {
			Path file = dir.resolve("out/chain." + format.extension());
			MissingFontException e = assertThrows(MissingFontException.class,
					() -> service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", format, file, options));
			assertEquals(DiagramException.Problem.MISSING_FONT, e.problem());
			assertTrue(e.missingCharacters().contains("统 U+7EDF"), e.missingCharacters().toString());
			assertTrue(e.getMessage().contains("统 U+7EDF") && e.getMessage().contains(latin.toString())
					&& e.getMessage().contains("fonts-wqy-zenhei") && e.getMessage().contains("Nothing was written"),
					e.getMessage());
			assertTrue(e.text().zh().contains("缺少的字符") && e.text().zh().contains("fonts-wqy-zenhei"), e.text().zh());
			assertEquals(List.of(latin.toString()), e.triedFonts().stream().map(t -> t.substring(0, t.indexOf(" ("))).toList());
			assertFalse(Files.exists(file), "nothing written");
			assertFalse(Files.exists(dir.resolve("out")), "no folder left behind");
		}
		// Latin-only labels need no CJK font
		var model = TestModels.emptyModel();
		model.setName("Plain Latin");
		Path plain = dir.resolve("latin.svg");
		service.export(model, DiagramKind.ORGANISATION, null, DiagramFormat.SVG, plain,
				DiagramOptions.builder().fontFile(latin).locale(java.util.Locale.ENGLISH).build());
		assertTrue(Files.readString(plain).contains(">Organisation and supervision</text>"));
	}

	@Test
	void pdfRefusesAFontWithCffOutlinesWithAClearMessage() throws Exception {
		Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
		assertTrue(Files.isRegularFile(noto), "the tests need Debian's fonts-noto-cjk (installed by .ci/run)");
		TestModels.Org org = TestModels.withDuties();
		DiagramOptions options = DiagramOptions.builder().fontFile(noto).build();
		// SVG and PNG can use it
		Path svg = dir.resolve("noto.svg");
		service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.SVG, svg, options);
		assertTrue(Files.readString(svg).contains("font-family: \"Noto Sans CJK SC\""), "the SC face of the collection");
		// PDF cannot embed it
		Path pdf = dir.resolve("noto.pdf");
		MissingFontException e = assertThrows(MissingFontException.class,
				() -> service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.PDF, pdf, options));
		assertTrue(e.getMessage().contains("CFF outlines") && e.getMessage().contains("fonts-wqy-zenhei"), e.getMessage());
		assertTrue(e.missingCharacters().isEmpty(), "no character is missing, only the outlines are unusable");
		assertFalse(Files.exists(pdf));
	}

	@Test
	void theSystemFontChosenIsTrueTypeSoThatEveryFormatUsesTheSameMetrics() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, null, DiagramOptions.defaults());
		Scene scene = service.layout(g, DiagramOptions.defaults());
		assertTrue(scene.font().hasTrueTypeOutlines(), scene.font().toString());
		assertEquals("WenQuanYi Zen Hei", scene.font().faceName(), "Debian's fonts-wqy-zenhei, installed by .ci/run");
		byte[] png = Files.readAllBytes(service.write(scene, DiagramFormat.PNG, dir.resolve("a.png"), DiagramOptions.defaults()).file());
		assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getWidth() > 100);
	}
}
