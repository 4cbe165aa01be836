package org.zeren.workarea.training;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;

/**
 * A special operations post (特种作业人员) must be marked as requiring a certificate
 * ({@code Post.certificateRequired}): special operations personnel may work only after special
 * safety training and with the corresponding qualification. Reports an {@link Severity#ERROR} on
 * each post of kind {@code SPECIAL_OPERATIONS} whose {@code certificateRequired} is false.
 * Source: 《中华人民共和国安全生产法》(2021修正) 第三十条.
 */
final class SpecialOperationsCertificateRule implements ValidationRule {

	@Override
	public String id() {
		return EducationTrainingWorkArea.ID + ".special-operations-certificate";
	}

	@Override
	public String source() {
		return "《中华人民共和国安全生产法》(2021修正) 第三十条";
	}

	@Override
	public void check(ValidationContext context) {
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Post post && post.getKind() == PostKind.SPECIAL_OPERATIONS && !post.isCertificateRequired()) {
				context.report(Severity.ERROR, post, new LocalizedText(
						"特种作业岗位“" + Parties.label(post) + "”未标明须持证上岗：特种作业人员必须经专门的安全作业培训，取得相应资格，方可上岗作业",
						"special operations post \"" + Parties.label(post) + "\" is not marked as requiring a certificate:"
								+ " special operations personnel may work only after special safety training and with the corresponding qualification"));
			} else if (!(o instanceof Party)) {
				it.prune(); // parties are only nested in parties
			}
		}
	}
}
