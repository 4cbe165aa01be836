package org.zeren.workarea.responsibility;

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
import org.zeren.model.ZerenPackage;

/** Identity, templates and rules of the responsibility-system work area. */
class ResponsibilitySystemWorkAreaTest {

	private final ResponsibilitySystemWorkArea area = new ResponsibilitySystemWorkArea();

	@Test
	void identity() {
		assertEquals("responsibility-system", area.id());
		assertEquals("安全生产责任体系", area.name().zh());
		assertEquals("Responsibility system", area.name().en());
		assertEquals("#5D4037", area.colour());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.responsibility"));
		assertEquals(List.of(), registry.diagnostics());
		assertEquals(List.of(), area.ePackages());
	}

	@Test
	void templateCodesInOrder() {
		assertEquals(List.of("RS-C-01", "RS-D-01", "RS-D-02", "RS-E-01", "RS-E-02", "RS-E-03", "RS-P-01", "RS-P-02"),
				area.dutyTemplates().stream().map(DutyTemplate::code).toList());
	}

	@Test
	void anchorsAreExactlyAsAgreed() {
		Map<String, DutyTemplate> t = area.dutyTemplates().stream()
				.collect(Collectors.toMap(DutyTemplate::code, Function.identity()));
		assertAnchor(t.get("RS-C-01"), ZerenPackage.Literals.RESPONSIBILITY, DutyListKind.RESPONSIBILITY_LIST, null,
				"统筹协调本辖区安全生产工作，落实党政同责、一岗双责、失职追责");
		assertAnchor(t.get("RS-D-01"), ZerenPackage.Literals.RESPONSIBILITY, DutyListKind.RESPONSIBILITY_LIST, "RS-C-01",
				"按照“三个必须”依法履行本行业领域安全生产监督管理职责");
		assertAnchor(t.get("RS-E-01"), ZerenPackage.Literals.OBLIGATION, DutyListKind.PRIMARY_RESPONSIBILITY_LIST,
				"RS-D-01", "落实安全生产主体责任（一必须五到位）");
		assertAnchor(t.get("RS-P-01"), ZerenPackage.Literals.OBLIGATION, DutyListKind.POST_DUTY_LIST, "RS-E-01",
				"主要负责人对本单位安全生产工作全面负责（安全生产法第五条、第二十一条）");
		assertEquals("必须依法生产经营；安全责任到位，安全投入到位，安全培训到位，安全管理到位，应急救援到位。", t.get("RS-E-01").text());
		assertEquals(List.of(5, 21, 94),
				t.get("RS-P-01").legalCitations().stream().map(LegalCitation::article).toList());
	}

	private static void assertAnchor(DutyTemplate t, Object dutyClass, DutyListKind kind, String upstream, String title) {
		assertEquals(dutyClass, t.dutyClass(), t.code());
		assertEquals(kind, t.listKind(), t.code());
		assertEquals(upstream, t.upstreamCode(), t.code());
		assertEquals(title, t.title(), t.code());
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
		Enterprise enterprise = Fixtures.enterprise("某化工有限公司");
		enterprise.setIndustry("危险化学品");
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
			assertTrue(t.code().matches("RS-[CDEP]-\\d{2}"), t.code());
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
			if (t.upstreamCode() != null) {
				assertTrue(codes.contains(t.upstreamCode()), t.code() + " names unknown upstream " + t.upstreamCode());
				assertTrue("CDEP".indexOf(t.upstreamCode().charAt(3)) < "CDEP".indexOf(level),
						t.code() + ": upstream must be held at a higher level");
			} else {
				assertEquals('C', level, t.code() + " is the top of no chain");
			}
		}
	}

	@Test
	void conditionsFollowTheLaw() {
		Map<String, DutyTemplate> t = area.dutyTemplates().stream()
				.collect(Collectors.toMap(DutyTemplate::code, Function.identity()));
		Enterprise builder = Fixtures.enterprise("建工公司");
		builder.setIndustry("建筑施工");
		Enterprise shop = Fixtures.enterprise("商贸公司");
		shop.setIndustry("批发零售");
		Enterprise unknown = Fixtures.enterprise("未填行业的公司");
		assertTrue(t.get("RS-E-03").appliesTo(builder), "第二十四条: 建筑施工单位");
		assertFalse(t.get("RS-E-03").appliesTo(shop));
		assertFalse(t.get("RS-E-03").appliesTo(unknown));
		assertTrue(t.get("RS-E-01").appliesTo(shop));
		Department nonSupervisory = F.createDepartment();
		nonSupervisory.setName("党政办");
		assertFalse(t.get("RS-D-01").appliesTo(nonSupervisory));
		Department bureau = F.createDepartment();
		bureau.setName("住建局");
		Post director = Fixtures.post(bureau, "局长", PostKind.PRINCIPAL_LEADER);
		assertFalse(t.get("RS-P-01").appliesTo(director), "第五条 concerns the principal leader of an entity");
		Post leader = Fixtures.post(builder, "总经理", PostKind.PRINCIPAL_LEADER);
		assertTrue(t.get("RS-P-01").appliesTo(leader));
		assertFalse(t.get("RS-P-02").appliesTo(leader));
	}

	@Test
	void rulesAreNamedAndSourced() {
		assertEquals(
				List.of("responsibility-system.enterprise-without-principal-leader",
						"responsibility-system.primary-responsibility-list-missing",
						"responsibility-system.enterprise-unsupervised"),
				area.validationRules().stream().map(ValidationRule::id).toList());
		for (ValidationRule r : area.validationRules()) {
			assertFalse(r.source().isBlank(), r.id());
		}
		assertNull(area.dutyTemplates().get(0).upstreamCode());
	}
}
