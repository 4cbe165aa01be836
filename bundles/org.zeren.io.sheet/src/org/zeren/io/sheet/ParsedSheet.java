package org.zeren.io.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One table as the interpreter understood it: title, columns and the data and grouping rows in
 * order. Rows hold resolved cell texts ("同上" and fill-down applied).
 */
final class ParsedSheet {

	/** A column: its heading as written (two-level headings joined with "/") and its role. */
	record Column(int index, String heading, ColumnRole role) {
	}

	/** A row of the table: a grouping or a duty. */
	sealed interface Entry permits GroupRow, DutyRow {
		int row();
	}

	/**
	 * A section row: {@code 一、…} (level 1), {@code （一）…} (level 2), an item heading of a
	 * sub-item list or an Arabic-numbered group (level 3), or unnumbered (level 1).
	 */
	record GroupRow(int row, int level, String number, String title) implements Entry {
	}

	/** A duty row: the resolved cell texts by column index (trimmed; empty when blank). */
	record DutyRow(int row, String[] cells) implements Entry {
	}

	final String sheet;
	String title;
	final List<Column> columns = new ArrayList<>();
	final List<Entry> entries = new ArrayList<>();

	ParsedSheet(String sheet) {
		this.sheet = sheet;
	}

	/** @return the first column of a role, or null */
	Column column(ColumnRole role) {
		for (Column c : columns) {
			if (c.role() == role) {
				return c;
			}
		}
		return null;
	}
}
