package org.zeren.workarea.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.Supervision;

/**
 * Graded and classified supervision (分类分级监督管理) needs a risk grade for every supervised
 * entity: the grade sets how often it is inspected. Reports a {@link Severity#WARNING} on each
 * production and business entity listed in some supervision relation whose risk grade is not set
 * ({@code Enterprise.isSetRiskGrade()} false), once per entity. Source: 《中华人民共和国安全生产法》
 * (2021修正) 第六十二条第二款; 绿建区2017年安全生产工作要点 第4项.
 */
final class EnterpriseNotGradedRule implements ValidationRule {

	@Override
	public String id() {
		return SupervisionInspectionWorkArea.ID + ".enterprise-not-graded";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第六十二条第二款; 绿建区2017年安全生产工作要点 第4项";
	}

	@Override
	public void check(ValidationContext context) {
		Set<Enterprise> ungraded = new LinkedHashSet<>();
		for (Supervision s : context.model().getSupervisions()) {
			for (Enterprise e : s.getSupervised()) {
				if (!e.isSetRiskGrade()) {
					ungraded.add(e);
				}
			}
		}
		for (Enterprise e : ungraded) {
			String name = Parties.label(e);
			context.report(Severity.WARNING, e, new LocalizedText(
					"受监管的生产经营单位“" + name + "”没有安全风险等级，无法按分类分级监督管理确定检查频次；请评定其风险等级（重大/较大/一般/低）",
					"supervised production and business entity \"" + name
							+ "\" has no risk grade, so graded and classified supervision cannot set its inspection frequency; grade it (major/high/general/low)"));
		}
	}
}
