package org.zeren.workarea.standardization;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.RiskGrade;
import org.zeren.model.StandardizationLevel;

/**
 * A production and business entity graded major or high risk (重大风险/较大风险) holds a
 * standardization grade: standardization is how the law expects it to build its safety
 * management, and the plan pushes creation first where risk is highest. Reports a
 * {@link Severity#WARNING} on each such entity whose level is {@code NONE}; ungraded entities and
 * lower risks are not reported. Source: 《中华人民共和国安全生产法》(2021修正) 第四条
 * (加强安全生产标准化建设); 绿建区2017年安全生产工作要点 第7项.
 */
final class HighRiskNotStandardizedRule implements ValidationRule {

	@Override
	public String id() {
		return StandardizationWorkArea.ID + ".high-risk-not-standardized";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第四条; 绿建区2017年安全生产工作要点 第7项";
	}

	@Override
	public void check(ValidationContext context) {
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Enterprise e && e.isSetRiskGrade()
					&& (e.getRiskGrade() == RiskGrade.MAJOR || e.getRiskGrade() == RiskGrade.HIGH)
					&& e.getStandardizationLevel() == StandardizationLevel.NONE) {
				String name = Parties.label(e);
				boolean major = e.getRiskGrade() == RiskGrade.MAJOR;
				context.report(Severity.WARNING, e, new LocalizedText(
						"生产经营单位“" + name + "”安全风险等级为“" + (major ? "重大风险" : "较大风险")
								+ "”，但未取得安全生产标准化等级；请督促其按GB/T 33000-2016开展标准化创建和定级",
						"production and business entity \"" + name + "\" has " + (major ? "major" : "high")
								+ " risk but no work safety standardization grade; have it build its system under GB/T 33000-2016 and apply for grading"));
			}
		}
	}
}
