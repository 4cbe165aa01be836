package org.zeren.io.plan;

import java.util.Objects;

import org.zeren.core.spi.LocalizedText;

/**
 * Something odd in a plan that did not stop the import, e.g. an item number out of sequence
 * ({@code 1、2、4、}) or a cited document whose kind was not recognised.
 *
 * @param line    the 1-based line of the extracted text the warning is about (for a {@code .docx}
 *                file: the paragraph), or 0 when it concerns the whole document
 * @param message what is odd, in Chinese and English; never null
 */
public record PlanImportWarning(int line, LocalizedText message) {

	/**
	 * @throws NullPointerException     when message is null
	 * @throws IllegalArgumentException when line is negative
	 */
	public PlanImportWarning {
		Objects.requireNonNull(message, "message");
		if (line < 0) {
			throw new IllegalArgumentException("line must be >= 0, got " + line);
		}
	}

	/** @return {@code line N: zh / en}, or just {@code zh / en} when line is 0 */
	@Override
	public String toString() {
		return (line > 0 ? "line " + line + ": " : "") + message;
	}
}
