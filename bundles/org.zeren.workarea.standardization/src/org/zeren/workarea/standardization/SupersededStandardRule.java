package org.zeren.workarea.standardization;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.LegalBasis;

/**
 * No legal basis of the model is the withdrawn industry standard AQ/T 9006 (企业安全生产标准化基本规范,
 * 2010), which GB/T 33000-2016 replaced on 2017-04-01. Codes are compared after normalisation
 * (full-width forms, dashes, spaces, case). Reports a {@link Severity#WARNING} on each such basis.
 * Source: GB/T 33000-2016 前言 (代替AQ/T 9006-2010); 绿建区2017年安全生产工作要点 第7项 (广泛宣传学习新的国家标准).
 */
final class SupersededStandardRule implements ValidationRule {

	@Override
	public String id() {
		return StandardizationWorkArea.ID + ".superseded-standard";
	}

	@Override
	public String source() {
		return "GB/T 33000-2016 前言（代替AQ/T 9006-2010）; 绿建区2017年安全生产工作要点 第7项";
	}

	@Override
	public void check(ValidationContext context) {
		for (LegalBasis b : context.model().getLegalBases()) {
			if (Codes.normalise(b.getCode()).startsWith("AQ/T9006")) {
				String title = b.getTitle() == null || b.getTitle().isBlank() ? b.getCode() : b.getTitle();
				context.report(Severity.WARNING, b, new LocalizedText(
						"依据“" + title + "”（" + b.getCode()
								+ "）已被GB/T 33000-2016《企业安全生产标准化基本规范》代替（2017年4月1日起实施）；请改为引用GB/T 33000-2016",
						"legal basis \"" + title + "\" (" + b.getCode()
								+ ") was replaced by GB/T 33000-2016 on 2017-04-01; cite GB/T 33000-2016 instead"));
			}
		}
	}
}
