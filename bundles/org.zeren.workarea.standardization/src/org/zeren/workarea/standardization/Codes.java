package org.zeren.workarea.standardization;

import java.util.Locale;

import org.zeren.model.LegalBasis;
import org.zeren.model.StandardizationLevel;

/** Standard codes and grade names as users type and read them. */
final class Codes {

	private Codes() {
	}

	/**
	 * @param code a standard code as entered, e.g. {@code GB/T 33000-2016} or {@code ＡＱ／Ｔ９００６—2010}; may be null
	 * @return the code with full-width forms made ASCII, dashes unified to {@code -}, spaces removed
	 *         and letters upper-case (e.g. {@code GB/T33000-2016}); empty for null
	 */
	static String normalise(String code) {
		if (code == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(code.length());
		for (char c : code.toCharArray()) {
			char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
			if (h == '\u2014' || h == '\u2013' || h == '\u2012' || h == '\u2010' || h == '\u2212') {
				h = '-';
			}
			if (!Character.isWhitespace(h) && h != '\u3000') {
				b.append(h);
			}
		}
		return b.toString().toUpperCase(Locale.ROOT);
	}

	/** @return whether the basis is GB/T 33000 (by code, any edition, or by its exact title) */
	static boolean isGbT33000(LegalBasis basis) {
		return basis != null && (normalise(basis.getCode()).startsWith("GB/T33000")
				|| (StandardizationTemplates.STANDARD_TITLE.equals(basis.getTitle()) && basis.getCode() == null));
	}

	/** @return the Chinese name of a grade, e.g. 二级 */
	static String zh(StandardizationLevel level) {
		return switch (level) {
		case LEVEL_1 -> "一级";
		case LEVEL_2 -> "二级";
		case LEVEL_3 -> "三级";
		case NONE -> "未定级";
		};
	}

	/** @return the English name of a grade, e.g. level 2 */
	static String en(StandardizationLevel level) {
		return switch (level) {
		case LEVEL_1 -> "level 1";
		case LEVEL_2 -> "level 2";
		case LEVEL_3 -> "level 3";
		case NONE -> "no grade";
		};
	}
}
