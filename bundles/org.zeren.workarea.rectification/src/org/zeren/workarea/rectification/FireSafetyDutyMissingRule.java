package org.zeren.workarea.rectification;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/**
 * A labour-intensive enterprise (see {@link Sectors#LABOUR_INTENSIVE}) must carry the fire-safety
 * duties of a unit: reports a {@link Severity#WARNING} on each such enterprise that holds a
 * {@code PRIMARY_RESPONSIBILITY_LIST} but no duty whose title or text mentions 消防 or 火灾.
 * Source: 《中华人民共和国消防法》(2021修正) 第十六条; 绿建区2017年安全生产工作要点 第6项.
 */
final class FireSafetyDutyMissingRule implements ValidationRule {

	@Override
	public String id() {
		return SpecialRectificationWorkArea.ID + ".fire-safety-duty-missing";
	}

	@Override
	public String source() {
		return "《中华人民共和国消防法》(2021修正) 第十六条; 绿建区2017年安全生产工作要点 第6项";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Enterprise e) {
				boolean hasPrimaryList = false;
				for (DutyList l : model.getDutyLists()) {
					hasPrimaryList |= l.getHolder() == e && l.getKind() == DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
				}
				if (Sectors.isLabourIntensive(e) && hasPrimaryList
						&& Parties.dutiesOf(model, e).stream().noneMatch(d -> mentionsFire(d.getTitle()) || mentionsFire(d.getText()))) {
					context.report(Severity.WARNING, e, new LocalizedText(
							"劳动密集型企业“" + Sectors.label(e) + "”的主体责任清单缺少消防安全事项（消防安全责任制、疏散通道和安全出口、防火检查）",
							"the primary-responsibility list of the labour-intensive enterprise \"" + Sectors.label(e)
									+ "\" has no fire-safety duty (fire-safety responsibility, escape routes and exits, fire inspections)"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}

	private static boolean mentionsFire(String s) {
		return s != null && (s.contains("消防") || s.contains("火灾"));
	}
}
