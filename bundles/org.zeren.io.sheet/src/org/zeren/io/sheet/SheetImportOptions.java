package org.zeren.io.sheet;

import java.util.List;
import java.util.Objects;

import org.zeren.core.workarea.RegisteredWorkArea;

import org.zeren.model.DutyListKind;
import org.zeren.model.Party;

/**
 * How to import a spreadsheet.
 *
 * @param holder        the party holding the duties when the sheet has no holder column, and the
 *                      party under which holders named in a holder column are looked for first
 *                      (the posts of an enterprise); null for none
 * @param kind          the kind of the lists created; null to recognise it from the sheet's title
 *                      (权力清单, 责任清单, 主体责任, 岗位) or else from the holder (post: post duty list,
 *                      enterprise: primary-responsibility list, others: responsibility list)
 * @param mapping       explicit roles of headings; never null ({@link ColumnMapping#NONE} for none)
 * @param dryRun        true to read and check everything but leave the model unchanged
 * @param lenient       true to skip rows with errors (listed in the result) instead of refusing
 *                      the whole file; limits and file-level errors still refuse it
 * @param createHolders true to create holders that are not in the model (as posts of
 *                      {@code holder} when it is given, else as top-level departments) instead of
 *                      reporting them as errors
 * @param limits        limits against hostile files; never null
 * @param workAreas     the installed work areas ({@code WorkAreaRegistry#workAreas()}): a 工作领域 cell naming
 *                      one the model does not have yet adds it to the model; never null, may be empty
 * @param update        true to update a list the model already has (same holder, kind and name) instead of
 *                      refusing the sheet: rows matched to its duties update them in place, other rows are added
 * @param removeMissing with update, true to remove the duties of an updated list that the sheet no longer has
 *                      (else they are kept and reported)
 */
public record SheetImportOptions(Party holder, DutyListKind kind, ColumnMapping mapping, boolean dryRun,
		boolean lenient, boolean createHolders, SheetLimits limits, List<RegisteredWorkArea> workAreas,
		boolean update, boolean removeMissing) {

	/** No holder, kind recognised, no mapping, strict, default limits. */
	public static final SheetImportOptions DEFAULT = new SheetImportOptions(null, null, ColumnMapping.NONE, false, false,
			false, SheetLimits.DEFAULT, List.of(), false, false);

	/** @throws NullPointerException when mapping, limits or workAreas is null */
	public SheetImportOptions {
		Objects.requireNonNull(mapping, "mapping");
		Objects.requireNonNull(limits, "limits");
		workAreas = List.copyOf(workAreas);
	}

	/** @return these options updating existing lists or not */
	public SheetImportOptions withUpdate(boolean u) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, lenient, createHolders, limits, workAreas, u, removeMissing);
	}

	/** @return these options removing the duties missing from an updated list or not */
	public SheetImportOptions withRemoveMissing(boolean r) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, lenient, createHolders, limits, workAreas, update, r);
	}

	/** @return these options with other installed work areas; never null */
	public SheetImportOptions withWorkAreas(List<RegisteredWorkArea> w) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, lenient, createHolders, limits, w, update, removeMissing);
	}

	/** @return these options with another default holder (may be null) */
	public SheetImportOptions withHolder(Party p) {
		return new SheetImportOptions(p, kind, mapping, dryRun, lenient, createHolders, limits, workAreas, update, removeMissing);
	}

	/** @return these options with another list kind (may be null) */
	public SheetImportOptions withKind(DutyListKind k) {
		return new SheetImportOptions(holder, k, mapping, dryRun, lenient, createHolders, limits, workAreas, update, removeMissing);
	}

	/** @return these options with another mapping; never null */
	public SheetImportOptions withMapping(ColumnMapping m) {
		return new SheetImportOptions(holder, kind, m, dryRun, lenient, createHolders, limits, workAreas, update, removeMissing);
	}

	/** @return these options as a dry run or not */
	public SheetImportOptions withDryRun(boolean d) {
		return new SheetImportOptions(holder, kind, mapping, d, lenient, createHolders, limits, workAreas, update, removeMissing);
	}

	/** @return these options lenient or not */
	public SheetImportOptions withLenient(boolean l) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, l, createHolders, limits, workAreas, update, removeMissing);
	}

	/** @return these options creating unknown holders or not */
	public SheetImportOptions withCreateHolders(boolean c) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, lenient, c, limits, workAreas, update, removeMissing);
	}

	/** @return these options with other limits; never null */
	public SheetImportOptions withLimits(SheetLimits l) {
		return new SheetImportOptions(holder, kind, mapping, dryRun, lenient, createHolders, l, workAreas, update, removeMissing);
	}
}
