package org.zeren.workarea.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;

/** Identity, templates and rules of the appraisal work area. */
class AppraisalWorkAreaTest {

	private static final Set<String> ANCHORS = Set.of("RS-C-01", "RS-D-01", "RS-E-01", "RS-P-01");

	private final AppraisalWorkArea area = new AppraisalWorkArea();

	@Test
	void identity() {
		assertEquals("appraisal", area.id());
		assertEquals("考核评价", area.name().zh());
		assertEquals("Appraisal", area.name().en());
		assertEquals("#AD1457", area.colour());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.appraisal"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templateCodesInOrder() {
		assertEquals(List.of("AP-C-01", "AP-D-01", "AP-D-02", "AP-E-01", "AP-E-02", "AP-P-01", "AP-P-02"),
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
			assertTrue(t.code().matches("AP-[CDEP]-\\d{2}"), t.code());
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
			if (level == 'C') {
				assertNull(up, t.code() + ": a committee duty has no upstream party");
			} else {
				assertTrue(up != null && (codes.contains(up) || ANCHORS.contains(up)), t.code() + " upstream " + up);
				assertTrue("CDEP".indexOf(up.charAt(3)) < "CDEP".indexOf(level), t.code() + ": upstream must be held higher");
			}
		}
	}

	@Test
	void holdersAndVeto() {
		Map<String, DutyTemplate> t = area.dutyTemplates().stream()
				.collect(Collectors.toMap(DutyTemplate::code, Function.identity()));
		List<Party> sample = sampleParties();
		assertEquals(List.of("应急管理局", "党政办"),
				sample.stream().filter(t.get("AP-D-02")::appliesTo).map(Party::getName).toList(),
				"every department is appraised");
		assertEquals(List.of("安全员", "焊工", "仓管员"),
				sample.stream().filter(t.get("AP-P-02")::appliesTo).map(Party::getName).toList());
		assertEquals(List.of(AccountabilityMeasure.ONE_VOTE_VETO), t.get("AP-C-01").accountabilityMeasures());
		assertEquals(List.of(22), t.get("AP-E-01").legalCitations().stream().map(c -> c.article()).toList());
	}

	@Test
	void rulesAreNamedAndSourced() {
		assertEquals(List.of("appraisal.weights-not-100", "appraisal.veto-without-duty",
				"appraisal.supervisory-department-not-assessed"),
				area.validationRules().stream().map(ValidationRule::id).toList());
		for (ValidationRule r : area.validationRules()) {
			assertFalse(r.source().isBlank(), r.id());
		}
	}
}
