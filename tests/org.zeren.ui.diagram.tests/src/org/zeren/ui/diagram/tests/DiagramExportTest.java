package org.zeren.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.diagram.scene.TextLine;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.diagram.ExportAllChainsJob;
import org.zeren.ui.diagram.ExportDiagramJob;

/** Exporting from the diagram view: the diagram shown as SVG, PNG and PDF, and all chains as a cancellable job. */
class DiagramExportTest {

	@TempDir
	Path dir;

	private DiagramHarness h;
	private ResponsibilityModel model;

	@BeforeEach
	void open() throws Exception {
		h = new DiagramHarness();
		model = h.openExample();
	}

	@AfterEach
	void close() {
		h.close();
	}

	private IStatus export(DiagramFormat format, Path file) throws InterruptedException {
		ExportDiagramJob job = new ExportDiagramJob(new DiagramService(), h.viewer.getGraph(), h.viewer.getScene(), format,
				file, DiagramHarness.OPTIONS);
		job.schedule();
		job.join();
		return job.getResult();
	}

	@Test
	void theDiagramShownIsWrittenAsSvgPngPdfAndDot() throws Exception {
		ChainRef first = new DiagramService().chains(model).get(0);
		SceneNode root = h.viewer.getScene().allNodes().stream().filter(n -> n.source().element() == first.root())
				.findFirst().orElseThrow();
		Path svg = dir.resolve("chain.svg");
		assertTrue(export(DiagramFormat.SVG, svg).isOK());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		for (TextLine line : root.title().lines()) {
			assertTrue(text.contains(">" + line.text() + "<"), "the SVG has the label line " + line.text());
		}
		Path png = dir.resolve("chain.png");
		assertTrue(export(DiagramFormat.PNG, png).isOK());
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(Files.readAllBytes(png), 4));
		Path pdf = dir.resolve("chain.pdf");
		assertTrue(export(DiagramFormat.PDF, pdf).isOK());
		assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(pdf), 4), StandardCharsets.US_ASCII));
		Path dot = dir.resolve("chain.dot");
		assertTrue(export(DiagramFormat.DOT, dot).isOK());
		assertTrue(Files.readString(dot, StandardCharsets.UTF_8).contains("digraph \"zeren\" {"), "a Graphviz graph");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("chain.dot", "chain.pdf", "chain.png", "chain.svg"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file is left");
		}
	}

	@Test
	void aFailedExportIsAnErrorNamingTheFileAndWritesNothing() throws Exception {
		Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
		Path target = notAFolder.resolve("chain.svg");
		IStatus status = export(DiagramFormat.SVG, target);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("chain.svg"), status.getMessage());
		assertFalse(Files.exists(target));
		assertEquals("x", Files.readString(notAFolder));
	}

	@Test
	void allChainsAreExportedAndCancellingStopsAfterTheCurrentFile() throws Exception {
		int chains = new DiagramService().chains(model).size();
		Path all = dir.resolve("all");
		ExportAllChainsJob job = new ExportAllChainsJob(new DiagramService(), model, DiagramFormat.SVG, all,
				DiagramHarness.OPTIONS);
		job.schedule();
		while (job.getResult() == null) {
			h.spin(() -> false, 50); // the UI stays responsive meanwhile
		}
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertEquals(chains, job.results().size());
		assertEquals(chains, count(all));
		try (Stream<Path> files = Files.list(all)) {
			assertEquals(new DiagramService().chains(model).stream().map(c -> c.id() + ".svg").sorted().toList(),
					files.map(p -> p.getFileName().toString()).sorted().toList(),
					"the job's copy of the model gives the same chain files as the model");
		}

		Path some = dir.resolve("some");
		int[] worked = { 0 };
		NullProgressMonitor cancelAfterTwo = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				worked[0] += work;
				if (worked[0] == 2) {
					setCanceled(true);
				}
			}
		};
		IStatus status = new ExportAllChainsJob(new DiagramService(), model, DiagramFormat.SVG, some, DiagramHarness.OPTIONS)
				.export(cancelAfterTwo);
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertEquals(2, count(some), "the two files written before the cancel stay");
	}

	private static long count(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".svg")).count();
		}
	}
}
