package org.zeren.workarea.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zeren.test.support.Fixtures.F;

import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.model.AssessmentIndicator;
import org.zeren.model.Department;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.IndicatorType;
import org.zeren.model.Party;
import org.zeren.model.Responsibility;
import org.zeren.model.ResponsibilityModel;

/** Each rule on a model that breaks it and on one that keeps it. */
class RulesTest {

	private static Department department(ResponsibilityModel model, String name, boolean supervisory) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setSupervisory(supervisory);
		model.getParties().add(d);
		return d;
	}

	private static AssessmentIndicator indicator(ResponsibilityModel model, String code, IndicatorType type,
			double weight, Party... assessed) {
		AssessmentIndicator i = F.createAssessmentIndicator();
		i.setCode(code);
		i.setName(code);
		i.setType(type);
		i.setWeight(weight);
		i.getAssessedParties().addAll(List.of(assessed));
		model.getAssessmentIndicators().add(i);
		return i;
	}

	private static Responsibility duty(ResponsibilityModel model, Party holder, String code) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.RESPONSIBILITY_LIST);
		list.setHolder(holder);
		model.getDutyLists().add(list);
		Responsibility r = F.createResponsibility();
		r.setCode(code);
		r.setTitle("依法履行本行业领域安全生产监督管理职责");
		list.getDuties().add(r);
		return r;
	}

	@Test
	void weightsOfEachAssessedPartyMustTotalOneHundred() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		Department housing = department(model, "住建局", true);
		indicator(model, "AP-01", IndicatorType.PROCESS, 30, bureau, housing);
		indicator(model, "AP-02", IndicatorType.RESULT, 60, bureau, housing);
		AssessmentIndicator veto = indicator(model, "AP-V", IndicatorType.RESULT, 0, bureau);
		veto.setVeto(true);
		List<Finding> findings = Fixtures.run(new WeightsSumRule(), model);
		assertEquals(2, findings.size());
		assertSame(bureau, findings.get(0).element());
		assertSame(housing, findings.get(1).element());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertEquals("考核对象“应急管理局”的考核指标权重合计为90分，应为100分（AP-01 30、AP-02 60）", findings.get(0).message().zh());

		indicator(model, "AP-03", IndicatorType.PROCESS, 10, bureau, housing);
		assertEquals(List.of(), Fixtures.run(new WeightsSumRule(), model), "a veto-only indicator weighs nothing");
	}

	@Test
	void indicatorsWithoutAssessedPartiesAssessTheHoldersOfTheirDuties() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		AssessmentIndicator byDuty = indicator(model, "AP-01", IndicatorType.PROCESS, 12.5);
		byDuty.getMeasuredDuties().add(duty(model, bureau, "RS-D-01"));
		indicator(model, "AP-02", IndicatorType.RESULT, 80);
		List<Finding> findings = Fixtures.run(new WeightsSumRule(), model);
		assertEquals(2, findings.size(), findings.toString());
		assertSame(bureau, findings.get(0).element());
		assertEquals("the weights of the indicators assessing \"应急管理局\" sum to 12.5 points, not 100 (AP-01 12.5)",
				findings.get(0).message().en());
		assertNull(findings.get(1).element(), "indicators naming neither parties nor duties form the model-wide group");
		assertEquals("未指定考核对象的考核指标权重合计为80分，应为100分（AP-02 80）", findings.get(1).message().zh());

		byDuty.setWeight(100);
		model.getAssessmentIndicators().get(1).setWeight(100);
		assertEquals(List.of(), Fixtures.run(new WeightsSumRule(), model));
	}

	@Test
	void vetoIndicatorWithoutDutyIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		AssessmentIndicator veto = indicator(model, "AP-V1", IndicatorType.RESULT, 0, bureau);
		veto.setName("发生较大及以上生产安全事故");
		veto.setVeto(true);
		indicator(model, "AP-01", IndicatorType.PROCESS, 100, bureau); // not a veto: may measure nothing yet
		List<Finding> findings = Fixtures.run(new VetoWithoutDutyRule(), model);
		assertEquals(1, findings.size());
		assertSame(veto, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("一票否决指标“AP-V1”没有关联任何清单事项；请指明哪些职责未履行将导致一票否决", findings.get(0).message().zh());

		veto.getMeasuredDuties().add(duty(model, bureau, "RS-D-01"));
		assertEquals(List.of(), Fixtures.run(new VetoWithoutDutyRule(), model));
	}

	@Test
	void supervisoryDepartmentNobodyAssessesIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Department bureau = department(model, "应急管理局", true);
		Department housing = department(model, "住建局", true);
		department(model, "党政办", false);
		assertEquals(List.of(), Fixtures.run(new DepartmentNotAssessedRule(), model), "no appraisal modelled yet");

		indicator(model, "AP-01", IndicatorType.PROCESS, 100, bureau);
		List<Finding> findings = Fixtures.run(new DepartmentNotAssessedRule(), model);
		assertEquals(1, findings.size(), "non-supervisory departments are not required");
		assertSame(housing, findings.get(0).element());
		assertEquals("supervisory department \"住建局\" is assessed by no indicator; add it to an indicator's assessed "
				+ "parties or let an indicator measure its duties", findings.get(0).message().en());

		AssessmentIndicator byDuty = indicator(model, "AP-02", IndicatorType.RESULT, 100);
		byDuty.getMeasuredDuties().add(duty(model, housing, "RS-D-01"));
		assertEquals(List.of(), Fixtures.run(new DepartmentNotAssessedRule(), model));
	}
}
