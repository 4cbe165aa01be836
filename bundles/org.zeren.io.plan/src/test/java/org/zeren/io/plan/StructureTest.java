package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeren.model.LegalBasis;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;

/**
 * src/test/resources/structure-plan.txt: full-width numbers and colon, a date in Chinese numerals,
 * sub-items inside an item and directly in a section, an item number gap, a section without items,
 * a paragraph outside any item, standards, a law cited with and without 中华人民共和国.
 */
class StructureTest {

	private static ResponsibilityModel model;
	private static PlanImportResult result;
	private static WorkPlan plan;

	@BeforeAll
	static void importFixture() throws PlanImportException {
		model = Fixtures.newModel();
		result = new PlanImporter(Fixtures.registry()).importPlan(Fixtures.resource("structure-plan.txt"), model);
		plan = result.plan();
	}

	@Test
	void header() {
		assertEquals("示范区2018年安全生产工作计划", plan.getTitle());
		assertEquals("区各部门", plan.getRecipients());
		assertEquals("示范区安全生产委员会", plan.getIssuer());
		assertEquals(LocalDate.of(2018, 3, 5), plan.getIssuedOn());
		assertEquals(2018, plan.getYear());
		assertEquals("总体思路：坚持“安全第一、预防为主、综合治理”的方针。", plan.getGeneralApproach());
	}

	@Test
	void nesting() {
		List<PlanSection> sections = plan.getSections();
		assertEquals(List.of("一 健全责任体系", "二 专项整治", "三 保障措施"),
				sections.stream().map(s -> s.getNumber() + " " + s.getTitle()).toList());
		assertEquals("本章说明段落，没有编号。", sections.get(0).getDescription());
		assertNull(sections.get(1).getDescription());

		List<PlanTask> items = sections.get(0).getTasks();
		assertEquals(List.of("１", "2", "4"), items.stream().map(PlanTask::getNumber).toList());
		PlanTask first = items.get(0);
		assertEquals("落实《中华人民共和国安全生产法》规定的责任", first.getTitle());
		assertEquals(List.of("（一） 修订责任清单", "（二） 开展培训，落实“三级安全教育”"),
				first.getSubtasks().stream().map(t -> t.getNumber() + " " + t.getTitle()).toList());
		assertEquals(List.of("三级安全教育"), first.getSubtasks().get(1).getPrinciples());

		PlanTask second = items.get(1);
		assertEquals("推进隐患排查治理", second.getTitle()); // no 。: the first line
		assertEquals("推进隐患排查治理\n第二段：落实“一岗双责”。", second.getText());
		assertEquals(List.of("一岗双责"), second.getPrinciples());

		// before any item, sub-items belong to the section
		assertEquals(List.of("（一） 特种设备专项整治", "（二） 职业病危害专项治理，落实《职业病防治法》"),
				sections.get(1).getTasks().stream().map(t -> t.getNumber() + " " + t.getTitle()).toList());
		assertEquals(List.of(), sections.get(2).getTasks());
	}

	@Test
	void legalBases() {
		assertEquals(List.of("中华人民共和国安全生产法 LAW null", "危险化学品安全管理条例 ADMINISTRATIVE_REGULATION null",
				"上海市安全生产条例 LOCAL_REGULATION null", "企业安全文化建设导则 INDUSTRY_STANDARD AQ/T 9004-2008",
				"危险化学品企业特殊作业安全规范 NATIONAL_STANDARD GB 30871-2022", "安全生产大检查 NORMATIVE_DOCUMENT null",
				"职业病防治法 LAW null"),
				result.legalBases().stream().map(b -> b.getTitle() + " " + b.getKind() + " " + b.getCode()).toList());
		assertEquals(result.legalBases(), model.getLegalBases());
		PlanTask first = plan.getSections().get(0).getTasks().get(0);
		// 《中华人民共和国安全生产法》 and 《安全生产法》 are one document
		assertEquals(List.of("中华人民共和国安全生产法", "危险化学品安全管理条例", "上海市安全生产条例"),
				first.getCitedBases().stream().map(LegalBasis::getTitle).toList());
		assertSame(model.getLegalBases().get(3), first.getSubtasks().get(0).getCitedBases().get(0));
	}

	@Test
	void workAreas() {
		List<PlanSection> sections = plan.getSections();
		assertEquals(List.of("hazard-remediation"), ids(sections.get(0).getTasks().get(1)));
		assertEquals(List.of("emergency-management"), ids(sections.get(0).getTasks().get(2)));
		assertEquals(List.of("special-equipment"), ids(sections.get(1).getTasks().get(0)));
		assertEquals(List.of("occupational-health"), ids(sections.get(1).getTasks().get(1)));
	}

	private static List<String> ids(PlanTask task) {
		return task.getWorkAreas().stream().map(WorkArea::getId).toList();
	}

	@Test
	void warningsWithLines() {
		assertEquals(List.of(
				"line 8: 此段不属于任何编号条目，作为章节“一”的说明保存 / this paragraph belongs to no numbered item; "
						+ "it is kept as the description of section 一",
				"line 14: 条目序号“4”不连续，应为“3” / item number 4 is out of sequence, expected 3",
				"line 14: 无法从标题判断《安全生产大检查》的类别，按规范性文件处理 / the kind of 《安全生产大检查》 is not "
						+ "recognised from its title; it is taken as a normative document",
				"line 18: 章节“三”没有条目 / section 三 has no items"),
				result.warnings().stream().map(PlanImportWarning::toString).toList());
	}
}
