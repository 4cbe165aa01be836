package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.scene.Scene;
import org.zeren.model.Duty;
import org.zeren.model.ResponsibilityModel;

/** A chain of a thousand duties (20 departments, 200 enterprises, 800 posts) is laid out and written. */
class LargeChainTest {

	@TempDir
	Path dir;

	@Test
	void aThousandDutyChainIsTidyAndWrittenAsSvgPdfAndDot() throws Exception {
		ResponsibilityModel model = TestModels.emptyModel();
		Duty top = TestModels.largeChain(model, 20, 10, 4);
		DiagramService service = new DiagramService();
		DiagramOptions options = DiagramOptions.defaults();
		DiagramGraph g = service.build(model, DiagramKind.CHAIN, top, options);
		assertEquals(1 + 20 + 200 + 800, g.nodes().stream().filter(n -> n.element() instanceof Duty).count());
		assertEquals(2 * 1021, g.nodeCount(), "each duty inside the box of its holder");
		assertEquals(1020, g.edges().size());
		Scene scene = service.layout(g, options, DiagramFormat.SVG, DiagramFormat.PDF);
		SceneChecks.assertGeometry(scene);

		ExportResult svg = service.write(scene, DiagramFormat.SVG, dir.resolve("large.svg"), options);
		assertTrue(svg.bytes() > 1_000_000, "a big file: " + svg.bytes());
		ExportResult dot = service.export(g, DiagramFormat.DOT, dir.resolve("large.dot"), options);
		assertEquals(1020, Files.readString(dir.resolve("large.dot")).lines().filter(l -> l.contains(" -> ")).count());
		assertTrue(dot.bytes() > 0);

		service.write(scene, DiagramFormat.PDF, dir.resolve("large.pdf"), options);
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("large.pdf").toFile())) {
			var page = pdf.getPage(0);
			float unit = page.getCOSObject().getFloat(COSName.getPDFName("UserUnit"), 1f);
			assertTrue(page.getMediaBox().getWidth() <= 14_400.5, "page within the viewers' limit");
			assertEquals(scene.width(), page.getMediaBox().getWidth() * unit, scene.width() * 1e-4,
					"shown at full size through UserUnit");
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("企业20-10"), "the last enterprise is on the page");
		}

		// a PNG of this size is refused with a way out
		DiagramException tooLarge = assertThrows(DiagramException.class,
				() -> service.write(scene, DiagramFormat.PNG, dir.resolve("large.png"), options));
		assertEquals(DiagramException.Problem.TOO_LARGE, tooLarge.problem());
		assertTrue(tooLarge.getMessage().contains("lower the scale to"), tooLarge.getMessage());
		assertTrue(!Files.exists(dir.resolve("large.png")));
	}
}
