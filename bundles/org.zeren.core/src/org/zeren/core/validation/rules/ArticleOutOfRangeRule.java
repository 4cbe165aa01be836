package org.zeren.core.validation.rules;

import java.util.Comparator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisVersion;
import org.zeren.model.LegalReference;

/**
 * A legal reference cites an article that exists in the cited version of the document. Checked
 * only where the legal basis records its versions with an article count; a reference without a
 * version cites the version with the latest effective date. Source: the text of the cited law
 * (e.g. the 2021 Work Safety Law has 119 articles; the 2014 one had 114).
 */
final class ArticleOutOfRangeRule implements ValidationRule {

	@Override
	public String id() {
		return "core.article-out-of-range";
	}

	@Override
	public String source() {
		return "the cited document's own text (LegalBasisVersion.articleCount)";
	}

	@Override
	public void check(ValidationContext context) {
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			if (!(it.next() instanceof LegalReference ref) || ref.getArticle() == null || ref.getBasis() == null) {
				continue;
			}
			LegalBasisVersion version = ref.getVersion() != null ? ref.getVersion() : latest(ref.getBasis());
			if (version == null || version.getArticleCount() <= 0) {
				continue;
			}
			if (ref.getArticle() > version.getArticleCount()) {
				String doc = "《" + ref.getBasis().getTitle() + "》"
						+ (version.getLabel() == null ? "" : "（" + version.getLabel() + "）");
				EObject owner = ref.eContainer() != null ? ref.eContainer() : ref;
				context.report(Severity.ERROR, owner, new LocalizedText(
						Labels.of(owner) + " 引用了" + doc + "第" + ref.getArticle() + "条，但该版本只有 "
								+ version.getArticleCount() + " 条",
						Labels.of(owner) + " cites article " + ref.getArticle() + " of " + doc + ", which has only "
								+ version.getArticleCount() + " articles"));
			}
		}
	}

	private static LegalBasisVersion latest(LegalBasis basis) {
		return basis.getVersions().stream()
				.max(Comparator.comparing(LegalBasisVersion::getEffectiveDate,
						Comparator.nullsFirst(Comparator.naturalOrder())))
				.orElse(null);
	}
}
