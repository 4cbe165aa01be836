package org.zeren.workarea.standardization;

import java.util.HashSet;
import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.StandardizationLevel;

/**
 * A production and business entity that holds a standardization grade keeps, in its
 * primary-responsibility list, at least one duty resting on GB/T 33000 (such as the yearly
 * self-assessment that keeps the grade, template {@code ST-E-03}): a grade without that duty is
 * not maintained. Reports a {@link Severity#WARNING} on each such entity. Source: GB/T 33000-2016
 * 第5.8.1条 (每年至少一次自评); 《企业安全生产标准化建设定级办法》(应急〔2021〕83号).
 */
final class GradedWithoutStandardizationDutyRule implements ValidationRule {

	@Override
	public String id() {
		return StandardizationWorkArea.ID + ".graded-without-standardization-duty";
	}

	@Override
	public String source() {
		return "GB/T 33000-2016 第5.8.1条; 《企业安全生产标准化建设定级办法》(应急〔2021〕83号)";
	}

	@Override
	public void check(ValidationContext context) {
		Set<Party> holders = new HashSet<>();
		for (DutyList list : context.model().getDutyLists()) {
			if (list.getKind() == DutyListKind.PRIMARY_RESPONSIBILITY_LIST && citesStandard(list)) {
				holders.add(list.getHolder());
			}
		}
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Enterprise e && e.getStandardizationLevel() != StandardizationLevel.NONE
					&& !holders.contains(e)) {
				String name = Parties.label(e);
				context.report(Severity.WARNING, e, new LocalizedText(
						"生产经营单位“" + name + "”已取得安全生产标准化" + Codes.zh(e.getStandardizationLevel())
								+ "，但主体责任清单中没有依据GB/T 33000-2016的标准化事项（如每年自评、保持等级）",
						"production and business entity \"" + name + "\" holds standardization "
								+ Codes.en(e.getStandardizationLevel())
								+ " but its primary-responsibility list has no duty resting on GB/T 33000-2016 (e.g. the yearly self-assessment that keeps the grade)"));
			}
		}
	}

	private static boolean citesStandard(DutyList list) {
		for (Duty d : list.getDuties()) {
			for (LegalReference r : d.getLegalReferences()) {
				if (Codes.isGbT33000(r.getBasis())) {
					return true;
				}
			}
		}
		return false;
	}
}
