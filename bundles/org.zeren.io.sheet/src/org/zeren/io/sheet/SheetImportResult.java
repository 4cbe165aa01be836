package org.zeren.io.sheet;

import java.util.List;

import org.zeren.core.text.TextEncoding;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasis;
import org.zeren.model.Party;

/**
 * What an import created (or, in a dry run, would create).
 *
 * @param format       {@code xlsx}, {@code csv} or {@code tsv}; never null
 * @param encoding     the encoding a CSV or text file was read in; null for {@code .xlsx}
 * @param sheets       the names of the sheets imported (for CSV and text files the file name); never null
 * @param lists        the duty lists created, in order of their first row; in a dry run not in the
 *                     model; never null
 * @param updates      the lists of the model updated (only with {@link SheetImportOptions#update()}), not in
 *                     {@code lists}; never null
 * @param duties       the number of duty rows read (created, or matched and added in updated lists)
 * @param legalBases   the legal bases created (not those found in the model), in order of first citation; never null
 * @param reusedBases  the number of distinct legal bases of the model that were cited
 * @param parties      the holders created (only with {@link SheetImportOptions#createHolders()}); never null
 * @param warnings     things that did not stop the import, in file order: all of them in a dry run, else at
 *                     most {@link SheetImporter#MAX_WARNINGS} and a last one (located by the file only) saying how many more there
 *                     were; never null
 * @param warningCount the number of warnings in all, also those summed up
 * @param skippedRows  the rows skipped in lenient mode, each with its error, in file order; never null
 * @param dryRun       true when the model was left unchanged
 */
public record SheetImportResult(String format, TextEncoding encoding, List<String> sheets, List<DutyList> lists,
		List<ListUpdate> updates, int duties, List<LegalBasis> legalBases, int reusedBases, List<Party> parties, List<SheetProblem> warnings, int warningCount,
		List<SheetProblem> skippedRows, boolean dryRun) {
}
