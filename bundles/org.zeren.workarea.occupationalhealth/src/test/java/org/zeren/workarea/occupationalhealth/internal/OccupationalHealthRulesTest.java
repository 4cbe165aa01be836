package org.zeren.workarea.occupationalhealth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HazardCategory;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthFactory;

/** Each rule of the occupational-health work area, on a model that violates it and one that does not. */
class OccupationalHealthRulesTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private static final OccupationalHealthFactory OH = OccupationalHealthFactory.eINSTANCE;

	private final ResponsibilityModel model = F.createResponsibilityModel();
	private final Enterprise foundry = F.createEnterprise();

	OccupationalHealthRulesTest() {
		foundry.setName("某铸造有限公司");
		foundry.setHasOccupationalHazards(true);
		model.getParties().add(foundry);
	}

	private HazardFactorDuty duty(String code, String title) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(foundry);
		HazardFactorDuty d = OH.createHazardFactorDuty();
		d.setCode(code);
		d.setTitle(title);
		list.getDuties().add(d);
		model.getDutyLists().add(list);
		return d;
	}

	private static HazardFactor factor(HazardFactorDuty d, String name, HazardCategory category, int months) {
		HazardFactor f = OH.createHazardFactor();
		f.setName(name);
		f.setCategory(category);
		f.setTestingIntervalMonths(months);
		d.getHazardFactors().add(f);
		return f;
	}

	private static HealthExamination exam(HazardFactorDuty d, ExaminationKind kind, int months) {
		HealthExamination x = OH.createHealthExamination();
		x.setKind(kind);
		x.setIntervalMonths(months);
		d.getExaminations().add(x);
		return x;
	}

	private List<Finding> findings(String ruleId) {
		return new ValidationEngine(List.of(), Organisation.registry()).validate(model, null).findings().stream()
				.filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	@Test
	void everyRuleHasAnIdOfThisWorkAreaAndASource() {
		List<ValidationRule> rules = new OccupationalHealthWorkArea().validationRules();
		assertEquals(List.of("occupational-health.hazard-factors-missing", "occupational-health.testing-interval",
				"occupational-health.examination-schedule"), rules.stream().map(ValidationRule::id).toList());
		assertEquals(List.of("《中华人民共和国职业病防治法》(2018修正) 第十六条、第二十六条",
				"《工作场所职业卫生管理规定》(国家卫生健康委员会令第5号) 第二十条; 《中华人民共和国职业病防治法》(2018修正) 第二十六条",
				"《中华人民共和国职业病防治法》(2018修正) 第三十五条; GBZ 188-2014《职业健康监护技术规范》"),
				rules.stream().map(ValidationRule::source).toList());
	}

	@Test
	void hazardFactorDutyOfAHazardousEnterpriseWithoutFactorsIsAWarning() {
		HazardFactorDuty d = duty("OH-E-01", "职业病危害因素定期检测");

		List<Finding> found = findings("occupational-health.hazard-factors-missing");

		assertEquals(1, found.size());
		assertSame(d, found.get(0).element());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertEquals("存在职业病危害的“某铸造有限公司”的事项“OH-E-01 职业病危害因素定期检测”未列出职业病危害因素：请填写工作场所存在的危害因素（如矽尘、噪声、苯）",
				found.get(0).message().zh());
		assertEquals("duty \"OH-E-01 职业病危害因素定期检测\" of \"某铸造有限公司\", which has occupational hazards, lists no hazard factor:"
				+ " add the factors present in its workplaces", found.get(0).message().en());
	}

	@Test
	void hazardFactorDutyWithFactorsPasses() {
		factor(duty("OH-E-01", "职业病危害因素定期检测"), "矽尘", HazardCategory.DUST, 12);
		assertEquals(List.of(), findings("occupational-health.hazard-factors-missing"));
	}

	@Test
	void anEnterpriseWithoutHazardsIsNotAskedForFactors() {
		duty("OH-E-01", "职业病危害因素定期检测");
		foundry.setHasOccupationalHazards(false);
		assertEquals(List.of(), findings("occupational-health.hazard-factors-missing"));
	}

	@Test
	void testingLessOftenThanTheRulesAllowIsAnError() {
		HazardFactorDuty d = duty("OH-E-01", "职业病危害因素定期检测");
		factor(d, "噪声", HazardCategory.NOISE, 36);
		HazardFactor dust = factor(d, "矽尘", HazardCategory.DUST, 48);

		List<Finding> found = findings("occupational-health.testing-interval");
		assertEquals(1, found.size());
		assertSame(dust, found.get(0).element());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("“某铸造有限公司”的职业病危害因素“矽尘”每48个月检测一次，超过规定的36个月（职业病危害一般的用人单位每三年至少检测一次）",
				found.get(0).message().zh());

		// an employer with serious hazards must test every year: now the 36-month noise test is too rare as well
		d.setSeriousHazard(true);
		assertEquals(2, findings("occupational-health.testing-interval").size());
	}

	@Test
	void testingWithinTheIntervalsPasses() {
		HazardFactorDuty d = duty("OH-E-01", "职业病危害因素定期检测");
		d.setSeriousHazard(true);
		factor(d, "矽尘", HazardCategory.DUST, 12);
		factor(d, "苯", HazardCategory.CHEMICAL, 0); // not set yet: not this rule's business
		assertEquals(List.of(), findings("occupational-health.testing-interval"));
	}

	@Test
	void anExaminationScheduleWithoutExitExaminationIsAnError() {
		HazardFactorDuty d = duty("OH-E-02", "职业健康检查");
		factor(d, "噪声", HazardCategory.NOISE, 0);
		exam(d, ExaminationKind.PRE_EMPLOYMENT, 0);
		exam(d, ExaminationKind.PERIODIC, 12);

		List<Finding> found = findings("occupational-health.examination-schedule");

		assertEquals(1, found.size());
		assertSame(d, found.get(0).element());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("“某铸造有限公司”的事项“OH-E-02 职业健康检查”缺少离岗时职业健康检查", found.get(0).message().zh());
		assertEquals("duty \"OH-E-02 职业健康检查\" of \"某铸造有限公司\" lacks the exit occupational health examination",
				found.get(0).message().en());
	}

	@Test
	void aPeriodicExaminationIntervalLongerThanTheStandardAllowsIsAnError() {
		HazardFactorDuty d = duty("OH-E-02", "职业健康检查");
		exam(d, ExaminationKind.PRE_EMPLOYMENT, 0);
		HealthExamination periodic = exam(d, ExaminationKind.PERIODIC, 48);
		exam(d, ExaminationKind.EXIT, 0);

		List<Finding> found = findings("occupational-health.examination-schedule");
		assertEquals(1, found.size());
		assertSame(periodic, found.get(0).element());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("“某铸造有限公司”的在岗期间职业健康检查每48个月一次，长于GBZ 188-2014规定的最长周期36个月", found.get(0).message().zh());

		periodic.setIntervalMonths(0);
		found = findings("occupational-health.examination-schedule");
		assertEquals(1, found.size());
		assertEquals(Severity.WARNING, found.get(0).severity());
	}

	@Test
	void aCompleteExaminationScheduleAndATestingDutyWithoutExaminationsPass() {
		HazardFactorDuty exams = duty("OH-E-02", "职业健康检查");
		exam(exams, ExaminationKind.PRE_EMPLOYMENT, 0);
		exam(exams, ExaminationKind.PERIODIC, 36);
		exam(exams, ExaminationKind.EXIT, 0);
		duty("OH-E-01", "职业病危害因素定期检测");
		assertEquals(List.of(), findings("occupational-health.examination-schedule"));
	}
}
