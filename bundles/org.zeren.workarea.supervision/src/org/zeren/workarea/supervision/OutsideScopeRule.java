package org.zeren.workarea.supervision;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.RiskGrade;
import org.zeren.model.Supervision;

/**
 * An entity assigned to a supervision relation lies within its scope: when the relation names
 * risk grades ({@code scopeRiskGrades}), a graded entity has one of them; when it names industries
 * ({@code scopeIndustries}), an entity with a known industry has one of them (exact text, trimmed).
 * Unknown grades and industries are not reported here. Reports a {@link Severity#WARNING} on the
 * relation, once per entity outside its scope. Source: 绿建区2017年安全生产工作要点 第4项 (根据职责规定，
 * 按照分类分级监督管理的要求); 《中华人民共和国安全生产法》(2021修正) 第十条、第六十二条.
 */
final class OutsideScopeRule implements ValidationRule {

	/** @return the Chinese name of a risk grade, as printed on risk maps */
	static String zh(RiskGrade grade) {
		return switch (grade) {
		case MAJOR -> "重大风险";
		case HIGH -> "较大风险";
		case GENERAL -> "一般风险";
		case LOW -> "低风险";
		};
	}

	/** @return the English name of a risk grade */
	static String en(RiskGrade grade) {
		return switch (grade) {
		case MAJOR -> "major";
		case HIGH -> "high";
		case GENERAL -> "general";
		case LOW -> "low";
		};
	}

	@Override
	public String id() {
		return SupervisionInspectionWorkArea.ID + ".outside-scope";
	}

	@Override
	public String source() {
		return "绿建区2017年安全生产工作要点 第4项; 《中华人民共和国安全生产法》(2021修正) 第十条、第六十二条";
	}

	@Override
	public void check(ValidationContext context) {
		for (Supervision s : context.model().getSupervisions()) {
			String supervisor = s.getSupervisor() == null ? "?" : Parties.label(s.getSupervisor());
			for (Enterprise e : s.getSupervised()) {
				String name = Parties.label(e);
				if (!s.getScopeRiskGrades().isEmpty() && e.isSetRiskGrade()
						&& !s.getScopeRiskGrades().contains(e.getRiskGrade())) {
					context.report(Severity.WARNING, s, new LocalizedText(
							"“" + supervisor + "”监管的生产经营单位“" + name + "”风险等级为“" + zh(e.getRiskGrade())
									+ "”，不在该监管关系的风险等级范围（"
									+ String.join("、", s.getScopeRiskGrades().stream().map(OutsideScopeRule::zh).toList()) + "）内",
							"production and business entity \"" + name + "\" supervised by \"" + supervisor + "\" has risk grade "
									+ en(e.getRiskGrade()) + ", outside the relation's risk grades ("
									+ String.join(", ", s.getScopeRiskGrades().stream().map(OutsideScopeRule::en).toList()) + ")"));
				} else if (!s.getScopeIndustries().isEmpty() && e.getIndustry() != null && !e.getIndustry().isBlank()
						&& s.getScopeIndustries().stream().noneMatch(i -> i != null && i.trim().equals(e.getIndustry().trim()))) {
					context.report(Severity.WARNING, s, new LocalizedText(
							"“" + supervisor + "”监管的生产经营单位“" + name + "”所属行业“" + e.getIndustry() + "”不在该监管关系的行业范围（"
									+ String.join("、", s.getScopeIndustries()) + "）内",
							"production and business entity \"" + name + "\" supervised by \"" + supervisor + "\" is in industry \""
									+ e.getIndustry() + "\", outside the relation's industries (" + String.join(", ", s.getScopeIndustries())
									+ ")"));
				}
			}
		}
	}
}
