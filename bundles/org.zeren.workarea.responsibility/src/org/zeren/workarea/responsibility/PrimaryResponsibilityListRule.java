package org.zeren.workarea.responsibility;

import java.util.HashSet;
import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;

/**
 * Every production and business entity holds a primary-responsibility list (主体责任清单) with at
 * least one duty, so that its legal obligations can be checked item by item. Reports a
 * {@link Severity#WARNING} on each entity without one. Source: 绿建区2017年安全生产工作要点 第3项
 * (对照……主体责任暂行规定责任清单，督促企业全面履行安全生产法定义务); 《中华人民共和国安全生产法》(2021修正) 第四条.
 */
final class PrimaryResponsibilityListRule implements ValidationRule {

	@Override
	public String id() {
		return ResponsibilitySystemWorkArea.ID + ".primary-responsibility-list-missing";
	}

	@Override
	public String source() {
		return "绿建区2017年安全生产工作要点 第3项; 《中华人民共和国安全生产法》(2021修正) 第四条";
	}

	@Override
	public void check(ValidationContext context) {
		Set<Party> holders = new HashSet<>();
		for (DutyList list : context.model().getDutyLists()) {
			if (list.getKind() == DutyListKind.PRIMARY_RESPONSIBILITY_LIST && !list.getDuties().isEmpty()) {
				holders.add(list.getHolder());
			}
		}
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Enterprise e && !holders.contains(e)) {
				String name = Parties.label(e);
				context.report(Severity.WARNING, e, new LocalizedText(
						"生产经营单位“" + name + "”没有安全生产主体责任清单（或清单为空）；请列出其安全生产法定义务（一必须五到位）",
						"production and business entity \"" + name
								+ "\" has no primary-responsibility list, or an empty one; list its legal work-safety obligations (\"one must, five in place\")"));
			}
		}
	}
}
