package org.zeren.workarea.standardization;

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
import org.zeren.model.EnterpriseScale;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.StandardizationLevel;

/** Identity, templates and rules of the standardization work area. */
class StandardizationWorkAreaTest {

	private static final Set<String> ANCHORS = Set.of("RS-C-01", "RS-D-01", "RS-E-01", "RS-P-01");

	private final StandardizationWorkArea area = new StandardizationWorkArea();

	@Test
	void identity() {
		assertEquals("standardization", area.id());
		assertEquals("安全生产标准化", area.name().zh());
		assertEquals("Work safety standardization", area.name().en());
		assertEquals("#6A1B9A", area.colour());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.standardization"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templateCodesInOrder() {
		assertEquals(List.of("ST-D-01", "ST-D-02", "ST-E-01", "ST-E-02", "ST-E-03", "ST-P-01", "ST-P-02"),
				area.dutyTemplates().stream().map(DutyTemplate::code).toList());
	}

	/** One party of each kind the templates tell apart; the entity is micro and graded. */
	private static List<Party> sampleParties() {
		Committee committee = F.createCommittee();
		committee.setName("安委会");
		Department supervisory = F.createDepartment();
		supervisory.setName("应急管理局");
		supervisory.setSupervisory(true);
		Department office = F.createDepartment();
		office.setName("党政办");
		Enterprise enterprise = Fixtures.enterprise("某五金加工厂");
		enterprise.setScale(EnterpriseScale.MICRO);
		enterprise.setStandardizationLevel(StandardizationLevel.LEVEL_3);
		Post leader = Fixtures.post(enterprise, "厂长", PostKind.PRINCIPAL_LEADER);
		Post manager = Fixtures.post(enterprise, "安全员", PostKind.SAFETY_MANAGER);
		Post welder = Fixtures.post(enterprise, "焊工", PostKind.SPECIAL_OPERATIONS);
		Post clerk = Fixtures.post(enterprise, "仓管员", PostKind.OTHER);
		return List.of(committee, supervisory, office, enterprise, leader, manager, welder, clerk);
	}

	@Test
	void everyTemplateCitesItsSourceAndSitsAtItsLevel() {
		Set<String> codes = area.dutyTemplates().stream().map(DutyTemplate::code).collect(Collectors.toSet());
		for (DutyTemplate t : area.dutyTemplates()) {
			assertTrue(t.code().matches("ST-[CDEP]-\\d{2}"), t.code());
			assertFalse(t.source().isBlank(), t.code());
			assertFalse(t.legalCitations().isEmpty(), t.code() + " cites no legal basis");
			char level = t.code().charAt(3);
			Class<?> holderClass = switch (level) {
			case 'C' -> Committee.class;
			case 'D' -> Department.class;
			case 'E' -> Enterprise.class;
			default -> Post.class;
			};
			DutyListKind expectedKind = switch (level) {
			case 'C', 'D' -> DutyListKind.RESPONSIBILITY_LIST;
			case 'E' -> DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			default -> DutyListKind.POST_DUTY_LIST;
			};
			assertEquals(expectedKind, t.listKind(), t.code());
			List<Party> holders = sampleParties().stream().filter(t::appliesTo).toList();
			assertFalse(holders.isEmpty(), t.code() + " applies to none of the sample parties");
			assertTrue(holders.stream().allMatch(holderClass::isInstance), t.code() + " applies to " + holders);
			String up = t.upstreamCode();
			assertTrue(up != null && (codes.contains(up) || ANCHORS.contains(up)), t.code() + " upstream " + up);
			assertTrue("CDEP".indexOf(up.charAt(3)) < "CDEP".indexOf(level), t.code() + ": upstream must be held higher");
		}
	}

	@Test
	void citesTheNationalStandard() {
		LegalCitation standard = area.dutyTemplates().get(0).legalCitations().get(0);
		assertEquals(new LegalCitation("企业安全生产标准化基本规范", LegalBasisKind.NATIONAL_STANDARD, "GB/T 33000-2016", null,
				null, null), standard);
	}

	@Test
	void conditionsFollowScaleAndGrade() {
		Map<String, DutyTemplate> t = area.dutyTemplates().stream()
				.collect(Collectors.toMap(DutyTemplate::code, Function.identity()));
		Enterprise large = Fixtures.enterprise("大型企业");
		large.setScale(EnterpriseScale.LARGE);
		Enterprise small = Fixtures.enterprise("小型企业");
		small.setScale(EnterpriseScale.SMALL);
		Enterprise unknown = Fixtures.enterprise("规模未定的企业");
		assertTrue(t.get("ST-E-02").appliesTo(small));
		assertFalse(t.get("ST-E-02").appliesTo(large));
		assertFalse(t.get("ST-E-02").appliesTo(unknown), "an undetermined scale is not small");
		assertTrue(t.get("ST-E-01").appliesTo(unknown));
		assertFalse(t.get("ST-E-03").appliesTo(large), "no grade, nothing to keep");
		large.setStandardizationLevel(StandardizationLevel.LEVEL_1);
		assertTrue(t.get("ST-E-03").appliesTo(large));
	}

	@Test
	void rulesAreNamedAndSourced() {
		assertEquals(
				List.of("standardization.high-risk-not-standardized", "standardization.graded-without-standardization-duty",
						"standardization.superseded-standard"),
				area.validationRules().stream().map(ValidationRule::id).toList());
		for (ValidationRule r : area.validationRules()) {
			assertFalse(r.source().isBlank(), r.id());
		}
	}
}
