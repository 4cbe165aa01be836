package org.zeren.io.plan;

import org.zeren.core.model.LegalDocument;
import org.zeren.model.LegalBasis;

/**
 * A document cited in 《》, with the kind recognised from its title by the rules of
 * {@link LegalDocument} (shared with the spreadsheet importer).
 *
 * @param title      the title as written without 《》 and without a leading standard code; never blank
 * @param code       the normalised standard code, e.g. {@code GB/T 33000-2016}, or null
 * @param kind       the recognised kind
 * @param recognised false when the kind is a guess
 */
record CitedDocument(String title, String code, org.zeren.model.LegalBasisKind kind, boolean recognised) {

	/**
	 * @param written the text between 《 and 》, trimmed, not empty
	 * @return the document with its recognised kind
	 */
	static CitedDocument of(String written) {
		LegalDocument d = LegalDocument.of(written);
		return new CitedDocument(d.title(), d.code(), d.kind(), d.recognised());
	}

	private LegalDocument document() {
		return new LegalDocument(title, code, kind, recognised);
	}

	/** @see LegalDocument#key() */
	String key() {
		return document().key();
	}

	static String titleKey(String title) {
		return LegalDocument.titleKey(title);
	}

	/** @see LegalDocument#matches(LegalBasis) */
	boolean matches(LegalBasis basis) {
		return document().matches(basis);
	}
}
