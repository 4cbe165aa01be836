package org.zeren.workarea.rectification;

import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;

/** Checks that a template's source text names what its structured citations cite. */
final class Citations {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private Citations() {
	}

	/** @return n in Chinese numerals as articles are numbered, e.g. 28 → 二十八, 110 → 一百一十 */
	static String chinese(int n) {
		if (n < 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		if (n < 100) {
			return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		int rest = n % 100;
		String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + chinese(rest) : chinese(rest);
		return DIGITS[n / 100] + "百" + tail;
	}

	/** @return null when the source names every citation (title and article), else what is missing */
	static String missingFromSource(DutyTemplate t) {
		for (LegalCitation c : t.legalCitations()) {
			if (!t.source().contains(c.title())) {
				return t.code() + ": source does not name " + c.title();
			}
			if (c.article() != null && !t.source().contains("第" + chinese(c.article()) + "条")) {
				return t.code() + ": source does not name article " + c.article() + " of " + c.title();
			}
		}
		return null;
	}
}
