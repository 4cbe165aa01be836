package org.zeren.workarea.rectification;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/**
 * Every enterprise of a campaign sector (construction, labour-intensive, dust; see {@link Sectors})
 * must be supervised by a supervisory department, which runs the campaign and its unannounced
 * inspections there: reports a {@link Severity#WARNING} on each such enterprise that no
 * {@code Supervision} of a supervisory department lists. Source: 《中华人民共和国安全生产法》(2021修正)
 * 第十条 (departments supervise work safety in their industries); 绿建区2017年安全生产工作要点 第6项.
 */
final class CampaignEnterpriseUnsupervisedRule implements ValidationRule {

	@Override
	public String id() {
		return SpecialRectificationWorkArea.ID + ".campaign-enterprise-unsupervised";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第十条; 绿建区2017年安全生产工作要点 第6项";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Enterprise e) {
				if (Sectors.inCampaign(e) && !Sectors.isSupervised(model, e)) {
					String industry = e.getIndustry();
					context.report(Severity.WARNING, e, new LocalizedText(
							"“" + Sectors.label(e) + "”属于专项整治行业领域（" + industry + "），但没有负有安全监管职责的部门监管它，专项整治和暗查暗访无人负责",
							"\"" + Sectors.label(e) + "\" is in a special rectification sector (" + industry
									+ ") but no supervisory department supervises it, so nobody runs the campaign there"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
