package org.zeren.core.validation.rules;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;

/**
 * A duty must have a holder: the list that contains it names the party that holds it.
 * Source: 《中华人民共和国安全生产法》(2021) 第二十二条 (every post's responsible person, scope and
 * appraisal standard must be clear).
 */
final class DutyWithoutHolderRule implements ValidationRule {

	@Override
	public String id() {
		return "core.duty-without-holder";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021) 第二十二条";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			if (list.getHolder() == null) {
				for (Duty duty : list.getDuties()) {
					context.report(Severity.ERROR, duty, new LocalizedText(
							"清单事项“" + Labels.of(duty) + "”没有责任主体：所在清单“" + Labels.of(list) + "”未指定持有者",
							"duty \"" + Labels.of(duty) + "\" has no holder: its list \"" + Labels.of(list)
									+ "\" names no party"));
				}
			}
		}
	}
}
