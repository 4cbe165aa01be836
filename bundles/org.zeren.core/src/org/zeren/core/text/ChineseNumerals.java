package org.zeren.core.text;

/**
 * Chinese numerals as printed in section numbers, article references (第二十一条) and dates: 一 … 九,
 * 十, 十一, 二十, 二十三, 一百, 一百零五, up to 999, and years written digit by digit (二〇一七).
 */
public final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/**
	 * @param c a character
	 * @return 0..9 for 〇, 零, ○, O, Ｏ, 0 and 一 … 九, else -1
	 */
	public static int digit(char c) {
		if (c == '零' || c == '○' || c == 'O' || c == 'o' || c == '0' || c == 'Ｏ') {
			return 0;
		}
		return DIGITS.indexOf(c);
	}

	/**
	 * @param s a numeral such as 一, 十, 十一, 二十三, 一百零五; never null
	 * @return its value 1..999, or -1 when the string is not such a numeral
	 */
	public static int parse(String s) {
		if (s.isEmpty()) {
			return -1;
		}
		int total = 0;
		int digit = -1;
		boolean seenUnit = false;
		int lastUnit = 1000;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int unit = c == '十' ? 10 : c == '百' ? 100 : 0;
			if (unit > 0) {
				if (unit >= lastUnit) {
					return -1;
				}
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
				lastUnit = unit;
				seenUnit = true;
			} else {
				int d = digit(c);
				if (d < 0 || (digit > 0 && d != 0)) {
					return -1;
				}
				if (d == 0) {
					if (!seenUnit) {
						return -1;
					}
					continue;
				}
				digit = d;
			}
		}
		if (digit > 0) {
			total += digit;
		}
		return total == 0 ? -1 : total;
	}

	/**
	 * @param s Arabic digits (also full-width) or a Chinese numeral; never null
	 * @return the value, or -1 when it is neither (or above 999,999,999)
	 */
	public static int parseAny(String s) {
		String h = ChineseText.halfWidth(s).strip();
		if (!h.isEmpty() && h.length() <= 9 && h.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Integer.parseInt(h);
		}
		return parse(h);
	}

	/**
	 * @param n a number
	 * @return the Chinese numeral of 1..999 as printed in section numbers and article references
	 *         (一 … 十, 十一, 二十三, 一百, 一百零五, 一百一十四); other numbers in Arabic digits
	 */
	public static String format(int n) {
		if (n <= 0 || n >= 1000) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		if (n < 100) {
			String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
			return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
		}
		String hundreds = DIGITS.charAt(n / 100) + "百";
		int rest = n % 100;
		if (rest == 0) {
			return hundreds;
		}
		if (rest < 10) {
			return hundreds + "零" + DIGITS.charAt(rest);
		}
		// after hundreds the ten is written with its digit: 一百一十四, not 一百十四
		return hundreds + DIGITS.charAt(rest / 10) + "十" + (rest % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(rest % 10)));
	}

	/**
	 * @param s a number written with one Chinese digit per place, e.g. 二〇一七; never null
	 * @return its value, or -1 otherwise
	 */
	public static int parseDigits(String s) {
		if (s.isEmpty()) {
			return -1;
		}
		int v = 0;
		for (int i = 0; i < s.length(); i++) {
			int d = digit(s.charAt(i));
			if (d < 0) {
				return -1;
			}
			v = v * 10 + d;
		}
		return v;
	}
}
