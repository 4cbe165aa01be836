package org.example.zeren.firesafety.internal;

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
 * A labour-intensive enterprise ({@link LabourIntensive}) that keeps a primary-responsibility list must list its
 * fire-safety duties: reports a {@link Severity#WARNING} on each such enterprise none of whose duties (in any list
 * it holds) mentions 消防 or 火灾 in its title or text. Source: 《中华人民共和国消防法》(2021修正) 第十六条.
 */
final class FireSafetyDutyMissingRule implements ValidationRule {

	private static final List<String> WORDS = List.of("消防", "火灾");

	@Override
	public String id() {
		return FireSafetyWorkArea.ID + ".duty-missing";
	}

	@Override
	public String source() {
		return FireSafetyWorkArea.LAW + " 第十六条";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Enterprise e) {
				if (LabourIntensive.test(e) && Parties.holdsList(model, e, DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						&& Parties.dutiesOf(model, e).stream().noneMatch(d -> Parties.mentions(d, WORDS))) {
					context.report(Severity.WARNING, e, new LocalizedText(
							"劳动密集型企业“" + Parties.label(e) + "”的主体责任清单缺少消防安全职责（消防法第十六条）",
							"the primary-responsibility list of the labour-intensive enterprise \"" + Parties.label(e)
									+ "\" has no fire-safety duty (Fire Protection Law, article 16)"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
