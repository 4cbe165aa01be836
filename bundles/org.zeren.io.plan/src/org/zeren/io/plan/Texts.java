package org.zeren.io.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.zeren.core.text.ChineseNumerals;
import org.zeren.core.text.ChineseText;

/** Character-level helpers for Chinese plan text. */
final class Texts {

	private Texts() {
	}

	/**
	 * Maps full-width ASCII variants (U+FF01..U+FF5E) to ASCII and the ideographic space U+3000 to
	 * a space. Every character maps to exactly one character, so indexes stay valid between the
	 * original and the normalised string.
	 */
	static String halfWidth(String s) {
		return ChineseText.halfWidth(s);
	}

	/** Removes all white space; for comparing titles. */
	static String squeeze(String s) {
		return ChineseText.squeeze(s);
	}

	/** @return 0..9 for 〇/零/○/O/0 and 一..九, else -1 (see {@link ChineseNumerals#digit(char)}) */
	static int chineseDigit(char c) {
		return ChineseNumerals.digit(c);
	}

	/** @return the value of a Chinese numeral 一 … 九百九十九, or -1 (see {@link ChineseNumerals#parse(String)}) */
	static int chineseNumber(String s) {
		return ChineseNumerals.parse(s);
	}

	/** The Chinese numeral of 1..99 as printed in section numbers (see {@link ChineseNumerals#format(int)}). */
	static String chineseNumeral(int n) {
		return ChineseNumerals.format(n);
	}

	/** @return the value of a year written with one Chinese digit per place, e.g. 二〇一七; -1 otherwise */
	static int chineseDigits(String s) {
		return ChineseNumerals.parseDigits(s);
	}

	/** A text span {@code [start, end)} with its content. */
	record Span(int start, int end, String content) {
	}

	/**
	 * The documents cited in book-title marks 《…》: the text between the marks of each outermost
	 * pair that does not cross a line break, in order.
	 */
	static List<Span> bookTitles(String text) {
		List<Span> result = new ArrayList<>();
		int depth = 0;
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '《') {
				if (depth++ == 0) {
					start = i;
				}
			} else if (c == '》' && depth > 0) {
				if (--depth == 0) {
					result.add(new Span(start, i + 1, text.substring(start + 1, i)));
				}
			} else if (c == '\n') {
				depth = 0;
			}
		}
		return result;
	}

	/**
	 * The phrases quoted with “…” outside 《…》 (a quote inside a cited title is part of the title,
	 * not a principle), each once, in order of first appearance, as written, without the marks;
	 * blank quotes are skipped.
	 */
	static List<String> quotedPhrases(String text) {
		Set<String> result = new LinkedHashSet<>();
		int bookDepth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '《') {
				bookDepth++;
			} else if (c == '》' && bookDepth > 0) {
				bookDepth--;
			} else if (c == '\n') {
				bookDepth = 0;
			} else if (c == '“' && bookDepth == 0) {
				int end = text.indexOf('”', i + 1);
				int nl = text.indexOf('\n', i + 1);
				if (end < 0 || (nl >= 0 && nl < end)) {
					continue;
				}
				String phrase = ChineseText.trim(text.substring(i + 1, end));
				if (!phrase.isEmpty()) {
					result.add(phrase);
				}
				i = end;
			}
		}
		return new ArrayList<>(result);
	}

	/**
	 * The first sentence of a text: up to the first 。！？ that is not inside “”, 《》 or brackets,
	 * or up to the end of the first line, without the closing mark and trimmed.
	 */
	static String firstSentence(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '“', '《', '（', '(', '「', '【', '〔', '[' -> depth++;
			case '”', '》', '）', ')', '」', '】', '〕', ']' -> depth = Math.max(0, depth - 1);
			case '\n' -> {
				return ChineseText.trim(text.substring(0, i));
			}
			case '。', '！', '？', '｡' -> {
				if (depth == 0) {
					return ChineseText.trim(text.substring(0, i));
				}
			}
			default -> {
				// part of the sentence
			}
			}
		}
		return ChineseText.trim(text);
	}
}
