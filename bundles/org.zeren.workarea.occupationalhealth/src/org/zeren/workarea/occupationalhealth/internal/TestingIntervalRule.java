package org.zeren.workarea.occupationalhealth.internal;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;

/**
 * Hazard factors must be tested by a qualified service at least every {@value #SERIOUS_MONTHS} months
 * when the employer has serious occupational hazards ({@code HazardFactorDuty.seriousHazard}) and at
 * least every {@value #GENERAL_MONTHS} months otherwise. Reports an {@link Severity#ERROR} on each
 * {@link HazardFactor} of a {@link HazardFactorDuty} whose {@code testingIntervalMonths} is longer;
 * an interval of 0 means "not set" and is not reported. Source: 《工作场所职业卫生管理规定》
 * (国家卫生健康委员会令第5号) 第二十条; 《中华人民共和国职业病防治法》(2018修正) 第二十六条.
 */
final class TestingIntervalRule implements ValidationRule {

	/** Longest testing interval in months for an employer with serious occupational hazards. */
	static final int SERIOUS_MONTHS = 12;

	/** Longest testing interval in months for any other employer with occupational hazards. */
	static final int GENERAL_MONTHS = 36;

	@Override
	public String id() {
		return OccupationalHealthWorkArea.ID + ".testing-interval";
	}

	@Override
	public String source() {
		return OccupationalHealthWorkArea.WORKPLACE_RULES_SOURCE + "; " + OccupationalHealthWorkArea.LAW + " 第二十六条";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			for (Duty d : list.getDuties()) {
				if (d instanceof HazardFactorDuty h) {
					int limit = h.isSeriousHazard() ? SERIOUS_MONTHS : GENERAL_MONTHS;
					for (HazardFactor f : h.getHazardFactors()) {
						if (f.getTestingIntervalMonths() > limit) {
							String name = f.getName() == null ? f.getCategory().getLiteral() : f.getName();
							context.report(Severity.ERROR, f, new LocalizedText(
									"“" + Parties.holderLabel(h) + "”的职业病危害因素“" + name + "”每" + f.getTestingIntervalMonths()
											+ "个月检测一次，超过规定的" + limit + "个月（" + (h.isSeriousHazard() ? "职业病危害严重的用人单位每年至少检测一次" : "职业病危害一般的用人单位每三年至少检测一次") + "）",
									"hazard factor \"" + name + "\" of \"" + Parties.holderLabel(h) + "\" is tested every "
											+ f.getTestingIntervalMonths() + " months, longer than the " + limit + " months allowed for an employer with "
											+ (h.isSeriousHazard() ? "serious" : "general") + " occupational hazards"));
						}
					}
				}
			}
		}
	}
}
