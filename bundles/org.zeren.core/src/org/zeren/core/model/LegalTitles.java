package org.zeren.core.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * When two titles name the same legal document. Chinese documents are cited with and without
 * their issuer in front: 《安全生产法》 is 《中华人民共和国安全生产法》, and
 * 《关于推进安全生产领域改革发展的意见》 is 《中共中央 国务院关于推进安全生产领域改革发展的意见》 (both forms
 * appear in the 2017 plan). The plan importer and the template applier both match legal bases
 * with {@link #identity(String)}, so a document cited in either form becomes one {@code LegalBasis}.
 */
public final class LegalTitles {

	/** Characters that do not count: every kind of white space, including zero-width and full-width. */
	private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B-\\u200D\\u2060\\u3000\\uFEFF]+");
	/** The state's name in front of a law's title (《中华人民共和国立法法》 names laws that way). */
	private static final String PRC = "中华人民共和国";
	/** Issuers written in front of "关于…" in the titles of Party and State Council documents. */
	private static final Pattern ISSUER = Pattern
			.compile("^(中共中央办公厅、?国务院办公厅|中共中央、?国务院|中共中央|国务院)(?=关于)");

	private LegalTitles() {
	}

	/**
	 * @param title a document title as written, with or without 《》; never null
	 * @return the key under which titles naming the same document are equal: NFKC-normalised
	 *         (full-width letters and digits become half-width), without white space, 《》 or a
	 *         leading issuer; never null
	 */
	public static String identity(String title) {
		String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
		t = SPACE.matcher(t).replaceAll("");
		if (t.startsWith("《") && t.endsWith("》")) {
			t = t.substring(1, t.length() - 1);
		}
		if (t.startsWith(PRC) && t.length() > PRC.length()) {
			t = t.substring(PRC.length());
		}
		return ISSUER.matcher(t).replaceFirst("");
	}

	/**
	 * @param a a title; may be null
	 * @param b another title; may be null
	 * @return whether both are non-null and name the same document
	 */
	public static boolean sameDocument(String a, String b) {
		return a != null && b != null && identity(a).equals(identity(b));
	}
}
