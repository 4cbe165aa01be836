package org.zeren.workarea.supervision;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Department;
import org.zeren.model.Supervision;

/**
 * A supervision relation is held by a department with work-safety supervision duties
 * ({@code Department.supervisory}): only such departments inspect and enforce. Reports a
 * {@link Severity#WARNING} on each relation whose supervising department is not marked supervisory;
 * relations without a supervisor are left to the core's reference checks.
 * Source: 《中华人民共和国安全生产法》(2021修正) 第十条、第六十五条.
 */
final class SupervisorNotSupervisoryRule implements ValidationRule {

	@Override
	public String id() {
		return SupervisionInspectionWorkArea.ID + ".supervisor-not-supervisory";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第十条、第六十五条";
	}

	@Override
	public void check(ValidationContext context) {
		for (Supervision s : context.model().getSupervisions()) {
			Department supervisor = s.getSupervisor();
			if (supervisor != null && !supervisor.isSupervisory()) {
				String name = Parties.label(supervisor);
				context.report(Severity.WARNING, s, new LocalizedText(
						"监管关系的监管方“" + name + "”不是负有安全生产监督管理职责的部门；请将其标为负有安全监管职责的部门，或改由负有安全监管职责的部门监管",
						"the supervisor \"" + name
								+ "\" of a supervision relation is not a department with work-safety supervision duties; mark it supervisory or let a supervisory department supervise"));
			}
		}
	}
}
