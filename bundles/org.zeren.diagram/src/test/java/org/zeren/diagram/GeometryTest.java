package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.EdgeRole;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.model.Duty;

/** Laid-out diagrams have no overlapping boxes, no loose lines and nothing off the page, in every direction. */
class GeometryTest {

	private final DiagramService service = new DiagramService();

	private Scene scene(TestModels.Org org, DiagramKind kind, Object root, DiagramOptions options) throws Exception {
		DiagramGraph g = service.build(org.model(), kind, (org.eclipse.emf.ecore.EObject) root, options);
		return service.layout(g, options);
	}

	@ParameterizedTest
	@EnumSource(LayoutDirection.class)
	void everyKindOfDiagramIsTidyInEveryDirection(LayoutDirection direction) throws Exception {
		TestModels.Org org = TestModels.withDuties();
		TestModels.addPlan(org);
		DiagramOptions options = DiagramOptions.builder().direction(direction).build();
		for (DiagramKind kind : DiagramKind.values()) {
			Scene s = scene(org, kind, null, options);
			assertTrue(s.graph().nodeCount() > 10, kind + " has content");
			SceneChecks.assertGeometry(s);
		}
	}

	/**
	 * Large type and narrow labels make tall, narrow boxes with titles wider than their duties. A box holding several
	 * duties may then have no gap between its lines wide enough for its title.
	 */
	@ParameterizedTest
	@EnumSource(LayoutDirection.class)
	void largeTypeAndNarrowLabelsAreTidyInEveryDirection(LayoutDirection direction) throws Exception {
		TestModels.Org org = TestModels.withDuties();
		TestModels.addPlan(org);
		for (DiagramOptions options : List.of(DiagramOptions.builder().direction(direction).fontSize(36).build(),
				DiagramOptions.builder().direction(direction).fontSize(72).build(),
				DiagramOptions.builder().direction(direction).maxLabelWidth(60).build())) {
			for (DiagramKind kind : DiagramKind.values()) {
				SceneChecks.assertGeometry(scene(org, kind, null, options), false);
			}
		}
	}

	@Test
	void directionDecidesWhereTheTopOfTheChainIs() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Duty top = TestModels.duty(org.committee(), "RS-C-01");
		Duty below = TestModels.duty(org.safety(), "RS-D-01");
		for (LayoutDirection d : LayoutDirection.values()) {
			Scene s = scene(org, DiagramKind.CHAIN, top, DiagramOptions.builder().direction(d).build());
			SceneNode a = s.node(s.graph().nodeOf(top).id());
			SceneNode b = s.node(s.graph().nodeOf(below).id());
			switch (d) {
			case DOWN -> assertTrue(a.bounds().maxY() < b.bounds().y(), "committee duty above");
			case UP -> assertTrue(a.bounds().y() > b.bounds().maxY(), "committee duty below");
			case RIGHT -> assertTrue(a.bounds().maxX() < b.bounds().x(), "committee duty left");
			case LEFT -> assertTrue(a.bounds().x() > b.bounds().maxX(), "committee duty right");
			}
		}
	}

	@Test
	void labelsWrapAtTheMaximumWidthAndBoxesFitThem() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		// the label has 26 characters, 24 of them Chinese (12 pt wide at 12 pt): 312 pt at most on one line
		for (double width : List.of(80.0, 180.0, 400.0)) {
			DiagramOptions options = DiagramOptions.builder().maxLabelWidth(width).build();
			Scene s = scene(org, DiagramKind.CHAIN, null, options);
			SceneChecks.assertGeometry(s);
			SceneNode d = s.node(s.graph().nodeOf(TestModels.duty(org.safety(), "RS-D-01")).id());
			int lines = d.title().lines().size();
			if (width == 400) {
				assertEquals(1, lines, "fits on one line");
			} else if (width == 180) {
				assertEquals(2, lines, "two lines of at most 15 characters");
			} else {
				assertTrue(lines >= 4, "at most 6 characters a line: " + lines + " lines");
			}
			d.title().lines().forEach(l -> assertTrue(l.width() <= width + 12.01, l.text() + " is too wide"));
			d.title().lines().forEach(l -> assertTrue(!"，。、；：？！）》”".contains(l.text().substring(0, 1)),
					"no line starts with closing punctuation: " + l.text()));
			assertEquals(TestModels.DEPARTMENT_DUTY, d.title().text(), "nothing lost in wrapping");
		}
	}

	@Test
	void boxesSideBySideStandInModelOrderSoThatAnAdditionDoesNotReshuffleThem() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Scene s = scene(org, DiagramKind.ORGANISATION, null, DiagramOptions.defaults());
		assertLeftToRight(s, List.of(org.safety(), org.construction(), org.health(), org.office()));
		assertLeftToRight(s, List.of(org.builder(), org.chemical(), org.food()));
		Scene chain = scene(org, DiagramKind.CHAIN, null, DiagramOptions.defaults());
		assertLeftToRight(chain, List.of(org.safety(), org.construction(), org.health()));

		// a new department at the end of the committee's list comes last; the others keep their order
		org.eclipse.emf.ecore.EObject[] before = { org.safety(), org.construction(), org.health(), org.office() };
		var added = TestModels.F.createDepartment();
		added.setName("消防救援大队");
		added.setShortName("区消防大队");
		org.committee().getChildren().add(added);
		Scene after = scene(org, DiagramKind.ORGANISATION, null, DiagramOptions.defaults());
		List<org.eclipse.emf.ecore.EObject> order = new java.util.ArrayList<>(List.of(before));
		order.add(added);
		assertLeftToRight(after, order);
	}

	/**
	 * A party holding one duty is laid out as one box (the duty at a fixed place inside it); lines still reach the
	 * duty itself, also when more lines leave it than fit beside one another along its side, when its party's
	 * title is much wider than the duty, for a self-loop and for a line from the party's own box.
	 */
	@ParameterizedTest
	@EnumSource(LayoutDirection.class)
	void linesReachTheOnlyDutyOfAPartyInEveryDirection(LayoutDirection direction) throws Exception {
		DiagramGraph g = new DiagramGraph("一项事项的责任主体", null);
		DiagramNode party = g.addNode(null, "p", NodeRole.DEPARTMENT, "区应急管理局（区安全生产委员会办公室）", "部门", null, null);
		DiagramNode duty = g.addNode(party, "d", NodeRole.DUTY, "综合监管", null, null, null);
		g.addEdge(duty, duty, EdgeRole.DELEGATION, null);
		for (int i = 0; i < 30; i++) {
			DiagramNode holder = g.addNode(null, "h" + i, NodeRole.ENTERPRISE, "生产经营单位" + i, null, null, null);
			DiagramNode d = g.addNode(holder, "d" + i, NodeRole.DUTY, "落实主体责任" + i, null, null, null);
			g.addEdge(duty, d, EdgeRole.DELEGATION, null);
			if (i % 10 == 0) {
				g.addEdge(party, holder, EdgeRole.SUPERVISION, null);
			}
		}
		Scene s = service.layout(g, DiagramOptions.builder().direction(direction).build());
		SceneChecks.assertGeometry(s);
		SceneNode partyBox = s.node("p");
		SceneNode dutyBox = s.node("d");
		assertEquals(List.of(dutyBox), partyBox.children());
		assertTrue(dutyBox.bounds().y() >= partyBox.title().lines().get(0).baseline(), "the duty stands under the title");
		assertEquals(31, s.edges().stream().filter(e -> e.from() == dutyBox).count());
	}

	private static void assertLeftToRight(Scene s, List<? extends org.eclipse.emf.ecore.EObject> elements) {
		List<Double> xs = elements.stream().map(p -> s.node(s.graph().nodeOf(p).id()).bounds().x()).toList();
		for (int i = 1; i < xs.size(); i++) {
			assertTrue(xs.get(i - 1) < xs.get(i), "left to right in model order: " + xs);
		}
	}
}
