package org.zeren.io.sheet;

import java.util.List;

import org.zeren.model.Duty;
import org.zeren.model.DutyList;

/**
 * What an import with {@link SheetImportOptions#update()} does (or, in a dry run, would do) to a list the model
 * already has. Rows are matched to the list's duties by duty code, else by title (each duty at most once).
 *
 * @param list           the list of the model; never null
 * @param changed        the matched duties whose sheet values differ, each with the headings of what differs
 *                       (事项名称, 法律依据, …), in row order; never null
 * @param unchanged      the number of matched duties the sheet leaves as they are
 * @param added          the duties of rows that match none (added to the list, or in a dry run not); never null
 * @param missing        the duties of the list no row matches, in list order; never null
 * @param missingRemoved true when the missing duties are (or would be) removed
 *                       ({@link SheetImportOptions#removeMissing()}), false when they are kept
 */
public record ListUpdate(DutyList list, List<Change> changed, int unchanged, List<Duty> added, List<Duty> missing,
		boolean missingRemoved) {

	/**
	 * @param duty     the duty of the model, updated in place (it keeps its identifier, type, chains and all the
	 *                 sheet cannot say); never null
	 * @param headings the headings of the values that differ; never null, not empty
	 */
	public record Change(Duty duty, List<String> headings) {
	}
}
