package org.zeren.workarea.training;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
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
 * In enterprises handling dangerous goods and in mines, metal smelting, construction and transport
 * ({@link Parties#ASSESSED_INDUSTRIES}, matched in {@code Enterprise.industry}), the principal
 * leader and the safety managers must pass the supervising department's assessment of their safety
 * knowledge and management ability; their posts must therefore be marked
 * {@code certificateRequired}. Reports a {@link Severity#WARNING} on each such post that is not.
 * Source: 《中华人民共和国安全生产法》(2021修正) 第二十七条.
 */
final class HighRiskLeaderAssessmentRule implements ValidationRule {

	@Override
	public String id() {
		return EducationTrainingWorkArea.ID + ".high-risk-leader-assessment";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第二十七条";
	}

	@Override
	public void check(ValidationContext context) {
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Post post && !post.isCertificateRequired()
					&& (post.getKind() == PostKind.PRINCIPAL_LEADER || post.getKind() == PostKind.SAFETY_MANAGER)) {
				Enterprise e = Parties.enterpriseOf(post);
				if (AssessedIndustries.inAssessedIndustry(e)) {
					boolean leader = post.getKind() == PostKind.PRINCIPAL_LEADER;
					context.report(Severity.WARNING, post, new LocalizedText(
							(leader ? "主要负责人" : "安全生产管理人员") + "岗位“" + Parties.label(post) + "”所在单位“" + Parties.label(e)
									+ "”属于" + e.getIndustry() + "行业，须经主管的负有安全生产监督管理职责的部门考核合格，请将该岗位标明为须持证（考核合格）上岗",
							(leader ? "principal leader" : "safety manager") + " post \"" + Parties.label(post) + "\" of \""
									+ Parties.label(e) + "\" (industry " + e.getIndustry() + ") must pass the supervising"
									+ " department's safety assessment: mark the post as requiring a certificate"));
				}
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}
}
