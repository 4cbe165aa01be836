package org.zeren.workarea.appraisal;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.AssessmentIndicator;

/**
 * A one-vote-veto indicator (一票否决) measures at least one duty: a veto must say which failure
 * triggers it, or the appraised party cannot know what it is accountable for. Reports a
 * {@link Severity#WARNING} on each veto indicator with no measured duty. Source:
 * 绿建区2017年安全生产工作要点 第1项 (落实安全生产“一票否决”制); 《地方党政领导干部安全生产责任制规定》(2018).
 */
final class VetoWithoutDutyRule implements ValidationRule {

	@Override
	public String id() {
		return AppraisalWorkArea.ID + ".veto-without-duty";
	}

	@Override
	public String source() {
		return "绿建区2017年安全生产工作要点 第1项; 《地方党政领导干部安全生产责任制规定》(2018)";
	}

	@Override
	public void check(ValidationContext context) {
		for (AssessmentIndicator i : context.model().getAssessmentIndicators()) {
			if (i.isVeto() && i.getMeasuredDuties().isEmpty()) {
				String label = Indicators.label(i);
				context.report(Severity.WARNING, i, new LocalizedText(
						"一票否决指标“" + label + "”没有关联任何清单事项；请指明哪些职责未履行将导致一票否决",
						"one-vote-veto indicator \"" + label
								+ "\" measures no duty; link the duties whose failure vetoes the appraisal"));
			}
		}
	}
}
