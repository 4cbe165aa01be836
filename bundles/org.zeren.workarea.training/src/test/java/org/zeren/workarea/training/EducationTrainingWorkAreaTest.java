package org.zeren.workarea.training;

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
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;

/** Identity, templates, keywords and template application of the education-and-training work area. */
class EducationTrainingWorkAreaTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private final EducationTrainingWorkArea area = new EducationTrainingWorkArea();

	@Test
	void identityIsStableAndAcceptedByTheRegistry() {
		assertEquals("education-training", area.id());
		assertEquals(new LocalizedText("宣传教育培训", "Education and training"), area.name());
		assertEquals("#1565C0", area.colour());
		assertEquals(List.of(), area.ePackages());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.training"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templatesAreListedPerLevelAndCiteTheirSources() {
		List<DutyTemplate> templates = area.dutyTemplates();
		assertEquals(List.of("ET-D-01", "ET-D-02", "ET-E-01", "ET-E-02", "ET-E-03", "ET-P-01", "ET-P-02", "ET-P-03"),
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
		assertEquals("ET-D-01 RS-C-01, ET-D-02 RS-C-01, ET-E-01 ET-D-01, ET-E-02 ET-D-01, ET-E-03 ET-D-02, "
				+ "ET-P-01 ET-E-01, ET-P-02 ET-E-01, ET-P-03 ET-E-02",
				String.join(", ", templates.stream().map(t -> t.code() + " " + t.upstreamCode()).toList()));
		assertTrue(templates.get(2).source().contains("第二十八条"), templates.get(2).source());
	}

	@Test
	void keywordsRecogniseItem8OfThe2017PlanAndNoOtherItem() throws IOException {
		Map<Integer, String> items = PlanItems.load();
		assertEquals(10, items.size());
		assertEquals(Set.of(8), PlanItems.matching(items, area.keywords()));
		assertEquals(Set.of(8), PlanItems.matching(items, List.of("持证上岗")));
		assertEquals(Set.of(8), PlanItems.matching(items, List.of("安全生产月")));
		assertEquals(Set.of(8), PlanItems.matching(items, List.of("三级教育")));
	}

	/** Committee > supervisory department; enterprise with four posts; department supervises it. */
	private static final class Org {
		final ResponsibilityModel model = F.createResponsibilityModel();
		final Committee committee = F.createCommittee();
		final Department department = F.createDepartment();
		final Department office = F.createDepartment();
		final Enterprise enterprise = F.createEnterprise();
		final Post leader = post("总经理", PostKind.PRINCIPAL_LEADER);
		final Post manager = post("安全员", PostKind.SAFETY_MANAGER);
		final Post welder = post("电焊工", PostKind.SPECIAL_OPERATIONS);
		final Post clerk = post("文员", PostKind.OTHER);

		Org() {
			committee.setName("绿建区安全生产委员会");
			department.setName("区应急管理局");
			department.setSupervisory(true);
			office.setName("区档案室");
			committee.getChildren().add(department);
			committee.getChildren().add(office);
			enterprise.setName("某机械制造有限公司");
			enterprise.setIndustry("工贸");
			enterprise.getChildren().addAll(List.of(leader, manager, welder, clerk));
			model.getParties().add(committee);
			model.getParties().add(enterprise);
			Supervision s = F.createSupervision();
			s.setSupervisor(department);
			s.getSupervised().add(enterprise);
			model.getSupervisions().add(s);
		}

		private static Post post(String name, PostKind kind) {
			Post p = F.createPost();
			p.setName(name);
			p.setKind(kind);
			return p;
		}
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

	@Test
	void applyingTheTemplatesBuildsTrainingChainsFromCommitteeToPosts() {
		Org org = new Org();
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.training"));
		assertTrue(registry.add(responsibilitySystemStandIn(), "test"));

		ApplyResult result = new TemplateApplier(registry).apply(org.model, null);

		assertEquals(List.of(), result.diagnostics());
		assertEquals(List.of("ET-D-01", "ET-D-02"), codes(org.model, org.department));
		assertEquals(List.of(), codes(org.model, org.office));
		assertEquals(List.of("ET-E-01", "ET-E-02", "ET-E-03"), codes(org.model, org.enterprise));
		assertEquals(List.of("ET-P-01"), codes(org.model, org.leader));
		assertEquals(List.of("ET-P-02"), codes(org.model, org.manager));
		assertEquals(List.of("ET-P-03"), codes(org.model, org.welder));
		assertEquals(List.of(), codes(org.model, org.clerk));
		assertEquals(List.of(), result.unlinked());
		assertEquals(8, result.linked());

		Duty rs = Fixtures.duty(org.model, org.committee, "RS-C-01");
		Duty d1 = Fixtures.duty(org.model, org.department, "ET-D-01");
		Duty e2 = Fixtures.duty(org.model, org.enterprise, "ET-E-02");
		Duty p3 = Fixtures.duty(org.model, org.welder, "ET-P-03");
		assertNotNull(rs);
		assertSame(e2, p3.getDelegatedFrom());
		assertSame(d1, e2.getDelegatedFrom());
		assertSame(rs, d1.getDelegatedFrom());
		assertSame(Fixtures.duty(org.model, org.department, "ET-D-02"), Fixtures.duty(org.model, org.enterprise, "ET-E-03").getDelegatedFrom());
		assertSame(Fixtures.duty(org.model, org.enterprise, "ET-E-01"), Fixtures.duty(org.model, org.leader, "ET-P-01").getDelegatedFrom());
		assertEquals("education-training", p3.getWorkArea().getId());
		assertEquals(Integer.valueOf(30), p3.getLegalReferences().get(0).getArticle());
		assertEquals("中华人民共和国安全生产法", p3.getLegalReferences().get(0).getBasis().getTitle());
		assertEquals(Integer.valueOf(3), Fixtures.duty(org.model, org.leader, "ET-P-01").getLegalReferences().get(0).getItem());
	}
}
