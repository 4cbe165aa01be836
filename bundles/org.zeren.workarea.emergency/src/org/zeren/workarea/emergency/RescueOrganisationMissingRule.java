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
 * Enterprises of the industries of {@link Parties#RESCUE_INDUSTRIES} (dangerous goods, mines, metal
 * smelting, urban rail transit, construction) must establish an emergency rescue organisation, or
 * designate part-time rescue personnel when small: reports a {@link Severity#WARNING} on each such
 * enterprise that holds a {@code PRIMARY_RESPONSIBILITY_LIST} but no duty whose title or text
 * mentions 应急救援组织, 应急救援队伍 or 应急救援人员. Source: 《中华人民共和国安全生产法》(2021修正)
 * 第八十二条.
 */
final class RescueOrganisationMissingRule implements ValidationRule {

	private static final List<String> WORDS = List.of("应急救援组织", "应急救援队伍", "应急救援人员");

	@Override
	public String id() {
		return EmergencyManagementWorkArea.ID + ".rescue-organisation-missing";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第八十二条";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Enterprise e) {
				if (RescueIndustries.inRescueIndustry(e) && Parties.holdsList(model, e, DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						&& Parties.dutiesOf(model, e).stream().noneMatch(d -> Parties.mentions(d, WORDS))) {
					context.report(Severity.WARNING, e, new LocalizedText(
							"“" + Parties.label(e) + "”属于" + e.getIndustry() + "行业，主体责任清单缺少建立应急救援组织（或指定兼职应急救援人员）的事项",
							"\"" + Parties.label(e) + "\" (industry " + e.getIndustry() + ") must establish an emergency rescue"
									+ " organisation (or designate part-time rescue personnel), but its primary-responsibility list has no such duty"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
