package org.zeren.io.sheet;

import org.zeren.core.spi.LocalizedText;

import java.util.List;

/**
 * Receives the rows of a spreadsheet as a reader streams them, sheet by sheet. Readers never
 * keep more than the current row.
 */
interface RowSink {

	/**
	 * @param name the sheet's name, or null for a CSV or text file
	 */
	void startSheet(String name);

	/**
	 * @param number the 1-based row number as the spreadsheet shows it
	 * @param cells  the cell texts from column A on; blank cells are empty strings; the list may
	 *               be shorter than other rows; not kept by the reader after the call
	 */
	void row(int number, List<String> cells);

	/**
	 * A cell of the current sheet whose value cannot be read but does not stop the import (a formula
	 * without a stored result); the sink reports it as a warning.
	 *
	 * @param number  the 1-based row number
	 * @param column  the 1-based column
	 * @param message what is wrong; never null
	 */
	void unreadable(int number, int column, LocalizedText message);

		/** The current sheet has no more rows. */
	void endSheet();

	/** Thrown by readers and sinks to stop reading with a problem. */
	final class Stop extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final transient SheetProblem problem;

		Stop(SheetProblem problem) {
			super(problem.toString(), null, false, false);
			this.problem = problem;
		}
	}
}
