package org.zeren.workarea.occupationalhealth.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;

/**
 * The examination schedule of a {@link HazardFactorDuty} (when it has one, i.e. its
 * {@code examinations} is not empty) must cover the three occupational health examinations the law
 * requires, before, during and at the end of exposure; reports an {@link Severity#ERROR} on the duty
 * naming the missing kinds. A periodic examination must state its interval: {@link Severity#WARNING}
 * when {@code intervalMonths} is 0 or less, {@link Severity#ERROR} when it is longer than
 * {@value #LONGEST_PERIODIC_MONTHS} months, the longest in-service interval that GBZ 188-2014 sets for
 * any hazard factor. Source: 《中华人民共和国职业病防治法》(2018修正) 第三十五条; GBZ 188-2014
 * 《职业健康监护技术规范》.
 */
final class ExaminationScheduleRule implements ValidationRule {

	/** Longest interval of periodic (in-service) examinations, in months. */
	static final int LONGEST_PERIODIC_MONTHS = 36;

	@Override
	public String id() {
		return OccupationalHealthWorkArea.ID + ".examination-schedule";
	}

	@Override
	public String source() {
		return OccupationalHealthWorkArea.LAW + " 第三十五条; GBZ 188-2014《职业健康监护技术规范》";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			for (Duty d : list.getDuties()) {
				if (d instanceof HazardFactorDuty h && !h.getExaminations().isEmpty()) {
					checkKinds(context, h);
					for (HealthExamination x : h.getExaminations()) {
						if (x.getKind() == ExaminationKind.PERIODIC) {
							checkInterval(context, h, x);
						}
					}
				}
			}
		}
	}

	private static void checkKinds(ValidationContext context, HazardFactorDuty h) {
		Set<ExaminationKind> missing = EnumSet.allOf(ExaminationKind.class);
		h.getExaminations().forEach(x -> missing.remove(x.getKind()));
		if (missing.isEmpty()) {
			return;
		}
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (ExaminationKind k : missing) {
			zh.add(switch (k) {
			case PRE_EMPLOYMENT -> "上岗前";
			case PERIODIC -> "在岗期间";
			case EXIT -> "离岗时";
			});
			en.add(switch (k) {
			case PRE_EMPLOYMENT -> "pre-employment";
			case PERIODIC -> "periodic";
			case EXIT -> "exit";
			});
		}
		context.report(Severity.ERROR, h, new LocalizedText(
				"“" + Parties.holderLabel(h) + "”的事项“" + Parties.label(h) + "”缺少" + String.join("、", zh) + "职业健康检查",
				"duty \"" + Parties.label(h) + "\" of \"" + Parties.holderLabel(h) + "\" lacks the " + String.join(" and ", en)
						+ " occupational health examination" + (missing.size() > 1 ? "s" : "")));
	}

	private static void checkInterval(ValidationContext context, HazardFactorDuty h, HealthExamination x) {
		int months = x.getIntervalMonths();
		if (months <= 0) {
			context.report(Severity.WARNING, x, new LocalizedText(
					"“" + Parties.holderLabel(h) + "”的在岗期间职业健康检查未设定周期：请按GBZ 188-2014对所接触危害因素规定的周期填写",
					"the periodic occupational health examination of \"" + Parties.holderLabel(h)
							+ "\" has no interval: set the one GBZ 188-2014 gives for the hazard factors"));
		} else if (months > LONGEST_PERIODIC_MONTHS) {
			context.report(Severity.ERROR, x, new LocalizedText(
					"“" + Parties.holderLabel(h) + "”的在岗期间职业健康检查每" + months + "个月一次，长于GBZ 188-2014规定的最长周期"
							+ LONGEST_PERIODIC_MONTHS + "个月",
					"the periodic occupational health examination of \"" + Parties.holderLabel(h) + "\" is every " + months
							+ " months, longer than the longest interval of GBZ 188-2014 (" + LONGEST_PERIODIC_MONTHS + " months)"));
		}
	}
}
