package org.zeren.workarea.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.AssessmentIndicator;
import org.zeren.model.Party;

/**
 * The weights of the indicators that assess one party total 100 points (the weight is the
 * indicator's points out of the appraisal's 100). For each party assessed by at least one
 * indicator of non-zero weight (see {@link Indicators#assessedParties}), the weights of all
 * indicators assessing it must sum to 100 (within 0.0001); indicators that name neither parties
 * nor held duties form one group of their own, checked the same way. Veto-only indicators
 * (weight 0) do not count. Reports an {@link Severity#ERROR} on the party (or on the whole model
 * for the group without parties) naming the sum and the weights. Source: 绿建区2017年安全生产工作要点
 * 第1项 (完善安全生产责任目标考核指标体系).
 */
final class WeightsSumRule implements ValidationRule {

	private static final double TOTAL = 100.0;
	private static final double TOLERANCE = 1e-4;

	@Override
	public String id() {
		return AppraisalWorkArea.ID + ".weights-not-100";
	}

	@Override
	public String source() {
		return "绿建区2017年安全生产工作要点 第1项";
	}

	@Override
	public void check(ValidationContext context) {
		Map<Party, List<AssessmentIndicator>> byParty = new LinkedHashMap<>();
		List<AssessmentIndicator> unscoped = new ArrayList<>();
		for (AssessmentIndicator i : context.model().getAssessmentIndicators()) {
			var parties = Indicators.assessedParties(i);
			if (parties.isEmpty()) {
				unscoped.add(i);
			}
			for (Party p : parties) {
				byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
			}
		}
		byParty.forEach((party, indicators) -> check(context, party, indicators));
		check(context, null, unscoped);
	}

	private static void check(ValidationContext context, Party party, List<AssessmentIndicator> indicators) {
		List<AssessmentIndicator> weighted = indicators.stream().filter(i -> i.getWeight() != 0).toList();
		if (weighted.isEmpty()) {
			return;
		}
		double sum = weighted.stream().mapToDouble(AssessmentIndicator::getWeight).sum();
		if (Math.abs(sum - TOTAL) <= TOLERANCE) {
			return;
		}
		String parts = weighted.stream().map(i -> Indicators.label(i) + " " + Indicators.number(i.getWeight()))
				.collect(Collectors.joining("、"));
		String partsEn = weighted.stream().map(i -> Indicators.label(i) + " " + Indicators.number(i.getWeight()))
				.collect(Collectors.joining(", "));
		String total = Indicators.number(sum);
		if (party != null) {
			String name = Parties.label(party);
			context.report(Severity.ERROR, party, new LocalizedText(
					"考核对象“" + name + "”的考核指标权重合计为" + total + "分，应为100分（" + parts + "）",
					"the weights of the indicators assessing \"" + name + "\" sum to " + total + " points, not 100 (" + partsEn
							+ ")"));
		} else {
			context.report(Severity.ERROR, null, new LocalizedText(
					"未指定考核对象的考核指标权重合计为" + total + "分，应为100分（" + parts + "）",
					"the weights of the indicators without assessed parties sum to " + total + " points, not 100 (" + partsEn
							+ ")"));
		}
	}
}
