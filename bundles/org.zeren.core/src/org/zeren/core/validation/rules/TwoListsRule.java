package org.zeren.core.validation.rules;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Department;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Party;

/**
 * Every department with work-safety supervision duties holds both a power list and a
 * responsibility list (the "two lists", 两张清单). Source: 绿建区2017年安全生产工作要点 第2项
 * (制定负有安全监管职责部门的权力和责任"两张清单"); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016).
 */
final class TwoListsRule implements ValidationRule {

	@Override
	public String id() {
		return "core.two-lists";
	}

	@Override
	public String source() {
		return "2017年安全生产工作要点 第2项; 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016)";
	}

	@Override
	public void check(ValidationContext context) {
		Map<Party, Set<DutyListKind>> kindsByHolder = new HashMap<>();
		for (DutyList list : context.model().getDutyLists()) {
			if (list.getHolder() != null) {
				kindsByHolder.computeIfAbsent(list.getHolder(), h -> EnumSet.noneOf(DutyListKind.class)).add(list.getKind());
			}
		}
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Department d && d.isSupervisory()) {
				Set<DutyListKind> kinds = kindsByHolder.getOrDefault(d, Set.of());
				boolean power = kinds.contains(DutyListKind.POWER_LIST);
				boolean responsibility = kinds.contains(DutyListKind.RESPONSIBILITY_LIST);
				if (!power || !responsibility) {
					String missingZh = !power && !responsibility ? "权力清单和责任清单" : !power ? "权力清单" : "责任清单";
					String missingEn = !power && !responsibility ? "a power list and a responsibility list"
							: !power ? "a power list" : "a responsibility list";
					context.report(Severity.ERROR, d, new LocalizedText(
							"负有安全监管职责的部门“" + Labels.of(d) + "”缺少" + missingZh,
							"supervisory department \"" + Labels.of(d) + "\" lacks " + missingEn));
				}
			} else if (!(o instanceof Party)) {
				it.prune(); // parties are only nested in parties
			}
		}
	}
}
