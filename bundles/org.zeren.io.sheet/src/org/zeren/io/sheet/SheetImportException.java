package org.zeren.io.sheet;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A spreadsheet could not be imported: it cannot be read, is in an unknown format or encoding,
 * breaks a {@link SheetLimits limit}, has no recognisable header, or has rows with errors (outside
 * lenient mode). Nothing has been added to the model when this is thrown.
 */
public class SheetImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** At most this many problems are listed in the message: {@value}. */
	public static final int MAX_LISTED = 50;

	private final transient List<SheetProblem> problems;

	/**
	 * @param problems what is wrong, at least one, in file order; never null
	 * @param cause    the underlying exception, or null
	 */
	public SheetImportException(List<SheetProblem> problems, Throwable cause) {
		super(format(problems, Locale.ENGLISH), cause);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("no problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param problem what is wrong; never null
	 * @param cause   the underlying exception, or null
	 */
	public SheetImportException(SheetProblem problem, Throwable cause) {
		this(List.of(problem), cause);
	}

	/** @return every problem found, in file order; never null or empty */
	public List<SheetProblem> problems() {
		return problems;
	}

	/**
	 * @param locale the display locale; null means the default
	 * @return the problems, one per line (at most {@link #MAX_LISTED}, then how many more), in the
	 *         locale's language
	 */
	public String getMessage(Locale locale) {
		return format(problems, locale);
	}

	private static String format(List<SheetProblem> problems, Locale locale) {
		String listed = problems.stream().limit(MAX_LISTED).map(p -> p.format(locale)).collect(Collectors.joining("\n"));
		if (problems.size() > MAX_LISTED) {
			boolean zh = (locale == null ? Locale.getDefault() : locale).getLanguage().equals("zh");
			listed += "\n" + (zh ? "…… 另有 " + (problems.size() - MAX_LISTED) + " 个错误未列出"
					: "… " + (problems.size() - MAX_LISTED) + " more errors not listed");
		}
		return listed;
	}
}
