package org.zeren.workarea.standardization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zeren.test.support.Fixtures.F;

import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalReference;
import org.zeren.model.Obligation;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.StandardizationLevel;

/** Each rule on a model that breaks it and on one that keeps it. */
class RulesTest {

	private static Enterprise enterprise(ResponsibilityModel model, String name, RiskGrade grade,
			StandardizationLevel level) {
		Enterprise e = Fixtures.enterprise(name);
		if (grade != null) {
			e.setRiskGrade(grade);
		}
		e.setStandardizationLevel(level);
		model.getParties().add(e);
		return e;
	}

	private static LegalBasis basis(ResponsibilityModel model, String title, LegalBasisKind kind, String code) {
		LegalBasis b = F.createLegalBasis();
		b.setTitle(title);
		b.setKind(kind);
		b.setCode(code);
		model.getLegalBases().add(b);
		return b;
	}

	/** Gives the entity a primary-responsibility list with one duty citing the basis. */
	private static Obligation duty(ResponsibilityModel model, Enterprise holder, LegalBasis basis) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(holder);
		model.getDutyLists().add(list);
		Obligation o = F.createObligation();
		o.setCode("Q-01");
		o.setTitle("开展安全生产标准化建设");
		LegalReference ref = F.createLegalReference();
		ref.setBasis(basis);
		o.getLegalReferences().add(ref);
		list.getDuties().add(o);
		return o;
	}

	@Test
	void highRiskEntityWithoutGradeIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise chemical = enterprise(model, "绿建化工有限公司", RiskGrade.MAJOR, StandardizationLevel.NONE);
		enterprise(model, "一般风险的工厂", RiskGrade.GENERAL, StandardizationLevel.NONE);
		enterprise(model, "未评定风险的工厂", null, StandardizationLevel.NONE);
		Enterprise builder = enterprise(model, "已达标的建工公司", RiskGrade.HIGH, StandardizationLevel.LEVEL_3);
		List<Finding> findings = Fixtures.run(new HighRiskNotStandardizedRule(), model);
		assertEquals(1, findings.size(), findings.toString());
		assertSame(chemical, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("生产经营单位“绿建化工有限公司”安全风险等级为“重大风险”，但未取得安全生产标准化等级；请督促其按GB/T 33000-2016开展标准化创建和定级",
				findings.get(0).message().zh());

		chemical.setStandardizationLevel(StandardizationLevel.LEVEL_2);
		builder.setStandardizationLevel(StandardizationLevel.NONE);
		findings = Fixtures.run(new HighRiskNotStandardizedRule(), model);
		assertEquals(1, findings.size());
		assertSame(builder, findings.get(0).element(), "high risk counts too");

		builder.setStandardizationLevel(StandardizationLevel.LEVEL_1);
		assertEquals(List.of(), Fixtures.run(new HighRiskNotStandardizedRule(), model));
	}

	@Test
	void gradedEntityWithoutStandardizationDutyIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "绿建机械厂", null, StandardizationLevel.LEVEL_2);
		enterprise(model, "未定级的工厂", null, StandardizationLevel.NONE);
		LegalBasis oldStandard = basis(model, "企业安全生产标准化基本规范", LegalBasisKind.INDUSTRY_STANDARD, "AQ/T 9006-2010");
		duty(model, e, oldStandard);
		List<Finding> findings = Fixtures.run(new GradedWithoutStandardizationDutyRule(), model);
		assertEquals(1, findings.size(), "a duty on the withdrawn AQ/T 9006 does not keep a GB/T 33000 grade");
		assertSame(e, findings.get(0).element());
		assertEquals("production and business entity \"绿建机械厂\" holds standardization level 2 but its primary-responsibility "
				+ "list has no duty resting on GB/T 33000-2016 (e.g. the yearly self-assessment that keeps the grade)",
				findings.get(0).message().en());

		LegalBasis standard = basis(model, "企业安全生产标准化基本规范", LegalBasisKind.NATIONAL_STANDARD, "GB/T 33000-2016");
		duty(model, e, standard);
		assertEquals(List.of(), Fixtures.run(new GradedWithoutStandardizationDutyRule(), model));
	}

	@Test
	void withdrawnStandardIsReportedHoweverItIsTyped() {
		ResponsibilityModel model = F.createResponsibilityModel();
		LegalBasis old = basis(model, "企业安全生产标准化基本规范", LegalBasisKind.INDUSTRY_STANDARD, "AQ/T 9006-2010");
		LegalBasis fullWidth = basis(model, "企业安全生产标准化基本规范（旧）", LegalBasisKind.INDUSTRY_STANDARD, "ＡＱ／Ｔ　９００６—２０１０");
		basis(model, "企业安全生产标准化基本规范", LegalBasisKind.NATIONAL_STANDARD, "GB/T 33000-2016");
		List<Finding> findings = Fixtures.run(new SupersededStandardRule(), model);
		assertEquals(2, findings.size());
		assertSame(old, findings.get(0).element());
		assertSame(fullWidth, findings.get(1).element());
		assertEquals("依据“企业安全生产标准化基本规范”（AQ/T 9006-2010）已被GB/T 33000-2016《企业安全生产标准化基本规范》代替（2017年4月1日起实施）；请改为引用GB/T 33000-2016",
				findings.get(0).message().zh());

		model.getLegalBases().removeAll(List.of(old, fullWidth));
		assertEquals(List.of(), Fixtures.run(new SupersededStandardRule(), model));
	}
}
