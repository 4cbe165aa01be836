package org.zeren.io.sheet;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.zeren.core.spi.LocalizedText;

/**
 * An error or warning of a spreadsheet import, located as precisely as it is known.
 *
 * @param file    the file; never null
 * @param sheet   the sheet name of an {@code .xlsx}, or null for CSV and text files
 * @param row     the 1-based row as the spreadsheet numbers it (for CSV: the record), or 0 for the whole file or sheet
 * @param column  the 1-based column, or 0 when the problem concerns the whole row
 * @param heading the heading of the column as written, or null
 * @param message what is wrong, in Chinese and English; never null
 */
public record SheetProblem(Path file, String sheet, int row, int column, String heading, LocalizedText message) {

	/** @throws NullPointerException when file or message is null */
	public SheetProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * @param column a 1-based column number
	 * @return its spreadsheet letters: 1 is A, 27 is AA
	 */
	public static String columnLetters(int column) {
		StringBuilder b = new StringBuilder();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			b.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return b.toString();
	}

	/**
	 * @param locale the display locale; null means the default locale
	 * @return {@code FILE [sheet S] row R, column C (heading): message} in the locale's language
	 *         (Chinese for any zh locale, else English), leaving out what is not known
	 */
	public String format(Locale locale) {
		boolean zh = (locale == null ? Locale.getDefault() : locale).getLanguage().equals("zh");
		StringBuilder b = new StringBuilder().append(file);
		if (sheet != null) {
			b.append(zh ? " 工作表“" + sheet + "”" : " sheet '" + sheet + "'");
		}
		if (row > 0) {
			b.append(zh ? " 第 " + row + " 行" : " row " + row);
		}
		if (column > 0) {
			b.append(zh ? " " + columnLetters(column) + " 列" : (row > 0 ? ", " : " ") + "column " + columnLetters(column));
			if (heading != null && !heading.isEmpty()) {
				b.append(zh ? "（" + heading + "）" : " (" + heading + ")");
			}
		}
		return b.append(": ").append(message.get(locale)).toString();
	}

	/** @return the problem in English and Chinese: {@code FILE ... : en / zh} */
	@Override
	public String toString() {
		return format(Locale.ENGLISH) + " / " + message.zh();
	}
}
