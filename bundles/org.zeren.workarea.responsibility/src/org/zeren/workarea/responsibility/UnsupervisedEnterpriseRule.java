package org.zeren.workarea.responsibility;

import java.util.HashSet;
import java.util.Set;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Supervision;

/**
 * Every production and business entity is supervised by some department (listed in
 * {@code Supervision.supervised} of at least one supervision relation): under "the three musts"
 * no entity is left without a supervisor. Reports a {@link Severity#WARNING} on each entity that
 * no relation lists. Source: 《中华人民共和国安全生产法》(2021修正) 第三条、第十条; 绿建区2017年安全生产工作要点
 * 第2项 (管行业必须管安全……日常照单监管).
 */
final class UnsupervisedEnterpriseRule implements ValidationRule {

	@Override
	public String id() {
		return ResponsibilitySystemWorkArea.ID + ".enterprise-unsupervised";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第三条、第十条; 绿建区2017年安全生产工作要点 第2项";
	}

	@Override
	public void check(ValidationContext context) {
		Set<Enterprise> supervised = new HashSet<>();
		for (Supervision s : context.model().getSupervisions()) {
			supervised.addAll(s.getSupervised());
		}
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Enterprise e && !supervised.contains(e)) {
				String name = Parties.label(e);
				context.report(Severity.WARNING, e, new LocalizedText(
						"生产经营单位“" + name + "”没有任何部门监管；请按“管行业必须管安全”把它列入负有安全监管职责部门的监管关系",
						"production and business entity \"" + name
								+ "\" is supervised by no department; add it to the supervision of the department responsible for its industry (\"the three musts\")"));
			}
		}
	}
}
