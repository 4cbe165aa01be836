package org.zeren.workarea.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.zeren.test.support.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;

/** Identity, templates, keywords and template application of the emergency-management work area. */
class EmergencyManagementWorkAreaTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private final EmergencyManagementWorkArea area = new EmergencyManagementWorkArea();

	@Test
	void identityIsStableAndAcceptedByTheRegistry() {
		assertEquals("emergency-management", area.id());
		assertEquals(new LocalizedText("应急管理", "Emergency management"), area.name());
		assertEquals("#C62828", area.colour());
		assertEquals(List.of(), area.ePackages());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.emergency"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templatesAreListedPerLevelAndCiteTheirSources() {
		List<DutyTemplate> templates = area.dutyTemplates();
		assertEquals(List.of("EM-D-01", "EM-D-02", "EM-E-01", "EM-E-02", "EM-E-03", "EM-P-01", "EM-P-02"),
				templates.stream().map(DutyTemplate::code).toList());
		for (DutyTemplate t : templates) {
			assertFalse(t.legalCitations().isEmpty(), t.code() + " cites nothing");
			assertNull(Citations.missingFromSource(t));
			char level = t.code().charAt(3);
			DutyListKind expectedKind = switch (level) {
			case 'D' -> DutyListKind.RESPONSIBILITY_LIST;
			case 'E' -> DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			default -> DutyListKind.POST_DUTY_LIST;
			};
			assertEquals(expectedKind, t.listKind(), t.code());
			assertSame(level == 'D' ? ZerenPackage.Literals.RESPONSIBILITY : ZerenPackage.Literals.OBLIGATION, t.dutyClass(),
					t.code());
		}
		assertEquals("EM-D-01 RS-C-01, EM-D-02 RS-C-01, EM-E-01 EM-D-01, EM-E-02 EM-D-01, EM-E-03 EM-D-01, "
				+ "EM-P-01 EM-E-01, EM-P-02 EM-E-02",
				String.join(", ", templates.stream().map(t -> t.code() + " " + t.upstreamCode()).toList()));
		assertEquals(Recurrence.SEMIANNUAL, templates.get(3).recurrence());
	}

	@Test
	void keywordsRecogniseItem9OfThe2017PlanAndNoOtherItem() throws IOException {
		Map<Integer, String> items = PlanItems.load();
		assertEquals(10, items.size());
		assertEquals(Set.of(9), PlanItems.matching(items, area.keywords()));
		assertEquals(Set.of(9), PlanItems.matching(items, List.of("应急救援队伍")));
		assertEquals(Set.of(9), PlanItems.matching(items, List.of("应急预案")));
		// item 3 names 应急救援到位 among "one must, five in place": a broader keyword would claim it
		assertEquals(Set.of(3, 9), PlanItems.matching(items, List.of("应急救援")));
	}

	@Test
	void rescueOrganisationTemplateAppliesToHighRiskIndustriesOnly() {
		DutyTemplate rescue = area.dutyTemplates().get(4);
		assertEquals("EM-E-03", rescue.code());
		assertTrue(rescue.appliesTo(enterprise("建筑施工")));
		assertTrue(rescue.appliesTo(enterprise("危险化学品经营")));
		assertTrue(rescue.appliesTo(enterprise("非煤矿山")));
		assertFalse(rescue.appliesTo(enterprise("工贸")));
		assertFalse(rescue.appliesTo(enterprise(null)));
	}

	private static Enterprise enterprise(String industry) {
		Enterprise e = F.createEnterprise();
		e.setName("某单位");
		e.setIndustry(industry);
		return e;
	}

	/** The committee-level anchor that the responsibility-system work area provides (stand-in). */
	static WorkAreaContribution responsibilitySystemStandIn() {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return "responsibility-system";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("安全生产责任体系", "Responsibility system");
			}

			@Override
			public String colour() {
				return "#455A64";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return List.of(DutyTemplate.builder("RS-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
						.title("统筹协调本行政区域安全生产工作").source("test stand-in").build());
			}
		};
	}


	private static List<String> codes(ResponsibilityModel model, Party holder) {
		return model.getDutyLists().stream().filter(l -> l.getHolder() == holder)
				.flatMap(l -> l.getDuties().stream()).map(Duty::getCode).filter(c -> !c.startsWith("RS-")).sorted().toList();
	}

	private static Post post(Enterprise e, String name, PostKind kind) {
		Post p = F.createPost();
		p.setName(name);
		p.setKind(kind);
		e.getChildren().add(p);
		return p;
	}

	@Test
	void applyingTheTemplatesBuildsEmergencyChainsFromCommitteeToPosts() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		Department department = F.createDepartment();
		department.setName("区建设局");
		department.setSupervisory(true);
		committee.getChildren().add(department);
		Enterprise builder = enterprise("建筑施工");
		builder.setName("某建设工程有限公司");
		Post leader = post(builder, "总经理", PostKind.PRINCIPAL_LEADER);
		Post manager = post(builder, "专职安全员", PostKind.SAFETY_MANAGER);
		Enterprise shop = enterprise("商贸");
		shop.setName("某商贸有限公司");
		model.getParties().addAll(List.of(committee, builder, shop));
		Supervision s = F.createSupervision();
		s.setSupervisor(department);
		s.getSupervised().addAll(List.of(builder, shop));
		model.getSupervisions().add(s);
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.emergency"));
		assertTrue(registry.add(responsibilitySystemStandIn(), "test"));

		ApplyResult result = new TemplateApplier(registry).apply(model, null);

		assertEquals(List.of(), result.diagnostics());
		assertEquals(List.of("EM-D-01", "EM-D-02"), codes(model, department));
		assertEquals(List.of("EM-E-01", "EM-E-02", "EM-E-03"), codes(model, builder));
		assertEquals(List.of("EM-E-01", "EM-E-02"), codes(model, shop));
		assertEquals(List.of("EM-P-01"), codes(model, leader));
		assertEquals(List.of("EM-P-02"), codes(model, manager));
		assertEquals(List.of(), result.unlinked());
		assertEquals(9, result.linked());

		Duty rs = Fixtures.duty(model, committee, "RS-C-01");
		Duty d1 = Fixtures.duty(model, department, "EM-D-01");
		assertNotNull(rs);
		assertSame(rs, d1.getDelegatedFrom());
		assertSame(rs, Fixtures.duty(model, department, "EM-D-02").getDelegatedFrom());
		assertSame(d1, Fixtures.duty(model, builder, "EM-E-03").getDelegatedFrom());
		assertSame(d1, Fixtures.duty(model, shop, "EM-E-02").getDelegatedFrom());
		assertSame(Fixtures.duty(model, builder, "EM-E-01"), Fixtures.duty(model, leader, "EM-P-01").getDelegatedFrom());
		assertSame(Fixtures.duty(model, builder, "EM-E-02"), Fixtures.duty(model, manager, "EM-P-02").getDelegatedFrom());
		assertEquals(Integer.valueOf(82), Fixtures.duty(model, builder, "EM-E-03").getLegalReferences().get(0).getArticle());
		assertEquals("生产安全事故应急条例", Fixtures.duty(model, builder, "EM-E-03").getLegalReferences().get(1).getBasis().getTitle());
	}
}
