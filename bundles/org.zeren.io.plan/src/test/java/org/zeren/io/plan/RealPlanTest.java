package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenFactory;

/** The real plan, examples/lvjian-2017-work-safety-key-points.txt, imported into a fresh model. */
class RealPlanTest {

	private static ResponsibilityModel model;
	private static PlanImportResult result;

	@BeforeAll
	static void importRealPlan() throws PlanImportException {
		model = Fixtures.newModel();
		result = new PlanImporter(Fixtures.registry()).importPlan(Fixtures.REAL_PLAN, model);
	}

	private static PlanTask item(int number) {
		for (PlanSection s : result.plan().getSections()) {
			for (PlanTask t : s.getTasks()) {
				if (t.getNumber().equals(Integer.toString(number))) {
					return t;
				}
			}
		}
		throw new AssertionError("no item " + number);
	}

	private static List<String> titles(List<LegalBasis> bases) {
		return bases.stream().map(LegalBasis::getTitle).toList();
	}

	@Test
	void headerFields() {
		WorkPlan plan = result.plan();
		assertEquals(List.of(plan), model.getWorkPlans());
		assertEquals(PlanEncoding.UTF_8, result.encoding());
		assertEquals("绿建区2017年安全生产工作要点", plan.getTitle());
		assertEquals("各科室所、生产经营单位", plan.getRecipients());
		assertEquals("绿建区安全生产委员会(管委会代章)", plan.getIssuer());
		assertEquals(LocalDate.of(2017, 2, 23), plan.getIssuedOn());
		assertEquals(2017, plan.getYear());
		assertEquals("现将《绿建区2017年安全生产工作要点》印发给你们,请结合本部门、本单位实际,细化工作措施,认真贯彻落实。",
				plan.getDescription());
		assertTrue(plan.getGeneralApproach().startsWith("2017年绿建区安全生产工作的总体思路是"), plan.getGeneralApproach());
		assertTrue(plan.getGeneralApproach().endsWith("为党的十九大胜利召开营造良好的安全生产氛围。"), plan.getGeneralApproach());
	}

	@Test
	void fourSectionsWithTenItems() {
		List<PlanSection> sections = result.plan().getSections();
		assertEquals(List.of("一", "二", "三", "四"), sections.stream().map(PlanSection::getNumber).toList());
		assertEquals(List.of("强化“红线”意识,完善安全责任体系", "强化监督管理,履行监管职责", "突出工作重点,强化教育培训",
				"强化安全保障,提升服务水平"), sections.stream().map(PlanSection::getTitle).toList());
		assertEquals(List.of("1 2 3", "4", "5 6 7 8", "9 10"), sections.stream()
				.map(s -> s.getTasks().stream().map(PlanTask::getNumber).collect(Collectors.joining(" "))).toList());
		List<String> titles = sections.stream().flatMap(s -> s.getTasks().stream()).map(PlanTask::getTitle).toList();
		assertEquals(List.of("强化落实党委政府安全生产责任", "严格落实安全生产监管责任", "着重推进企业安全生产主体责任落实专项行动",
				"有计划地开展监督检查活动", "加强职业卫生监管", "强化工贸及其他行业领域专项整治", "持续推进企业安全生产标准化创建",
				"深入开展安全生产宣传教育培训工作", "强化安全生产应急管理", "优化安全生产长效管理考评"), titles);
		assertTrue(sections.stream().flatMap(s -> s.getTasks().stream()).allMatch(t -> t.getSubtasks().isEmpty()));
		assertEquals("加强职业卫生监管。对于存在职业病危害的用人单位,严格按照《职业病防治法》的有关规定,落实企业职业病危害因素定期检测、"
				+ "职业卫生培训、职业健康体检、职业病危害项目网上申报等职业病防治主体责任。加强企业职业健康监管执法,督促落实职业病危害告知、"
				+ "日常监测、定期报告、防护保障和职业健康体检等制度措施,落实职业病防治主体责任。", item(5).getText());
	}

	@Test
	void everyCitedDocumentOnceWithItsKind() {
		List<LegalBasis> bases = result.legalBases();
		assertEquals(bases, model.getLegalBases());
		assertEquals(List.of(
				"中共中央国务院关于推进安全生产领域改革发展的意见 NORMATIVE_DOCUMENT null",
				"绿建区安全生产“党政同责、一岗双责”暂行办法 NORMATIVE_DOCUMENT null",
				"武进区各级人民政府和区有关部门及单位安全生产监督管理职责规定 NORMATIVE_DOCUMENT null",
				"关于调整绿建区安全生产委员会成员的通知 NORMATIVE_DOCUMENT null",
				"常州市武进区生产经营单位安全生产主体责任暂行规定责任清单 NORMATIVE_DOCUMENT null",
				"安全生产法 LAW null",
				"职业病防治法 LAW null",
				"江苏省安全生产条例 LOCAL_REGULATION null",
				"企业安全生产标准化基本规范 NATIONAL_STANDARD GB/T 33000-2016"),
				bases.stream().map(b -> b.getTitle() + " " + b.getKind() + " " + b.getCode()).toList());
	}

	@Test
	void tasksCiteTheirDocumentsInOrder() {
		assertEquals(List.of("绿建区安全生产“党政同责、一岗双责”暂行办法"), titles(item(1).getCitedBases()));
		assertEquals(List.of("武进区各级人民政府和区有关部门及单位安全生产监督管理职责规定", "关于调整绿建区安全生产委员会成员的通知"),
				titles(item(2).getCitedBases()));
		assertEquals(List.of("常州市武进区生产经营单位安全生产主体责任暂行规定责任清单"), titles(item(3).getCitedBases()));
		assertEquals(List.of("安全生产法", "职业病防治法", "江苏省安全生产条例"), titles(item(4).getCitedBases()));
		assertEquals(List.of("职业病防治法"), titles(item(5).getCitedBases()));
		assertEquals(List.of(), titles(item(6).getCitedBases()));
		assertEquals(List.of("企业安全生产标准化基本规范"), titles(item(7).getCitedBases()));
		// item 8 cites 《关于推进安全生产领域改革发展的意见》, the document the general approach cites with its issuers
		assertEquals(List.of("中共中央国务院关于推进安全生产领域改革发展的意见", "江苏省安全生产条例"), titles(item(8).getCitedBases()));
		// one element per document: item 4 and item 5 share the same 职业病防治法
		assertSame(item(4).getCitedBases().get(1), item(5).getCitedBases().get(0));
	}

	@Test
	void quotedPrinciples() {
		// the quote inside 《绿建区安全生产“党政同责、一岗双责”暂行办法》 belongs to the title, not a principle
		assertEquals(List.of("党政同责、一岗双责、失职追责", "一票否决"), item(1).getPrinciples());
		assertEquals(List.of("管行业必须管安全、管业务必须管安全、管生产经营必须管安全", "两张清单"), item(2).getPrinciples());
		assertEquals(List.of("企业主体责任深化年", "一必须五到位"), item(3).getPrinciples());
		assertEquals(List.of("四不两直", "四个一律", "打非治违"), item(4).getPrinciples());
		assertEquals(List.of("安全生产月"), item(8).getPrinciples());
		assertEquals(List.of(), item(10).getPrinciples());
	}

	@Test
	void workAreasRecognisedByKeywords() {
		assertEquals(List.of(), ids(item(1)));
		assertEquals(List.of("emergency-management"), ids(item(3))); // 应急救援到位
		assertEquals(List.of("hazard-remediation", "occupational-health"), ids(item(4))); // 事故隐患, 《职业病防治法》
		assertEquals(List.of("occupational-health"), ids(item(5)));
		assertEquals(List.of("occupational-health", "special-equipment"), ids(item(6))); // 特种设备, 粉尘职业病
		assertEquals(List.of("work-safety-standardization"), ids(item(7)));
		assertEquals(List.of(), ids(item(8))); // 特种作业人员 is not 特种设备
		assertEquals(List.of("emergency-management"), ids(item(9)));
		assertEquals(List.of(), ids(item(10)));
		assertEquals(List.of("emergency-management 应急管理 Emergency management #C62828",
				"hazard-remediation 隐患排查治理 Hazard identification and remediation #EF6C00",
				"occupational-health 职业卫生 Occupational health #2E7D32",
				"special-equipment 特种设备 Special equipment #1565C0",
				"work-safety-standardization 安全生产标准化 Work safety standardization #6A1B9A"),
				model.getWorkAreas().stream()
						.map(a -> a.getId() + " " + a.getName() + " " + a.getEnglishName() + " " + a.getColour()).toList());
		assertEquals(model.getWorkAreas(), result.workAreas());
		assertSame(item(5).getWorkAreas().get(0), item(4).getWorkAreas().get(1));
	}

	private static List<String> ids(PlanTask task) {
		return task.getWorkAreas().stream().map(WorkArea::getId).toList();
	}

	@Test
	void theRealPlanImportsWithoutWarnings() {
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void emptyRegistryGivesNoWorkAreas() throws PlanImportException {
		ResponsibilityModel m = Fixtures.newModel();
		PlanImportResult r = new PlanImporter(new WorkAreaRegistry()).importPlan(Fixtures.REAL_PLAN, m);
		assertEquals(List.of(), m.getWorkAreas());
		assertEquals(List.of(), r.workAreas());
		assertTrue(r.plan().getSections().stream().flatMap(s -> s.getTasks().stream())
				.allMatch(t -> t.getWorkAreas().isEmpty()));
		assertEquals(9, m.getLegalBases().size());
	}

	@Test
	void reusesLegalBasesAndWorkAreasAlreadyInTheModel() throws PlanImportException {
		ResponsibilityModel m = Fixtures.newModel();
		LegalBasis law = ZerenFactory.eINSTANCE.createLegalBasis();
		law.setTitle("中华人民共和国安全生产法");
		law.setKind(LegalBasisKind.LAW);
		law.setCode("主席令第88号");
		m.getLegalBases().add(law);
		WorkArea health = ZerenFactory.eINSTANCE.createWorkArea();
		health.setId("occupational-health");
		health.setName("职业健康");
		m.getWorkAreas().add(health);

		PlanImportResult r = new PlanImporter(Fixtures.registry()).importPlan(Fixtures.REAL_PLAN, m);

		assertEquals(9, m.getLegalBases().size()); // 1 existing + 8 new; 《安全生产法》 is the existing law
		assertSame(law, m.getLegalBases().get(0));
		assertSame(law, r.legalBases().get(5));
		assertEquals("中华人民共和国安全生产法", item(r, 4).getCitedBases().get(0).getTitle());
		assertEquals(5, m.getWorkAreas().size());
		assertSame(health, item(r, 5).getWorkAreas().get(0));
		assertEquals("职业健康", health.getName()); // an existing element is not changed
	}

	private static PlanTask item(PlanImportResult r, int number) {
		return r.plan().getSections().stream().flatMap(s -> s.getTasks().stream())
				.filter(t -> t.getNumber().equals(Integer.toString(number))).findFirst().orElseThrow();
	}
}
