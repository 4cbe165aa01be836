package org.zeren.workarea.rectification;

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

/** Identity, templates, keywords and template application of the special-rectification work area. */
class SpecialRectificationWorkAreaTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private final SpecialRectificationWorkArea area = new SpecialRectificationWorkArea();

	@Test
	void identityIsStableAndAcceptedByTheRegistry() {
		assertEquals("special-rectification", area.id());
		assertEquals(new LocalizedText("专项整治", "Special rectification"), area.name());
		assertEquals("#EF6C00", area.colour());
		assertEquals(List.of(), area.ePackages());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.rectification"));
		assertEquals(List.of(), registry.diagnostics());
	}

	@Test
	void templatesAreListedPerLevelAndCiteTheirSources() {
		List<DutyTemplate> templates = area.dutyTemplates();
		assertEquals(List.of("SR-D-01", "SR-D-02", "SR-E-01", "SR-E-02", "SR-E-03", "SR-P-01"),
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
			if (level == 'E') {
				assertEquals(Recurrence.NONE, t.recurrence(), t.code() + ": campaign duties are time-boxed");
			}
		}
		assertEquals("SR-D-01 RS-C-01, SR-D-02 RS-C-01, SR-E-01 SR-D-01, SR-E-02 SR-D-02, SR-E-03 SR-D-02, SR-P-01 SR-E-01",
				String.join(", ", templates.stream().map(t -> t.code() + " " + t.upstreamCode()).toList()));
	}

	@Test
	void keywordsRecogniseItem6OfThe2017PlanAndNoOtherItem() throws IOException {
		Map<Integer, String> items = PlanItems.load();
		assertEquals(10, items.size());
		assertEquals(Set.of(6), PlanItems.matching(items, area.keywords()));
		for (String k : List.of("专项整治", "暗查暗访", "特种设备", "劳动密集型", "建筑施工")) {
			assertEquals(Set.of(6), PlanItems.matching(items, List.of(k)), k);
		}
	}

	@Test
	void sectorsAreRecognisedFromTheIndustryText() {
		DutyTemplate fire = area.dutyTemplates().get(3);
		DutyTemplate dust = area.dutyTemplates().get(4);
		assertTrue(fire.appliesTo(enterprise("服装加工")));
		assertTrue(fire.appliesTo(enterprise("劳动密集型制造")));
		assertFalse(fire.appliesTo(enterprise("建筑施工")));
		assertTrue(dust.appliesTo(enterprise("工贸（涉爆粉尘）")));
		assertFalse(dust.appliesTo(enterprise("工贸")));
		assertFalse(dust.appliesTo(enterprise(null)));
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

	private static Department department(Committee committee, String name) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setSupervisory(true);
		committee.getChildren().add(d);
		return d;
	}

	private static void supervise(ResponsibilityModel model, Department d, Enterprise... enterprises) {
		Supervision s = F.createSupervision();
		s.setSupervisor(d);
		s.getSupervised().addAll(List.of(enterprises));
		model.getSupervisions().add(s);
	}

	@Test
	void applyingTheTemplatesBuildsCampaignChainsThroughTheSupervisingDepartments() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		Department construction = department(committee, "区建设局");
		Department safety = department(committee, "区安监局");
		Enterprise builder = enterprise("建筑施工");
		builder.setName("某建设工程有限公司");
		Post manager = F.createPost();
		manager.setName("项目专职安全员");
		manager.setKind(PostKind.SAFETY_MANAGER);
		builder.getChildren().add(manager);
		Enterprise garments = enterprise("服装");
		garments.setName("某服装有限公司");
		Enterprise mill = enterprise("工贸（涉爆粉尘）");
		mill.setName("某木制品厂");
		model.getParties().addAll(List.of(committee, builder, garments, mill));
		supervise(model, construction, builder);
		supervise(model, safety, garments, mill);
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.rectification"));
		assertTrue(registry.add(responsibilitySystemStandIn(), "test"));

		ApplyResult result = new TemplateApplier(registry).apply(model, null);

		assertEquals(List.of(), result.diagnostics());
		assertEquals(List.of("SR-D-01", "SR-D-02"), codes(model, construction));
		assertEquals(List.of("SR-D-02"), codes(model, safety));
		assertEquals(List.of("SR-E-01"), codes(model, builder));
		assertEquals(List.of("SR-E-02"), codes(model, garments));
		assertEquals(List.of("SR-E-03"), codes(model, mill));
		assertEquals(List.of("SR-P-01"), codes(model, manager));
		assertEquals(List.of(), result.unlinked());

		Duty rs = Fixtures.duty(model, committee, "RS-C-01");
		assertNotNull(rs);
		assertSame(rs, Fixtures.duty(model, construction, "SR-D-01").getDelegatedFrom());
		assertSame(Fixtures.duty(model, construction, "SR-D-01"), Fixtures.duty(model, builder, "SR-E-01").getDelegatedFrom());
		assertSame(Fixtures.duty(model, builder, "SR-E-01"), Fixtures.duty(model, manager, "SR-P-01").getDelegatedFrom());
		assertSame(Fixtures.duty(model, safety, "SR-D-02"), Fixtures.duty(model, garments, "SR-E-02").getDelegatedFrom());
		assertSame(Fixtures.duty(model, safety, "SR-D-02"), Fixtures.duty(model, mill, "SR-E-03").getDelegatedFrom());
		assertEquals(Integer.valueOf(16), Fixtures.duty(model, garments, "SR-E-02").getLegalReferences().get(0).getArticle());
		assertEquals("中华人民共和国消防法", Fixtures.duty(model, garments, "SR-E-02").getLegalReferences().get(0).getBasis().getTitle());
	}
}
