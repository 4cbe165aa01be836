package org.zeren.workarea.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;

import org.zeren.model.AssessmentIndicator;
import org.zeren.model.Duty;
import org.zeren.model.Party;

/** What an assessment indicator assesses, and how indicators and numbers read in findings. */
final class Indicators {

	private Indicators() {
	}

	/**
	 * The parties an indicator assesses: its {@code assessedParties} when it names any, otherwise
	 * (per the metamodel) every party holding one of its measured duties.
	 *
	 * @return the parties in model order of appearance; empty when the indicator names neither
	 *         parties nor duties held by a party; never null
	 */
	static Set<Party> assessedParties(AssessmentIndicator indicator) {
		Set<Party> parties = new LinkedHashSet<>(indicator.getAssessedParties());
		if (parties.isEmpty()) {
			for (Duty d : indicator.getMeasuredDuties()) {
				if (d.getList() != null && d.getList().getHolder() != null) {
					parties.add(d.getList().getHolder());
				}
			}
		}
		return parties;
	}

	/** @return the indicator's code, else its name, else {@code ?} */
	static String label(AssessmentIndicator indicator) {
		if (indicator.getCode() != null && !indicator.getCode().isBlank()) {
			return indicator.getCode();
		}
		return indicator.getName() == null || indicator.getName().isBlank() ? "?" : indicator.getName();
	}

	/** @return the number without trailing zeros, rounded to 4 decimals: 30, 12.5 */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
