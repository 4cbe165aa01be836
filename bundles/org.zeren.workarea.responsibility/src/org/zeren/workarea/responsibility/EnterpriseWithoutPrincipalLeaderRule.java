package org.zeren.workarea.responsibility;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;

/**
 * Every production and business entity has a principal-leader post, the first person responsible
 * for its work safety who holds the duties of 第二十一条 (and the anchor duty {@code RS-P-01}).
 * Posts of the entity's own sub-units count; posts of an entity nested in it do not. Reports a
 * {@link Severity#WARNING} on each entity without one. Source: 《中华人民共和国安全生产法》(2021修正)
 * 第五条.
 */
final class EnterpriseWithoutPrincipalLeaderRule implements ValidationRule {

	@Override
	public String id() {
		return ResponsibilitySystemWorkArea.ID + ".enterprise-without-principal-leader";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第五条、第二十一条";
	}

	@Override
	public void check(ValidationContext context) {
		for (Party p : Parties.all(context.model())) {
			if (p instanceof Enterprise e && !hasPrincipalLeader(e)) {
				String name = Parties.label(e);
				context.report(Severity.WARNING, e, new LocalizedText(
						"生产经营单位“" + name + "”没有主要负责人岗位（本单位安全生产第一责任人）；请添加类别为“主要负责人”的岗位",
						"production and business entity \"" + name
								+ "\" has no principal-leader post (the first person responsible for its work safety); add a post of kind PRINCIPAL_LEADER"));
			}
		}
	}

	private static boolean hasPrincipalLeader(Party party) {
		for (Party child : party.getChildren()) {
			if (child instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER) {
				return true;
			}
			if (!(child instanceof Enterprise) && hasPrincipalLeader(child)) {
				return true;
			}
		}
		return false;
	}
}
