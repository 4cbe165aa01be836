package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.diagram.graph.DiagramEdge;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.DiagramNode;
import org.zeren.diagram.graph.NodeRole;
import org.zeren.model.Duty;
import org.zeren.model.WorkPlan;

/**
 * Responsibility chains of an organisation built like the 绿建区 example: duties created by the TemplateApplier
 * from two work areas and linked by delegatedFrom (committee → supervisory departments → enterprises → principal
 * leaders; the health department's occupational-health duty → enterprises with hazards).
 */
class ChainDiagramTest {

	private final DiagramService service = new DiagramService();

	/** A node as a reader names it: the boxes it sits in, then its label (a duty by its code). */
	static String name(DiagramNode n) {
		String own = n.role() == NodeRole.DUTY ? ((Duty) n.element()).getCode() : n.label();
		return n.parent() == null ? own : name(n.parent()) + "/" + own;
	}

	static List<String> nodes(DiagramGraph g) {
		List<String> result = new ArrayList<>();
		g.nodes().forEach(n -> result.add(name(n)));
		return result;
	}

	static List<String> edges(DiagramGraph g) {
		List<String> result = new ArrayList<>();
		for (DiagramEdge e : g.edges()) {
			result.add(name(e.source()) + " -> " + name(e.target()) + " " + e.role());
		}
		return result;
	}

	@Test
	void chainOfTheCommitteeDutyReachesEveryDepartmentEnterpriseAndLeader() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, TestModels.duty(org.committee(), "RS-C-01"),
				DiagramOptions.defaults());

		assertEquals("责任链 · " + TestModels.COMMITTEE_DUTY, g.title());
		assertEquals("绿建区安全生产责任体系（测试）", g.subtitle());
		assertEquals(List.of(
				"区安委会", "区安委会/RS-C-01",
				"区安监局", "区安监局/RS-D-01",
				"区建设局", "区建设局/RS-D-01",
				"区卫健局", "区卫健局/OH-D-01", "区卫健局/RS-D-01",
				"绿建建工", "绿建建工/OH-E-01", "绿建建工/RS-E-01", "绿建建工/董事长", "绿建建工/董事长/RS-P-01",
				"绿建化工", "绿建化工/OH-E-01", "绿建化工/RS-E-01", "绿建化工/总经理", "绿建化工/总经理/RS-P-01",
				"禾润食品", "禾润食品/RS-E-01", "禾润食品/总经理", "禾润食品/总经理/RS-P-01"), nodes(g),
				"duties inside the boxes of their holders; departments beside the committee, posts inside their enterprise;"
						+ " 区党政办 holds no duty of the chain and is left out");
		assertEquals(List.of(
				"区安委会/RS-C-01 -> 区安监局/RS-D-01 DELEGATION",
				"区安委会/RS-C-01 -> 区建设局/RS-D-01 DELEGATION",
				"区安委会/RS-C-01 -> 区卫健局/OH-D-01 DELEGATION",
				"区安委会/RS-C-01 -> 区卫健局/RS-D-01 DELEGATION",
				"区卫健局/OH-D-01 -> 绿建建工/OH-E-01 DELEGATION",
				"区建设局/RS-D-01 -> 绿建建工/RS-E-01 DELEGATION",
				"绿建建工/RS-E-01 -> 绿建建工/董事长/RS-P-01 DELEGATION",
				"区卫健局/OH-D-01 -> 绿建化工/OH-E-01 DELEGATION",
				"区安监局/RS-D-01 -> 绿建化工/RS-E-01 DELEGATION",
				"绿建化工/RS-E-01 -> 绿建化工/总经理/RS-P-01 DELEGATION",
				"区安监局/RS-D-01 -> 禾润食品/RS-E-01 DELEGATION",
				"禾润食品/RS-E-01 -> 禾润食品/总经理/RS-P-01 DELEGATION",
				"区安监局 -> 绿建化工 SUPERVISION",
				"区安监局 -> 禾润食品 SUPERVISION",
				"区建设局 -> 绿建建工 SUPERVISION",
				"区卫健局 -> 绿建建工 SUPERVISION",
				"区卫健局 -> 绿建化工 SUPERVISION"), edges(g));
		DiagramNode top = g.nodes().stream().filter(DiagramNode::isEmphasised).findFirst().orElseThrow();
		assertEquals("区安委会/RS-C-01", name(top), "the chosen duty is marked");
		DiagramNode health = g.nodeOf(TestModels.duty(org.health(), "OH-D-01"));
		assertEquals("OH-D-01 · 责任事项", health.caption());
		assertEquals(TestModels.HEALTH_DEPARTMENT_DUTY, health.label());
		assertEquals(TestModels.OH_COLOUR, health.workArea().colour(), "colour of the work-area contribution");
		assertEquals("职业卫生", health.workArea().name());
		assertEquals(List.of(TestModels.RS, TestModels.OH), g.workAreas().stream().map(w -> w.id()).toList());
	}

	@Test
	void chainOfAnEnterpriseDutyGoesUpToTheCommitteeAndDownToItsLeader() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, TestModels.duty(org.chemical(), "RS-E-01"),
				DiagramOptions.defaults());
		assertEquals(List.of("区安委会", "区安委会/RS-C-01", "区安监局", "区安监局/RS-D-01", "绿建化工", "绿建化工/RS-E-01",
				"绿建化工/总经理", "绿建化工/总经理/RS-P-01"), nodes(g),
				"the upstream duties and the implementing ones, not the siblings (禾润食品 also implements 区安监局's duty)");
		assertEquals(List.of("区安委会/RS-C-01 -> 区安监局/RS-D-01 DELEGATION", "区安监局/RS-D-01 -> 绿建化工/RS-E-01 DELEGATION",
				"绿建化工/RS-E-01 -> 绿建化工/总经理/RS-P-01 DELEGATION", "区安监局 -> 绿建化工 SUPERVISION"), edges(g));
	}

	@Test
	void chainOfAPartyShowsTheChainsOfAllItsDuties() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, org.health(), DiagramOptions.defaults());
		assertEquals(List.of("区安委会", "区安委会/RS-C-01", "区卫健局", "区卫健局/OH-D-01", "区卫健局/RS-D-01", "绿建建工",
				"绿建建工/OH-E-01", "绿建化工", "绿建化工/OH-E-01"), nodes(g),
				"RS-D-01 of 区卫健局 is implemented by no enterprise duty: the enterprises link to their first supervisor");
		assertEquals("区卫健局", name(g.nodes().stream().filter(DiagramNode::isEmphasised).findFirst().orElseThrow()));
	}

	@Test
	void chainOfAPlanTaskStartsAtTheTaskAndItsAssignedDuties() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		WorkPlan plan = TestModels.addPlan(org);
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN, plan.getSections().get(1).getTasks().get(0),
				DiagramOptions.defaults());
		assertEquals(List.of("1. 开展液氨制冷企业专项整治", "区安委会", "区安委会/RS-C-01", "区安监局", "区安监局/RS-D-01", "禾润食品",
				"禾润食品/RS-E-01", "禾润食品/总经理", "禾润食品/总经理/RS-P-01"), nodes(g));
		assertEquals("1. 开展液氨制冷企业专项整治 -> 禾润食品/RS-E-01 ASSIGNMENT", edges(g).get(0));
	}

	@Test
	void allChainsOfTheModelAreSplitAtTheCommitteeAndHaveStableFileNameSafeIds() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		List<ChainRef> chains = service.chains(org.model());
		Duty committee = TestModels.duty(org.committee(), "RS-C-01");
		assertEquals(List.of("LJ-AJJ_RS-D-01", "LJ-JSJ_RS-D-01", "LJ-WJJ_OH-D-01"),
				chains.stream().map(ChainRef::id).toList(), "one chain per duty implementing the committee's duty, "
						+ "except 区卫健局's RS-D-01, which nothing implements (the enterprises follow their first supervisor)");
		assertEquals(List.of(6, 4, 4), chains.stream().map(ChainRef::duties).toList(),
				"the committee duty, the department duty and what implements it");
		ChainRef first = chains.get(0);
		assertSame(TestModels.duty(org.safety(), "RS-D-01"), first.root());
		assertSame(committee, first.top());
		assertEquals(TestModels.DEPARTMENT_DUTY + "（区安监局）", first.label());
		DiagramGraph g = service.build(org.model(), DiagramKind.CHAIN,
				service.resolveRoot(org.model(), DiagramKind.CHAIN, first.id()), DiagramOptions.defaults());
		assertEquals(first.duties(), g.nodes().stream().filter(n -> n.role() == NodeRole.DUTY).count(),
				"the count is what the diagram shows");

		// a duty heading a chain outside the committee, a code with characters unsafe in file names, and a cycle
		Duty second = TestModels.handDuty(org.model(), org.office(), "DZ-01/年度", "组织安全生产考核");
		Duty part = TestModels.handDuty(org.model(), org.office(), "DZ-02", "组织考核的具体实施");
		part.setDelegatedFrom(second);
		Duty a = TestModels.handDuty(org.model(), org.office(), "X-1", "甲");
		Duty b = TestModels.handDuty(org.model(), org.office(), "X-2", "乙");
		a.setDelegatedFrom(b);
		b.setDelegatedFrom(a);
		List<String> ids = service.chains(org.model()).stream().map(ChainRef::id).toList();
		assertEquals(List.of("LJ-AJJ_RS-D-01", "LJ-JSJ_RS-D-01", "LJ-WJJ_OH-D-01", "LJ-DZB_DZ-01", "LJ-DZB_X-1"), ids, "'/年度' made safe; the cycle X-1 ⇄ X-2 headed by its first duty");
		for (String id : ids) {
			assertTrue(id.matches("[A-Za-z0-9._-]{1,64}"), id);
		}
		assertEquals(ids, service.chains(org.model()).stream().map(ChainRef::id).toList(), "stable");
	}

	@Test
	void rootsAreFoundByIdCodeOrNameAndAmbiguityIsExplained() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		var model = org.model();
		assertSame(TestModels.duty(org.safety(), "RS-D-01"), service.resolveRoot(model, DiagramKind.CHAIN, "LJ-AJJ/RS-D-01"));
		assertSame(TestModels.duty(org.committee(), "RS-C-01"), service.resolveRoot(model, DiagramKind.CHAIN, "RS-C-01"));
		assertSame(TestModels.duty(org.health(), "OH-D-01"),
				service.resolveRoot(model, DiagramKind.CHAIN, "LJ-WJJ_OH-D-01"), "a chain id");
		assertSame(org.health(), service.resolveRoot(model, DiagramKind.CHAIN, " LJ-WJJ "), "a party code, trimmed");
		assertSame(org.food(), service.resolveRoot(model, DiagramKind.ORGANISATION, "禾润食品"), "a short name");
		String id = ((org.eclipse.emf.ecore.xmi.XMLResource) model.eResource()).getID(org.chemical());
		assertSame(org.chemical(), service.resolveRoot(model, DiagramKind.ORGANISATION, id), "an xmi:id");

		DiagramException ambiguous = assertThrows(DiagramException.class,
				() -> service.resolveRoot(model, DiagramKind.CHAIN, "RS-D-01"));
		assertEquals(DiagramException.Problem.ROOT_AMBIGUOUS, ambiguous.problem());
		assertTrue(ambiguous.getMessage().contains("matches 3 elements") && ambiguous.getMessage().contains("LJ-AJJ/RS-D-01")
				&& ambiguous.getMessage().contains("LJ-JSJ/RS-D-01") && ambiguous.getMessage().contains("LJ-WJJ/RS-D-01"),
				ambiguous.getMessage());
		assertTrue(ambiguous.text().zh().contains("对应 3 个元素"), ambiguous.text().zh());

		DiagramException missing = assertThrows(DiagramException.class,
				() -> service.resolveRoot(model, DiagramKind.CHAIN, "NO-SUCH"));
		assertEquals(DiagramException.Problem.ROOT_NOT_FOUND, missing.problem());
		assertTrue(missing.getMessage().contains("'NO-SUCH'"), missing.getMessage());
		// EMF reads these as paths into the resource, not as ids (found by a new user: exit 3 with a stack trace)
		for (String path : new String[] { "/SR-D-01", "//", "/x", "/0/@parties.0" }) {
			DiagramException notFound = assertThrows(DiagramException.class,
					() -> service.resolveRoot(model, DiagramKind.CHAIN, path), path);
			assertEquals(DiagramException.Problem.ROOT_NOT_FOUND, notFound.problem(), path);
		}

		String dutyId = ((org.eclipse.emf.ecore.xmi.XMLResource) model.eResource())
				.getID(TestModels.duty(org.committee(), "RS-C-01"));
		DiagramException wrong = assertThrows(DiagramException.class,
				() -> service.resolveRoot(model, DiagramKind.ORGANISATION, dutyId));
		assertEquals(DiagramException.Problem.ROOT_WRONG_KIND, wrong.problem());
	}
}
