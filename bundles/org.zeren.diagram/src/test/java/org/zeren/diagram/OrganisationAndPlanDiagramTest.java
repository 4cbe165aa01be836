package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zeren.diagram.ChainDiagramTest.edges;
import static org.zeren.diagram.ChainDiagramTest.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zeren.diagram.graph.DiagramEdge;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.scene.LegendItem;
import org.zeren.diagram.scene.LineStyle;
import org.zeren.diagram.scene.Scene;

/** The organisation and supervision map and the plan map of the 绿建区-like organisation. */
class OrganisationAndPlanDiagramTest {

	private final DiagramService service = new DiagramService();

	@Test
	void organisationMapShowsThePartyTreeWithPostsInsideAndWhoSupervisesWhom() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramGraph g = service.build(org.model(), DiagramKind.ORGANISATION, null, DiagramOptions.defaults());
		assertEquals("组织与监管关系图", g.title());
		assertEquals(List.of("区安委会", "区安监局", "区建设局", "区卫健局", "区党政办", "绿建建工", "绿建建工/董事长",
				"绿建建工/安全生产管理部经理", "绿建建工/塔式起重机司机", "绿建化工", "绿建化工/总经理", "绿建化工/安全环保部部长", "禾润食品",
				"禾润食品/总经理"), nodes(g));
		assertEquals(List.of("区安委会 -> 区安监局 STRUCTURE", "区安委会 -> 区建设局 STRUCTURE", "区安委会 -> 区卫健局 STRUCTURE",
				"区安委会 -> 区党政办 STRUCTURE", "区安监局 -> 绿建化工 SUPERVISION", "区安监局 -> 禾润食品 SUPERVISION",
				"区建设局 -> 绿建建工 SUPERVISION", "区卫健局 -> 绿建建工 SUPERVISION", "区卫健局 -> 绿建化工 SUPERVISION"), edges(g));
		assertEquals("监管部门", g.nodeOf(org.safety()).caption());
		assertEquals("部门", g.nodeOf(org.office()).caption(), "not a supervisory department");
	}

	/** The organisation map drew each department's supervision lines in its own colour, but the legend showed one. */
	@Test
	void legendNamesTheDepartmentOfEachSupervisionColour() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			DiagramOptions options = DiagramOptions.builder().locale(locale).build();
			Scene scene = service.layout(
					service.build(org.model(), DiagramKind.ORGANISATION, null, options), options, DiagramFormat.SVG);
			List<String> lines = new ArrayList<>();
			for (LegendItem item : scene.legend().items()) {
				if (item.swatch() == LegendItem.Swatch.LINE) {
					lines.add(item.text().text() + " " + item.stroke());
				}
			}
			List<String> colours = scene.edges().stream().filter(e -> e.style() == LineStyle.DASHED)
					.map(e -> e.colour().toString()).distinct().toList();
			assertEquals(3, colours.size(), "three supervising departments, three colours: " + colours);
			boolean zh = locale == Locale.CHINA;
			assertEquals(List.of((zh ? "监管关系：区安监局 " : "supervision: 区安监局 ") + colours.get(0),
					(zh ? "监管关系：区建设局 " : "supervision: 区建设局 ") + colours.get(1),
					(zh ? "监管关系：区卫健局 " : "supervision: 区卫健局 ") + colours.get(2),
					(zh ? "隶属/组成 " : "part of ") + "#90A4AE"), lines);
		}
	}

	@Test
	void organisationMapOfADepartmentShowsTheEnterprisesItSupervises() throws Exception {
		TestModels.Org org = TestModels.organisation();
		DiagramGraph g = service.build(org.model(), DiagramKind.ORGANISATION, org.safety(), DiagramOptions.defaults());
		assertEquals("组织与监管关系图 · 区安监局", g.title());
		assertEquals(List.of("区安监局", "绿建化工", "绿建化工/总经理", "绿建化工/安全环保部部长", "禾润食品", "禾润食品/总经理"), nodes(g));
		assertEquals(List.of("区安监局 -> 绿建化工 SUPERVISION", "区安监局 -> 禾润食品 SUPERVISION"), edges(g));
	}

	@Test
	void planMapRunsFromSectionsThroughTasksAndWorkAreasToResponsibleParties() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		TestModels.addPlan(org);
		DiagramGraph g = service.build(org.model(), DiagramKind.PLAN, null, DiagramOptions.defaults());
		assertEquals("工作计划图 · 绿建区2017年安全生产工作要点", g.title());
		assertEquals(List.of("一、强化安全生产责任落实", "1. 强化落实党委政府安全生产责任", "2. 加强职业卫生监管", "二、深化隐患排查治理",
				"1. 开展液氨制冷企业专项整治", "责任体系", "职业卫生", "区安委会", "区安监局", "区建设局", "区卫健局", "禾润食品"), nodes(g));
		assertEquals(List.of(
				"一、强化安全生产责任落实 -> 1. 强化落实党委政府安全生产责任 STRUCTURE",
				"一、强化安全生产责任落实 -> 2. 加强职业卫生监管 STRUCTURE",
				"二、深化隐患排查治理 -> 1. 开展液氨制冷企业专项整治 STRUCTURE",
				"1. 强化落实党委政府安全生产责任 -> 责任体系 ASSIGNMENT",
				"2. 加强职业卫生监管 -> 职业卫生 ASSIGNMENT",
				"责任体系 -> 区安委会 RESPONSIBLE", "责任体系 -> 区安监局 RESPONSIBLE", "责任体系 -> 区建设局 RESPONSIBLE",
				"责任体系 -> 区卫健局 RESPONSIBLE",
				"职业卫生 -> 区卫健局 RESPONSIBLE",
				"1. 开展液氨制冷企业专项整治 -> 禾润食品 RESPONSIBLE"), edges(g),
				"government holders of the work areas' duties, and the holder of the duty assigned to a task without work area");
		for (DiagramEdge e : g.edges()) {
			if (e.role() == EdgeRole.RESPONSIBLE && e.source().workArea() != null) {
				assertEquals(e.source().workArea().colour(), e.colour(), "a work area's lines are in its colour");
			}
		}
	}

	@Test
	void modelWithoutPlanGivesAnEmptyPlanMapThatSaysWhy() throws Exception {
		DiagramGraph g = service.build(TestModels.organisation().model(), DiagramKind.PLAN, null, DiagramOptions.defaults());
		assertTrue(g.isEmpty());
		assertEquals("模型中没有工作计划", g.emptyNote().zh());
	}
}
