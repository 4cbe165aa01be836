package org.zeren.workarea.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/** Each rule of the emergency-management work area, on a model that violates it and one that does not. */
class EmergencyManagementRulesTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private static WorkAreaRegistry registry() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(new EmergencyManagementWorkArea(), "org.zeren.workarea.emergency");
		return registry;
	}

	private static List<Finding> findings(ResponsibilityModel model, String ruleId) {
		return new ValidationEngine(List.of(), registry()).validate(model, null).findings().stream()
				.filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name, String industry) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		e.setIndustry(industry);
		model.getParties().add(e);
		return e;
	}

	private static DutyList primaryList(ResponsibilityModel model, Enterprise e, String... titles) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(e);
		for (String t : titles) {
			Obligation o = F.createObligation();
			o.setTitle(t);
			list.getDuties().add(o);
		}
		model.getDutyLists().add(list);
		return list;
	}

	@Test
	void everyRuleHasAnIdOfThisWorkAreaAndASource() {
		List<ValidationRule> rules = new EmergencyManagementWorkArea().validationRules();
		assertEquals(List.of("emergency-management.plan-missing", "emergency-management.drill-not-periodic",
				"emergency-management.rescue-organisation-missing"), rules.stream().map(ValidationRule::id).toList());
		assertEquals(List.of("《中华人民共和国安全生产法》(2021修正) 第八十一条", "《中华人民共和国安全生产法》(2021修正) 第八十一条",
				"《中华人民共和国安全生产法》(2021修正) 第八十二条"), rules.stream().map(ValidationRule::source).toList());
	}

	@Test
	void primaryListWithoutEmergencyPlanIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		primaryList(model, e, "建立健全全员安全生产责任制", "组织安全生产教育和培训");

		List<Finding> found = findings(model, "emergency-management.plan-missing");

		assertEquals(1, found.size());
		assertSame(e, found.get(0).element());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertEquals("生产经营单位“某机械厂”的主体责任清单缺少制定生产安全事故应急救援预案的事项", found.get(0).message().zh());
	}

	@Test
	void primaryListWithEmergencyPlanPasses() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		primaryList(model, e, "制定并实施本单位的生产安全事故应急救援预案");
		enterprise(model, "尚无清单的单位", "工贸");
		assertEquals(List.of(), findings(model, "emergency-management.plan-missing"));
	}

	@Test
	void drillWithoutPeriodIsAnError() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		DutyList list = primaryList(model, e, "组织应急预案演练", "组织消防宣传");
		Duty drill = list.getDuties().get(0);
		drill.setCode("Q-09");
		drill.setRecurrence(Recurrence.AS_NEEDED);

		List<Finding> found = findings(model, "emergency-management.drill-not-periodic");

		assertEquals(1, found.size());
		assertSame(drill, found.get(0).element());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("“某机械厂”的演练事项“Q-09 组织应急预案演练”未规定演练周期：应急预案演练应定期组织", found.get(0).message().zh());
	}

	@Test
	void periodicDrillsAndDepartmentDrillsPass() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		primaryList(model, e, "组织应急演练").getDuties().get(0).setRecurrence(Recurrence.ANNUAL);
		Department d = F.createDepartment();
		d.setName("区应急管理局");
		model.getParties().add(d);
		DutyList deptList = F.createDutyList();
		deptList.setKind(DutyListKind.RESPONSIBILITY_LIST);
		deptList.setHolder(d);
		deptList.getDuties().add(F.createResponsibility());
		deptList.getDuties().get(0).setTitle("组织本部门应急预案演练");
		model.getDutyLists().add(deptList);
		assertEquals(List.of(), findings(model, "emergency-management.drill-not-periodic"));
	}

	@Test
	void constructionEnterpriseWithoutRescueOrganisationIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise builder = enterprise(model, "某建设工程有限公司", "建筑施工");
		primaryList(model, builder, "制定生产安全事故应急救援预案");
		Enterprise shop = enterprise(model, "某服装厂", "工贸");
		primaryList(model, shop, "制定生产安全事故应急救援预案");

		List<Finding> found = findings(model, "emergency-management.rescue-organisation-missing");

		assertEquals(1, found.size());
		assertSame(builder, found.get(0).element());
		assertTrue(found.get(0).message().zh().startsWith("“某建设工程有限公司”属于建筑施工行业"), found.get(0).message().zh());
	}

	@Test
	void enterprisesWithTheTemplatesAppliedPassAllRules() {
		ResponsibilityModel model = F.createResponsibilityModel();
		enterprise(model, "某建设工程有限公司", "建筑施工");
		enterprise(model, "某服装厂", "工贸");
		new TemplateApplier(registry()).apply(model, null);
		assertEquals(List.of(), new ValidationEngine(List.of(), registry()).validate(model, null).findings());
	}
}
