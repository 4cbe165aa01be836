package org.zeren.core.spi;

import java.util.Objects;

import org.zeren.model.LegalBasisKind;

/**
 * A legal reference as a work area cites it in a template: the document by title, and
 * optionally the article, paragraph and item. Applying a template finds the model's
 * {@code LegalBasis} with this title (or creates it once) and adds a {@code LegalReference}.
 *
 * @param title     the document title without 《》, e.g. {@code 中华人民共和国职业病防治法}; never blank
 * @param kind      the kind of document; never null
 * @param code      the document number or standard code (e.g. {@code GB/T 33000-2016}); may be null
 * @param article   the article (条), 1-based; null when the whole document is cited
 * @param paragraph the paragraph (款) within the article, 1-based; may be null
 * @param item      the item (项) within the paragraph, 1-based; may be null
 */
public record LegalCitation(String title, LegalBasisKind kind, String code, Integer article, Integer paragraph,
		Integer item) {

	/**
	 * @throws IllegalArgumentException when the title is blank, the kind null, a number is not
	 *                                  positive, or a paragraph/item is given without its article
	 */
	public LegalCitation {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("legal citation needs a title");
		}
		Objects.requireNonNull(kind, "kind");
		for (Integer n : new Integer[] { article, paragraph, item }) {
			if (n != null && n < 1) {
				throw new IllegalArgumentException("article, paragraph and item numbers start at 1, got " + n);
			}
		}
		if ((paragraph != null && article == null) || (item != null && paragraph == null)) {
			throw new IllegalArgumentException("a paragraph needs its article and an item its paragraph: " + title);
		}
	}

	/** A citation of a law's article, e.g. {@code LegalCitation.law("中华人民共和国安全生产法", 21)}. */
	public static LegalCitation law(String title, int article) {
		return new LegalCitation(title, LegalBasisKind.LAW, null, article, null, null);
	}

	/** A citation of a whole document of the given kind. */
	public static LegalCitation document(String title, LegalBasisKind kind, String code) {
		return new LegalCitation(title, kind, code, null, null, null);
	}
}
