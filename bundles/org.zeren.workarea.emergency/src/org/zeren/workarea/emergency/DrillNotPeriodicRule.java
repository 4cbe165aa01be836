package org.zeren.workarea.emergency;

import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Enterprise;
import org.zeren.model.Recurrence;

/**
 * Enterprises must rehearse their emergency response plans regularly: reports an
 * {@link Severity#ERROR} on each duty held by an enterprise whose title names a drill of a plan
 * (it contains 演练 and 应急 or 预案) and whose recurrence is not periodic ({@code NONE},
 * {@code CONTINUOUS} or {@code AS_NEEDED}). Source: 《中华人民共和国安全生产法》(2021修正) 第八十一条
 * (定期组织演练).
 */
final class DrillNotPeriodicRule implements ValidationRule {

	private static final Set<Recurrence> NOT_PERIODIC = Set.of(Recurrence.NONE, Recurrence.CONTINUOUS, Recurrence.AS_NEEDED);

	@Override
	public String id() {
		return EmergencyManagementWorkArea.ID + ".drill-not-periodic";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第八十一条";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			if (!(list.getHolder() instanceof Enterprise e)) {
				continue;
			}
			for (Duty d : list.getDuties()) {
				String title = d.getTitle();
				if (title != null && title.contains("演练") && (title.contains("应急") || title.contains("预案"))
						&& NOT_PERIODIC.contains(d.getRecurrence())) {
					String label = d.getCode() == null ? title : d.getCode() + " " + title;
					context.report(Severity.ERROR, d, new LocalizedText(
							"“" + Parties.label(e) + "”的演练事项“" + label + "”未规定演练周期：应急预案演练应定期组织",
							"drill duty \"" + label + "\" of \"" + Parties.label(e) + "\" has no periodic recurrence:"
									+ " emergency drills must be held regularly (recurrence is " + d.getRecurrence().getLiteral() + ")"));
				}
			}
		}
	}
}
