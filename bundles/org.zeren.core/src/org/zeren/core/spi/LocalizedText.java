package org.zeren.core.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-visible text in the two languages Zeren ships: simplified Chinese and English.
 *
 * @param zh the zh_CN text; never null or blank
 * @param en the English text; never null or blank
 */
public record LocalizedText(String zh, String en) {

	/**
	 * @throws IllegalArgumentException when either text is null or blank
	 */
	public LocalizedText {
		if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("both zh and en texts are required, got zh=" + zh + ", en=" + en);
		}
	}

	/**
	 * @param locale the display locale; null means the default locale
	 * @return the Chinese text for any {@code zh} locale, otherwise the English text
	 */
	public String get(Locale locale) {
		Locale l = Objects.requireNonNullElse(locale, Locale.getDefault());
		return "zh".equals(l.getLanguage()) ? zh : en;
	}

	@Override
	public String toString() {
		return zh + " / " + en;
	}
}
