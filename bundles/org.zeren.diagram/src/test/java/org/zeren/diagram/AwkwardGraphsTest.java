package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.diagram.layout.TextMeasurer;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneEdge;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.ResponsibilityModel;

/** Graphs that layout engines trip over are laid out and written in every format. */
class AwkwardGraphsTest {

	@TempDir
	Path dir;

	private final DiagramService service = new DiagramService();

	/** Writes the graph in every format and checks the geometry of the scene. */
	private Scene exportAll(DiagramGraph g, String name) throws Exception {
		for (DiagramFormat f : DiagramFormat.values()) {
			Path file = dir.resolve(name + "." + f.extension());
			service.export(g, f, file, DiagramOptions.defaults());
			assertTrue(Files.size(file) > 0, file + " is empty");
		}
		Scene scene = service.layout(g, DiagramOptions.defaults());
		SceneChecks.assertGeometry(scene);
		return scene;
	}

	@Test
	void selfLoopCycleParallelEdgesIsolatedNodeAndSeparatePartsAreLaidOut() throws Exception {
		DiagramGraph g = new DiagramGraph("难看的图", "自环、环、平行边、孤立节点、不连通的部分");
		DiagramNode box = g.addNode(null, "box", NodeRole.DEPARTMENT, "容器", "部门", null, null);
		DiagramNode a = g.addNode(box, "a", NodeRole.DUTY, "甲", null, null, null);
		DiagramNode b = g.addNode(box, "b", NodeRole.DUTY, "乙", null, null, null);
		DiagramNode c = g.addNode(null, "c", NodeRole.DUTY, "丙", null, null, null);
		DiagramNode lonely = g.addNode(null, "lonely", NodeRole.DUTY, "孤立的事项", null, null, null);
		DiagramNode x = g.addNode(null, "x", NodeRole.DUTY, "另一部分甲", null, null, null);
		DiagramNode y = g.addNode(null, "y", NodeRole.DUTY, "另一部分乙", null, null, null);
		g.addEdge(a, a, EdgeRole.DELEGATION, null); // self-loop
		g.addEdge(a, b, EdgeRole.DELEGATION, null); // cycle a → b → c → a, across a box
		g.addEdge(b, c, EdgeRole.DELEGATION, null);
		g.addEdge(c, a, EdgeRole.DELEGATION, null);
		g.addEdge(x, y, EdgeRole.DELEGATION, null); // parallel edges
		g.addEdge(x, y, EdgeRole.DELEGATION, null);
		g.addEdge(x, y, EdgeRole.SUPERVISION, null);
		g.addEdge(y, x, EdgeRole.ASSIGNMENT, null);
		g.addEdge(box, c, EdgeRole.SUPERVISION, null); // from a box to a node outside it
		Scene s = exportAll(g, "awkward");
		assertEquals(9, s.edges().size());
		assertEquals(7, s.allNodes().size());
		SceneEdge loop = s.edges().get(0);
		assertTrue(loop.points().size() > 2, "a self-loop goes around a corner of its box");
		assertTrue(!s.node("lonely").bounds().overlaps(s.node("x").bounds()));
		String dot = Files.readString(dir.resolve("awkward.dot"));
		assertEquals(9, dot.lines().filter(l -> l.contains(" -> ")).count());
		assertTrue(dot.contains("\"a\" -> \"a\""), "the self-loop is in the DOT file");
		assertTrue(dot.contains("\"a\" -> \"c\" [id=\"e9\"") && dot.contains("ltail=\"cluster_box\""),
				"a line from a box starts at its first node, clipped at the cluster");
	}

	@Test
	void boxesCannotBeJoinedToTheirOwnContents() {
		DiagramGraph g = new DiagramGraph("t", null);
		DiagramNode box = g.addNode(null, "box", NodeRole.DEPARTMENT, "容器", null, null, null);
		DiagramNode inner = g.addNode(box, "inner", NodeRole.DUTY, "事项", null, null, null);
		assertThrows(IllegalArgumentException.class, () -> g.addEdge(box, inner, EdgeRole.DELEGATION, null));
		assertThrows(IllegalArgumentException.class, () -> g.addEdge(box, box, EdgeRole.DELEGATION, null));
	}

	@Test
	void delegationCyclesAndSelfDelegationInAModelAreDrawnAsTheyAre() throws Exception {
		ResponsibilityModel model = TestModels.emptyModel();
		Committee c = TestModels.F.createCommittee();
		c.setName("安委会");
		model.getParties().add(c);
		Department d = TestModels.F.createDepartment();
		d.setName("应急管理局");
		c.getChildren().add(d);
		Duty self = TestModels.handDuty(model, c, "C-1", "自己落实自己");
		self.setDelegatedFrom(self);
		Duty p = TestModels.handDuty(model, c, "C-2", "甲事项");
		Duty q = TestModels.handDuty(model, d, "D-1", "乙事项");
		p.setDelegatedFrom(q);
		q.setDelegatedFrom(p);
		DiagramGraph g = service.build(model, DiagramKind.CHAIN, p, DiagramOptions.defaults());
		assertEquals(2, g.edges().size(), "p ⇄ q, each once");
		exportAll(g, "cycle");
		DiagramGraph all = service.build(model, DiagramKind.CHAIN, null, DiagramOptions.defaults());
		assertEquals(3, all.edges().size(), "the self-delegation is a self-loop");
		exportAll(all, "all");
	}

	@Test
	void aSixteenThousandCharacterLabelIsCutToTheAllowedLinesWithAnEllipsis() throws Exception {
		ResponsibilityModel model = TestModels.emptyModel();
		Committee c = TestModels.F.createCommittee();
		c.setName("安委会");
		model.getParties().add(c);
		StringBuilder text = new StringBuilder();
		while (text.length() < 16_000) {
			text.append("加强安全生产监督管理，防止和减少生产安全事故，保障人民群众生命和财产安全，促进经济社会持续健康发展。");
		}
		Duty huge = TestModels.handDuty(model, c, "C-1", text.substring(0, 16_000));
		Duty small = TestModels.handDuty(model, c, "C-2", "落实");
		small.setDelegatedFrom(huge);
		DiagramGraph g = service.build(model, DiagramKind.CHAIN, null, DiagramOptions.defaults());
		assertEquals(16_000, g.nodeOf(huge).label().length(), "the graph keeps the whole text");
		Scene s = exportAll(g, "huge");
		SceneNode box = s.node(g.nodeOf(huge).id());
		assertEquals(6, box.title().lines().size(), "the default of six lines");
		assertTrue(box.title().truncated());
		String last = box.title().lines().get(5).text();
		assertTrue(last.endsWith(TextMeasurer.ELLIPSIS), last);
		assertTrue(text.toString().startsWith(box.title().text().replace(TextMeasurer.ELLIPSIS, "")));
		assertTrue(s.height() < 1000, "the page stays small: " + s.height());
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("huge.pdf").toFile())) {
			assertTrue(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "").contains("加强安全生产监督管理"));
		}
		// and shown whole when the options allow enough lines
		Scene tall = service.layout(g, DiagramOptions.builder().maxLabelLines(200).maxLabelWidth(2000).build());
		SceneNode whole = tall.node(g.nodeOf(huge).id());
		assertTrue(!whole.title().truncated() && whole.title().text().equals(text.substring(0, 16_000)),
				"all 16,000 characters shown");
		assertTrue(whole.title().lines().size() > 90, "in lines of at most 2,000 pt: " + whole.title().lines().size());
		SceneChecks.assertGeometry(tall);
	}

	@Test
	void anEmptyModelGivesAPageThatSaysSoInEveryKindAndFormat() throws Exception {
		ResponsibilityModel model = TestModels.emptyModel();
		for (DiagramKind kind : DiagramKind.values()) {
			DiagramGraph g = service.build(model, kind, null, DiagramOptions.defaults());
			assertTrue(g.isEmpty());
			Scene s = exportAll(g, "empty-" + kind.id());
			assertTrue(s.note() != null && !s.note().lines().isEmpty(), "the page explains why it is empty");
			assertEquals(null, s.legend(), "nothing to explain");
		}
		assertTrue(Files.readString(dir.resolve("empty-plan.svg")).contains(">模型中没有工作计划</text>"));
		assertTrue(Files.readString(dir.resolve("empty-chain.svg")).contains(">模型中没有清单事项</text>"));
		assertEquals(List.of(), service.chains(model));
		assertEquals(List.of(), service.exportAllChains(model, DiagramFormat.SVG, dir.resolve("none"),
				DiagramOptions.defaults(), null));
	}
}
