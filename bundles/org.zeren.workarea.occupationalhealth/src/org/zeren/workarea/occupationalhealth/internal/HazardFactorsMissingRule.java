package org.zeren.workarea.occupationalhealth.internal;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;

/**
 * A hazard-factor duty of an enterprise with occupational hazards must name the hazard factors it
 * covers: the employer declares, monitors and tests its hazard factors, so its duty cannot be checked
 * without them. Reports a {@link Severity#WARNING} on each {@link HazardFactorDuty} held by an
 * enterprise with {@code hasOccupationalHazards} whose {@code hazardFactors} is empty (as it is right
 * after applying the templates, until the office fills them in). Source:
 * 《中华人民共和国职业病防治法》(2018修正) 第十六条、第二十六条.
 */
final class HazardFactorsMissingRule implements ValidationRule {

	@Override
	public String id() {
		return OccupationalHealthWorkArea.ID + ".hazard-factors-missing";
	}

	@Override
	public String source() {
		return OccupationalHealthWorkArea.LAW + " 第十六条、第二十六条";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			if (!Parties.hasHazards(list.getHolder())) {
				continue;
			}
			for (Duty d : list.getDuties()) {
				if (d instanceof HazardFactorDuty h && h.getHazardFactors().isEmpty()) {
					context.report(Severity.WARNING, h, new LocalizedText(
							"存在职业病危害的“" + Parties.holderLabel(h) + "”的事项“" + Parties.label(h) + "”未列出职业病危害因素：请填写工作场所存在的危害因素（如矽尘、噪声、苯）",
							"duty \"" + Parties.label(h) + "\" of \"" + Parties.holderLabel(h)
									+ "\", which has occupational hazards, lists no hazard factor: add the factors present in its workplaces"));
				}
			}
		}
	}
}
