package org.zeren.io.plan;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.zeren.core.spi.LocalizedText;

/**
 * A file could not be imported as a work plan: it cannot be read, is empty, is in neither
 * UTF-8 nor GB18030, is binary, is a {@code .docx} that is not a Word document, contains no
 * section heading ({@code 一、…}), or the model already holds a plan of the same title.
 * Nothing has been added to the model when this is thrown.
 */
public class PlanImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final LocalizedText problem;

	/**
	 * @param file    the file being imported; never null
	 * @param line    the 1-based line of the extracted text where the problem is, or 0 when the
	 *                problem concerns the whole file (e.g. it is empty or not a ZIP archive)
	 * @param problem what is wrong, in Chinese and English; never null
	 * @param cause   the underlying exception, or null
	 */
	public PlanImportException(Path file, int line, LocalizedText problem, Throwable cause) {
		super(format(file, line, problem), cause);
		this.file = file;
		this.line = line;
		this.problem = problem;
	}

	private static String format(Path file, int line, LocalizedText problem) {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(problem, "problem");
		return file + (line > 0 ? ":" + line : "") + ": " + problem.en() + " / " + problem.zh();
	}

	/** @return the file being imported; never null */
	public Path getFile() {
		return file;
	}

	/** @return the 1-based line of the problem, or 0 when it concerns the whole file */
	public int getLine() {
		return line;
	}

	/** @return what is wrong, without file and line; never null */
	public LocalizedText getProblem() {
		return problem;
	}

	/**
	 * @param locale the display locale; null means the default locale
	 * @return {@code file:line: problem} in the language of the locale (Chinese for any zh
	 *         locale, otherwise English); the line is left out when it is 0
	 */
	public String getMessage(Locale locale) {
		return file + (line > 0 ? ":" + line : "") + ": " + problem.get(locale);
	}
}
