package org.zeren.core.validation.rules;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;

/**
 * A duty should rest on a legal basis (设定依据): power and responsibility lists must state it.
 * A warning, since enterprise post lists are sometimes kept without one. Source: the list system
 * of 《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号), which requires each item's basis.
 */
final class DutyWithoutLegalBasisRule implements ValidationRule {

	@Override
	public String id() {
		return "core.duty-without-legal-basis";
	}

	@Override
	public String source() {
		return "《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号)";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			for (Duty duty : list.getDuties()) {
				if (duty.getLegalReferences().isEmpty()) {
					context.report(Severity.WARNING, duty, new LocalizedText(
							"清单事项“" + Labels.of(duty) + "”没有法律依据",
							"duty \"" + Labels.of(duty) + "\" cites no legal basis"));
				}
			}
		}
	}
}
