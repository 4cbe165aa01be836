package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.diagram.render.DotExporter;

/** Files are written whole or not at all; all chains go into a folder; DOT text cannot be broken by labels. */
class ExportFilesTest {

	@TempDir
	Path dir;

	private final DiagramService service = new DiagramService();

	@Test
	void aFailedExportLeavesTheExistingFileAsItWasAndNoTemporaryFile() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path file = dir.resolve("chain.png");
		service.export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.PNG, file, DiagramOptions.defaults());
		byte[] before = Files.readAllBytes(file);
		DiagramOptions tiny = DiagramOptions.builder().maxPngPixels(1000).build();
		DiagramException e = assertThrows(DiagramException.class,
				() -> service.export(org.model(), DiagramKind.ORGANISATION, null, DiagramFormat.PNG, file, tiny));
		assertEquals(DiagramException.Problem.TOO_LARGE, e.problem());
		assertTrue(e.getMessage().contains("more than the limit of 1000"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the previous diagram is untouched");
		assertEquals(List.of(), SceneChecks.temporaryFiles(dir));

		Path nested = dir.resolve("new/folder/chain.png");
		assertThrows(DiagramException.class,
				() -> service.export(org.model(), DiagramKind.CHAIN, null, DiagramFormat.PNG, nested, tiny));
		assertFalse(Files.exists(dir.resolve("new")), "folders created for the file are removed again");

		service.export(org.model(), DiagramKind.CHAIN, null, DiagramFormat.SVG, nested.resolveSibling("chain.svg"),
				DiagramOptions.defaults());
		assertTrue(Files.isRegularFile(dir.resolve("new/folder/chain.svg")), "missing folders are created");
	}

	/** A new user's export into a folder that was really a file said only "cannot write X: X.tmp". */
	@Test
	void aWriteErrorSaysWhyInWords() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "kept");
		Path file = notAFolder.resolve("chain.svg");
		DiagramException e = assertThrows(DiagramException.class, () -> service.export(org.model(),
				DiagramKind.ORGANISATION, null, DiagramFormat.SVG, file, DiagramOptions.defaults()));
		assertEquals(DiagramException.Problem.IO_ERROR, e.problem());
		assertEquals("cannot write " + file + ": " + notAFolder + " exists and is not a folder", e.getMessage());
		assertEquals("无法写入 " + file + "：" + notAFolder + " 已存在，且不是文件夹", e.text().zh());
		assertEquals("kept", Files.readString(notAFolder));
	}

	@Test
	void aDeviceOrPipeIsNeverReplaced() throws Exception {
		Path pipe = dir.resolve("out.svg");
		assumeTrue(
				new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
		TestModels.Org org = TestModels.withDuties();
		Exception e = assertThrows(Exception.class, () -> new DiagramService()
				.export(org.model(), DiagramKind.ORGANISATION, null, DiagramFormat.SVG, pipe, DiagramOptions.defaults()));
		assertTrue(String.valueOf(e.getMessage()).contains("not a regular file")
				|| String.valueOf(e.getCause()).contains("not a regular file"), e.toString());
		assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
	}

	@Test
	void allChainsAreWrittenIntoAFolderWithProgress() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		List<String> progress = new ArrayList<>();
		Path folder = dir.resolve("chains");
		List<ExportResult> results = service.exportAllChains(org.model(), DiagramFormat.SVG, folder,
				DiagramOptions.defaults(), (done, total, chain, file) -> progress.add(done + "/" + total + " " + chain.id()
						+ " " + file.getFileName()));
		assertEquals(List.of("1/3 LJ-AJJ_RS-D-01 LJ-AJJ_RS-D-01.svg", "2/3 LJ-JSJ_RS-D-01 LJ-JSJ_RS-D-01.svg",
				"3/3 LJ-WJJ_OH-D-01 LJ-WJJ_OH-D-01.svg"), progress);
		assertEquals(3, results.size());
		// 区安委会, 区安监局, 绿建化工 with 总经理, 禾润食品 with 总经理: 6 boxes and 6 duties
		assertEquals(12, results.get(0).nodes());
		assertEquals(5 + 2, results.get(0).edges(), "five delegations and two supervision lines");
		try (var files = Files.list(folder)) {
			assertEquals(List.of("LJ-AJJ_RS-D-01.svg", "LJ-JSJ_RS-D-01.svg", "LJ-WJJ_OH-D-01.svg"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		String svg = Files.readString(folder.resolve("LJ-WJJ_OH-D-01.svg"));
		assertTrue(svg.contains(">" + TestModels.COMMITTEE_DUTY + "</text>"), "the committee duty above");
		assertEquals(2, svg.split(">OH-E-01 · 义务</text>", -1).length - 1, "the two enterprises' duties below");
	}

	@Test
	void allChainsWithoutAFontWriteNoFileAtAll() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path folder = dir.resolve("chains");
		DiagramOptions latin = DiagramOptions.builder().fontFile(SceneChecks.latinOnlyFont()).build();
		assertThrows(MissingFontException.class,
				() -> service.exportAllChains(org.model(), DiagramFormat.PDF, folder, latin, null));
		assertFalse(Files.exists(folder));
	}

	@Test
	void dotLabelsAreEscapedAndTheGraphKeepsItsShape() throws Exception {
		DiagramGraph g = new DiagramGraph("标题 \"引号\" \\ 反斜杠", null);
		DiagramNode box = g.addNode(null, "party-1", NodeRole.ENTERPRISE, "某某\"公司\"", "生产经营单位", null, null);
		DiagramNode a = g.addNode(box, "duty-1", NodeRole.DUTY, "路径 C:\\new\\table 与 \\N 和 } ] ; -> 符号", "A-1", null, null);
		DiagramNode b = g.addNode(null, "duty-2", NodeRole.DUTY, "第二项", null, null, null);
		g.addEdge(a, b, EdgeRole.DELEGATION, null);
		g.addEdge(box, b, EdgeRole.SUPERVISION, null);
		Path file = dir.resolve("g.dot");
		DiagramOptions wide = DiagramOptions.builder().maxLabelWidth(2000).build(); // no wrapping
		service.export(g, DiagramFormat.DOT, file, wide);
		String dot = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(dot.contains("label=\"标题 \\\"引号\\\" \\\\ 反斜杠\""), dot);
		assertTrue(dot.contains("label=\"A-1\\n路径 C:\\\\new\\\\table 与 \\\\N 和 } ] ; -> 符号\""), dot);
		assertTrue(dot.contains("subgraph \"cluster_party-1\" {"), dot);
		assertTrue(dot.contains("label=\"生产经营单位\\n某某\\\"公司\\\"\""), dot);
		assertTrue(dot.contains("\"duty-1\" -> \"duty-2\" [id=\"e1\", color=\"#37474F\""), dot);
		assertTrue(dot.contains("\"duty-1\" -> \"duty-2\" [id=\"e2\", color=\"#5C6BC0\", penwidth=1.2, style=dashed, "
				+ "arrowhead=empty, ltail=\"cluster_party-1\"]"), dot);
		assertEquals(new DotExporter().toDot(g, wide), dot);
		// every quoted string is closed on its line: no label can open a statement
		for (String line : dot.lines().toList()) {
			String unescaped = line.replace("\\\\", "").replace("\\\"", "");
			assertEquals(0, unescaped.chars().filter(ch -> ch == '"').count() % 2, "unbalanced quotes in: " + line);
		}
	}
}
