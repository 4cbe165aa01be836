package org.zeren.workarea.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Department;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/** Each rule of the special-rectification work area, on a model that violates it and one that does not. */
class SpecialRectificationRulesTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private static List<Finding> findings(ResponsibilityModel model, String ruleId) {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(new SpecialRectificationWorkArea(), "org.zeren.workarea.rectification");
		return new ValidationEngine(List.of(), registry).validate(model, null).findings().stream()
				.filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name, String industry) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		e.setIndustry(industry);
		model.getParties().add(e);
		return e;
	}

	private static Department department(ResponsibilityModel model, String name, boolean supervisory) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setSupervisory(supervisory);
		model.getParties().add(d);
		return d;
	}

	private static void supervise(ResponsibilityModel model, Department d, Enterprise e) {
		Supervision s = F.createSupervision();
		s.setSupervisor(d);
		s.getSupervised().add(e);
		model.getSupervisions().add(s);
	}

	private static void primaryList(ResponsibilityModel model, Enterprise e, String... titles) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(e);
		for (String t : titles) {
			Obligation o = F.createObligation();
			o.setTitle(t);
			list.getDuties().add(o);
		}
		model.getDutyLists().add(list);
	}

	@Test
	void everyRuleHasAnIdOfThisWorkAreaAndASource() {
		List<ValidationRule> rules = new SpecialRectificationWorkArea().validationRules();
		assertEquals(List.of("special-rectification.campaign-enterprise-unsupervised",
				"special-rectification.fire-safety-duty-missing"), rules.stream().map(ValidationRule::id).toList());
		assertEquals(List.of("《中华人民共和国安全生产法》(2021修正) 第十条; 绿建区2017年安全生产工作要点 第6项",
				"《中华人民共和国消防法》(2021修正) 第十六条; 绿建区2017年安全生产工作要点 第6项"),
				rules.stream().map(ValidationRule::source).toList());
	}

	@Test
	void campaignEnterpriseWithoutSupervisoryDepartmentIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise builder = enterprise(model, "某建设工程有限公司", "建筑施工");
		Enterprise shop = enterprise(model, "某商贸公司", "商贸");
		Department archive = department(model, "区档案室", false);
		supervise(model, archive, builder); // not a supervisory department: does not count

		List<Finding> found = findings(model, "special-rectification.campaign-enterprise-unsupervised");

		assertEquals(1, found.size());
		assertSame(builder, found.get(0).element());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertEquals("“某建设工程有限公司”属于专项整治行业领域（建筑施工），但没有负有安全监管职责的部门监管它，专项整治和暗查暗访无人负责",
				found.get(0).message().zh());
		assertEquals(List.of(), found.stream().filter(f -> f.element() == shop).toList());
	}

	@Test
	void supervisedCampaignEnterprisesPass() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department construction = department(model, "区建设局", true);
		supervise(model, construction, enterprise(model, "某建设工程有限公司", "建筑施工"));
		supervise(model, construction, enterprise(model, "某木制品厂", "工贸（涉爆粉尘）"));
		assertEquals(List.of(), findings(model, "special-rectification.campaign-enterprise-unsupervised"));
	}

	@Test
	void labourIntensiveEnterpriseWithoutFireDutyIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise garments = enterprise(model, "某服装有限公司", "服装");
		primaryList(model, garments, "建立健全全员安全生产责任制", "组织安全生产教育和培训");
		Enterprise builder = enterprise(model, "某建设工程有限公司", "建筑施工");
		primaryList(model, builder, "建立健全全员安全生产责任制");

		List<Finding> found = findings(model, "special-rectification.fire-safety-duty-missing");

		assertEquals(1, found.size());
		assertSame(garments, found.get(0).element());
		assertEquals(Severity.WARNING, found.get(0).severity());
	}

	@Test
	void labourIntensiveEnterpriseWithFireDutyPasses() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise garments = enterprise(model, "某服装有限公司", "服装");
		primaryList(model, garments, "落实消防安全责任制，保障疏散通道畅通");
		assertEquals(List.of(), findings(model, "special-rectification.fire-safety-duty-missing"));
	}
}
