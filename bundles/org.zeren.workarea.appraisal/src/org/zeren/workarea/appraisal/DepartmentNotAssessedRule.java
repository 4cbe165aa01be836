package org.zeren.workarea.appraisal;

import java.util.HashSet;
import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.AssessmentIndicator;
import org.zeren.model.Department;
import org.zeren.model.Party;

/**
 * Once a model has an appraisal (at least one assessment indicator), every department with
 * work-safety supervision duties is assessed by some indicator (see
 * {@link Indicators#assessedParties}). Models without indicators are not checked: they do not
 * model the appraisal. Reports a {@link Severity#WARNING} on each supervisory department no
 * indicator assesses. Source: 绿建区2017年安全生产工作要点 第1项 (完善安全生产责任目标考核指标体系) and 第2项
 * (失职照单追责); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016).
 */
final class DepartmentNotAssessedRule implements ValidationRule {

	@Override
	public String id() {
		return AppraisalWorkArea.ID + ".supervisory-department-not-assessed";
	}

	@Override
	public String source() {
		return "绿建区2017年安全生产工作要点 第1项、第2项; 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016)";
	}

	@Override
	public void check(ValidationContext context) {
		if (context.model().getAssessmentIndicators().isEmpty()) {
			return;
		}
		Set<Party> assessed = new HashSet<>();
		for (AssessmentIndicator i : context.model().getAssessmentIndicators()) {
			assessed.addAll(Indicators.assessedParties(i));
		}
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Department d && d.isSupervisory() && !assessed.contains(d)) {
				String name = Parties.label(d);
				context.report(Severity.WARNING, d, new LocalizedText(
						"负有安全监管职责的部门“" + name + "”没有被任何考核指标考核；请将其列为考核对象，或让考核指标考核其清单事项",
						"supervisory department \"" + name
								+ "\" is assessed by no indicator; add it to an indicator's assessed parties or let an indicator measure its duties"));
			}
		}
	}
}
