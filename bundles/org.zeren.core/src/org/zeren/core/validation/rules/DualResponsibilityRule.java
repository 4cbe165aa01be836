package org.zeren.core.validation.rules;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.Post;

/**
 * Dual responsibility of each post (一岗双责): a post that has business duties also holds safety
 * duties, i.e. at least one duty in a list it holds. Source: 《中华人民共和国安全生产法》(2021)
 * 第三条 (管业务必须管安全) and 第二十二条 (全员安全生产责任制).
 */
final class DualResponsibilityRule implements ValidationRule {

	@Override
	public String id() {
		return "core.dual-responsibility";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021) 第三条、第二十二条";
	}

	@Override
	public void check(ValidationContext context) {
		Set<Party> holdersWithDuties = new HashSet<>();
		for (DutyList list : context.model().getDutyLists()) {
			if (list.getHolder() != null && !list.getDuties().isEmpty()) {
				holdersWithDuties.add(list.getHolder());
			}
		}
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Post p) {
				if (!p.getBusinessDuties().isEmpty() && !holdersWithDuties.contains(p)) {
					context.report(Severity.ERROR, p, new LocalizedText(
							"岗位“" + Labels.of(p) + "”有业务职责但没有安全生产职责（一岗双责）",
							"post \"" + Labels.of(p) + "\" has business duties but no safety duty (dual responsibility)"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
