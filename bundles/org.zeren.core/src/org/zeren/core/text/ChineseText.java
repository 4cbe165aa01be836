package org.zeren.core.text;

/**
 * Character-level normalisation of Chinese office text. Codes, names and headings typed in Chinese
 * input methods carry full-width digits and letters (１２), full-width punctuation and unusual
 * spaces (U+3000 ideographic, U+00A0 no-break, U+200B zero-width, a stray U+FEFF); these helpers
 * make them comparable. Duty texts are never normalised: they are kept exactly as written.
 */
public final class ChineseText {

	private ChineseText() {
	}

	/**
	 * Maps full-width ASCII variants (U+FF01..U+FF5E) to ASCII and the ideographic space U+3000 to a
	 * space. Every character maps to exactly one character, so indexes stay valid.
	 *
	 * @param s a text; never null
	 * @return the text in half-width form; never null
	 */
	public static String halfWidth(String s) {
		char[] c = s.toCharArray();
		for (int i = 0; i < c.length; i++) {
			if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') {
				c[i] = (char) (c[i] - 0xFEE0);
			} else if (c[i] == '\u3000') {
				c[i] = ' ';
			}
		}
		return new String(c);
	}

	/**
	 * @param c a character
	 * @return whether it is white space of any kind, including no-break, ideographic and
	 *         zero-width spaces (U+200B..U+200D, U+2060) and the byte order mark U+FEFF
	 */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D')
				|| c == '\u2060';
	}

	/**
	 * @param s a text; never null
	 * @return the text without white space of any kind ({@link #isSpace}) at both ends; never null
	 */
	public static String trim(String s) {
		int b = 0;
		int e = s.length();
		while (b < e && isSpace(s.charAt(b))) {
			b++;
		}
		while (e > b && isSpace(s.charAt(e - 1))) {
			e--;
		}
		return s.substring(b, e);
	}

	/**
	 * @param s a text; never null
	 * @return the text without any white space; for comparing titles and headings; never null
	 */
	public static String squeeze(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (!isSpace(s.charAt(i))) {
				b.append(s.charAt(i));
			}
		}
		return b.toString();
	}

	/**
	 * The normal form of a code or a name: half-width, zero-width characters removed, every run of
	 * other white space (including no-break and ideographic spaces and line breaks) one ASCII space,
	 * trimmed. {@code "Ｑ－０１"} becomes {@code "Q-01"}, {@code "应急\u00A0管理局\u200B"} becomes
	 * {@code "应急 管理局"}.
	 *
	 * @param s a code or name; may be null
	 * @return the normal form, or null when s is null
	 */
	public static String normaliseName(String s) {
		if (s == null) {
			return null;
		}
		String h = halfWidth(s);
		StringBuilder b = new StringBuilder(h.length());
		boolean space = false;
		for (int i = 0; i < h.length(); i++) {
			char c = h.charAt(i);
			if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
				continue;
			}
			if (isSpace(c)) {
				space = true;
				continue;
			}
			if (space && b.length() > 0) {
				b.append(' ');
			}
			space = false;
			b.append(c);
		}
		return b.toString();
	}
}
