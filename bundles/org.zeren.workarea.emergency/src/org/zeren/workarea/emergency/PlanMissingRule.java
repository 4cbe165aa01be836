package org.zeren.workarea.emergency;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/**
 * Every production and business entity must have an emergency response plan: reports a
 * {@link Severity#WARNING} on each enterprise that holds a {@code PRIMARY_RESPONSIBILITY_LIST} but
 * no duty (in any list it holds) whose title or text mentions 应急预案 or 应急救援预案.
 * Source: 《中华人民共和国安全生产法》(2021修正) 第八十一条.
 */
final class PlanMissingRule implements ValidationRule {

	private static final List<String> WORDS = List.of("应急预案", "应急救援预案");

	@Override
	public String id() {
		return EmergencyManagementWorkArea.ID + ".plan-missing";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第八十一条";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Enterprise e) {
				if (Parties.holdsList(model, e, DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						&& Parties.dutiesOf(model, e).stream().noneMatch(d -> Parties.mentions(d, WORDS))) {
					context.report(Severity.WARNING, e, new LocalizedText(
							"生产经营单位“" + Parties.label(e) + "”的主体责任清单缺少制定生产安全事故应急救援预案的事项",
							"the primary-responsibility list of \"" + Parties.label(e)
									+ "\" has no duty to draw up an emergency response plan"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
