package org.zeren.workarea.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zeren.test.support.Fixtures.F;

import org.zeren.test.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;

/** Identity, templates and rules of the supervision-and-inspection work area. */
class SupervisionInspectionWorkAreaTest {

	private static final Set<String> ANCHORS = Set.of("RS-C-01", "RS-D-01", "RS-E-01", "RS-P-01");

	private final SupervisionInspectionWorkArea area = new SupervisionInspectionWorkArea();

	@Test
	void identity() {
		assertEquals("supervision-inspection", area.id());
		assertEquals("监督检查", area.name().zh());
		assertEquals("Supervision and inspection", area.name().en());
		assertEquals("#00838F", area.colour());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.supervision"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templateCodesInOrder() {
		assertEquals(List.of("SI-D-01", "SI-D-02", "SI-D-03", "SI-D-04", "SI-D-05", "SI-D-06", "SI-E-01", "SI-E-02",
				"SI-E-03", "SI-P-01", "SI-P-02"),
				area.dutyTemplates().stream().map(DutyTemplate::code).toList());
	}

	/** One party of each kind the templates tell apart. */
	private static List<Party> sampleParties() {
		Committee committee = F.createCommittee();
		committee.setName("安委会");
		Department supervisory = F.createDepartment();
		supervisory.setName("应急管理局");
		supervisory.setSupervisory(true);
		Department office = F.createDepartment();
		office.setName("党政办");
		Enterprise enterprise = Fixtures.enterprise("某机械有限公司");
		Post leader = Fixtures.post(enterprise, "总经理", PostKind.PRINCIPAL_LEADER);
		Post manager = Fixtures.post(enterprise, "安全员", PostKind.SAFETY_MANAGER);
		Post welder = Fixtures.post(enterprise, "焊工", PostKind.SPECIAL_OPERATIONS);
		Post clerk = Fixtures.post(enterprise, "仓管员", PostKind.OTHER);
		return List.of(committee, supervisory, office, enterprise, leader, manager, welder, clerk);
	}

	@Test
	void everyTemplateCitesItsSourceAndSitsAtItsLevel() {
		Set<String> codes = area.dutyTemplates().stream().map(DutyTemplate::code).collect(Collectors.toSet());
		for (DutyTemplate t : area.dutyTemplates()) {
			assertTrue(t.code().matches("SI-[CDEP]-\\d{2}"), t.code());
			assertFalse(t.source().isBlank(), t.code());
			assertFalse(t.legalCitations().isEmpty(), t.code() + " cites no legal basis");
			char level = t.code().charAt(3);
			Class<?> holderClass = switch (level) {
			case 'C' -> Committee.class;
			case 'D' -> Department.class;
			case 'E' -> Enterprise.class;
			default -> Post.class;
			};
			boolean power = t.dutyClass() == org.zeren.model.ZerenPackage.Literals.POWER;
			DutyListKind expectedKind = switch (level) {
			case 'D' -> power ? DutyListKind.POWER_LIST : DutyListKind.RESPONSIBILITY_LIST;
			case 'C' -> DutyListKind.RESPONSIBILITY_LIST;
			case 'E' -> DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			default -> DutyListKind.POST_DUTY_LIST;
			};
			assertEquals(expectedKind, t.listKind(), t.code());
			List<Party> holders = sampleParties().stream().filter(t::appliesTo).toList();
			assertFalse(holders.isEmpty(), t.code() + " applies to none of the sample parties");
			assertTrue(holders.stream().allMatch(holderClass::isInstance), t.code() + " applies to " + holders);
			String up = t.upstreamCode();
			assertTrue(up != null && (codes.contains(up) || ANCHORS.contains(up)), t.code() + " upstream " + up);
			// a power implements its own department's inspection duty; everything else a duty held higher up
			assertTrue(power ? up.equals("SI-D-02") : "CDEP".indexOf(up.charAt(3)) < "CDEP".indexOf(level),
					t.code() + ": upstream " + up);
		}
	}

	@Test
	void citationsAndConditions() {
		Map<String, DutyTemplate> t = area.dutyTemplates().stream()
				.collect(Collectors.toMap(DutyTemplate::code, Function.identity()));
		LegalCitation plan = t.get("SI-D-01").legalCitations().get(0);
		assertEquals("中华人民共和国安全生产法", plan.title());
		assertEquals(62, plan.article(), "年度监督检查计划: 第六十二条");
		assertEquals(2, plan.paragraph());
		assertEquals(Recurrence.ANNUAL, t.get("SI-D-01").recurrence());
		assertEquals(List.of(41), t.get("SI-E-02").legalCitations().stream().map(LegalCitation::article).toList());
		assertEquals(5, t.get("SI-P-02").legalCitations().get(0).item(), "第二十一条第（五）项");
		Department office = F.createDepartment();
		office.setName("党政办");
		assertFalse(t.get("SI-D-02").appliesTo(office), "only supervisory departments inspect");
		Post leaderOfDepartment = Fixtures.post(office, "主任", PostKind.PRINCIPAL_LEADER);
		assertFalse(t.get("SI-P-02").appliesTo(leaderOfDepartment));
	}

	@Test
	void rulesAreNamedAndSourced() {
		assertEquals(
				List.of("supervision-inspection.supervisor-not-supervisory", "supervision-inspection.enterprise-not-graded",
						"supervision-inspection.outside-scope"),
				area.validationRules().stream().map(ValidationRule::id).toList());
		for (ValidationRule r : area.validationRules()) {
			assertFalse(r.source().isBlank(), r.id());
		}
	}
}
