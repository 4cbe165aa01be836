package org.zeren.workarea.training;

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
 * An enterprise that holds a primary-responsibility list must list its duty to educate and train
 * its employees: reports a {@link Severity#WARNING} on each enterprise with a
 * {@code PRIMARY_RESPONSIBILITY_LIST} none of whose duties (in any list it holds) mentions
 * 教育 or 培训 in its title or text. Enterprises without such a list are left to the core rules.
 * Source: 《中华人民共和国安全生产法》(2021修正) 第二十八条.
 */
final class TrainingDutyMissingRule implements ValidationRule {

	private static final List<String> WORDS = List.of("培训", "教育");

	@Override
	public String id() {
		return EducationTrainingWorkArea.ID + ".training-duty-missing";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第二十八条";
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
							"生产经营单位“" + Parties.label(e) + "”的主体责任清单缺少从业人员安全生产教育和培训事项",
							"the primary-responsibility list of \"" + Parties.label(e)
									+ "\" has no duty to educate and train employees in work safety"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
