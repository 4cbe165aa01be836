package org.zeren.workarea.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zeren.test.support.Fixtures.F;

import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.Supervision;

/** Each rule on a model that breaks it and on one that keeps it. */
class RulesTest {

	private static Department department(ResponsibilityModel model, String name, boolean supervisory) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setSupervisory(supervisory);
		model.getParties().add(d);
		return d;
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name) {
		Enterprise e = Fixtures.enterprise(name);
		model.getParties().add(e);
		return e;
	}

	@Test
	void supervisionByANonSupervisoryDepartmentIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department office = department(model, "党政办", false);
		Department bureau = department(model, "应急管理局", true);
		Enterprise e = enterprise(model, "绿建物流有限公司");
		Supervision byOffice = Fixtures.supervise(model, office, e);
		Fixtures.supervise(model, bureau, e);
		List<Finding> findings = Fixtures.run(new SupervisorNotSupervisoryRule(), model);
		assertEquals(1, findings.size());
		assertSame(byOffice, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("监管关系的监管方“党政办”不是负有安全生产监督管理职责的部门；请将其标为负有安全监管职责的部门，或改由负有安全监管职责的部门监管",
				findings.get(0).message().zh());

		office.setSupervisory(true);
		assertEquals(List.of(), Fixtures.run(new SupervisorNotSupervisoryRule(), model));
	}

	@Test
	void supervisedEntityWithoutRiskGradeIsReportedOnce() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		Department housing = department(model, "住建局", true);
		Enterprise e = enterprise(model, "绿建建工集团有限公司");
		enterprise(model, "未列入监管的公司");
		Fixtures.supervise(model, bureau, e);
		Fixtures.supervise(model, housing, e);
		List<Finding> findings = Fixtures.run(new EnterpriseNotGradedRule(), model);
		assertEquals(1, findings.size(), "once per entity, and unsupervised entities are another rule's concern");
		assertSame(e, findings.get(0).element());
		assertEquals("supervised production and business entity \"绿建建工集团有限公司\" has no risk grade, so graded and "
				+ "classified supervision cannot set its inspection frequency; grade it (major/high/general/low)",
				findings.get(0).message().en());

		e.setRiskGrade(RiskGrade.MAJOR); // also the default literal: only isSetRiskGrade() tells graded from ungraded
		assertEquals(List.of(), Fixtures.run(new EnterpriseNotGradedRule(), model));
	}

	@Test
	void entityOutsideTheScopeOfItsSupervisionIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		Enterprise chemical = enterprise(model, "绿建化工有限公司");
		chemical.setRiskGrade(RiskGrade.GENERAL);
		chemical.setIndustry("危险化学品");
		Enterprise builder = enterprise(model, "绿建建工集团有限公司");
		builder.setRiskGrade(RiskGrade.HIGH);
		builder.setIndustry("建筑施工");
		Enterprise unknown = enterprise(model, "未定级未填行业的公司");
		Supervision s = Fixtures.supervise(model, bureau, chemical, builder, unknown);
		s.getScopeRiskGrades().addAll(List.of(RiskGrade.MAJOR, RiskGrade.HIGH));
		List<Finding> findings = Fixtures.run(new OutsideScopeRule(), model);
		assertEquals(1, findings.size(), findings.toString());
		assertSame(s, findings.get(0).element());
		assertEquals("“应急管理局”监管的生产经营单位“绿建化工有限公司”风险等级为“一般风险”，不在该监管关系的风险等级范围（重大风险、较大风险）内",
				findings.get(0).message().zh());

		s.getScopeRiskGrades().clear();
		s.getScopeIndustries().add("建筑施工");
		findings = Fixtures.run(new OutsideScopeRule(), model);
		assertEquals(1, findings.size());
		assertEquals("production and business entity \"绿建化工有限公司\" supervised by \"应急管理局\" is in industry \"危险化学品\", "
				+ "outside the relation's industries (建筑施工)", findings.get(0).message().en());

		s.getScopeIndustries().add("危险化学品");
		assertEquals(List.of(), Fixtures.run(new OutsideScopeRule(), model));
	}
}
