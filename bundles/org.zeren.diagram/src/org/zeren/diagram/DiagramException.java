package org.zeren.diagram;

import java.util.Locale;
import java.util.Objects;

import org.zeren.core.spi.LocalizedText;

/**
 * A diagram could not be built, laid out or written. The message says what and what to do, in Chinese and
 * English ({@link #text()}); {@link #getMessage()} is the English text. When an export fails, no output file
 * and no temporary file is left behind, and an existing file of the same name is unchanged.
 */
public class DiagramException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong. */
	public enum Problem {
		/** The root given for the diagram matches no element of the model. */
		ROOT_NOT_FOUND,
		/** The root given for the diagram matches several elements; the message lists them. */
		ROOT_AMBIGUOUS,
		/** The root is an element of a class this kind of diagram cannot start from. */
		ROOT_WRONG_KIND,
		/** No font can draw every character of the labels (see {@link MissingFontException}). */
		MISSING_FONT,
		/** The output would be too large (e.g. a PNG of more pixels than allowed). */
		TOO_LARGE,
		/** The layout engine failed. */
		LAYOUT_FAILED,
		/** Writing the file failed (folder missing and not creatable, permissions, disk full, ...). */
		IO_ERROR
	}

	private final Problem problem;
	private final transient LocalizedText text;

	/**
	 * @param problem what went wrong; never null
	 * @param text    the message in Chinese and English; never null
	 * @param cause   the underlying exception; may be null
	 */
	public DiagramException(Problem problem, LocalizedText text, Throwable cause) {
		super(Objects.requireNonNull(text, "text").en(), cause);
		this.problem = Objects.requireNonNull(problem, "problem");
		this.text = text;
	}

	/** @return what went wrong; never null */
	public Problem problem() {
		return problem;
	}

	/** @return the message in Chinese and English; never null */
	public LocalizedText text() {
		return text;
	}

	/**
	 * @param locale the display locale; null means the default locale
	 * @return the message in Chinese for any {@code zh} locale, else in English
	 */
	public String getMessage(Locale locale) {
		return text.get(locale);
	}
}
