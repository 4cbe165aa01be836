package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.io.sheet.ColumnMapping;
import org.zeren.io.sheet.ListUpdate;
import org.zeren.io.sheet.SheetImportException;
import org.zeren.io.sheet.SheetImportOptions;
import org.zeren.io.sheet.SheetImportResult;
import org.zeren.io.sheet.SheetImporter;
import org.zeren.io.sheet.SheetProblem;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.Party;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren import-list FILE --into MODEL [-o OUT] [--holder PARTY] [--kind KIND] [--mapping FILE] [--dry-run]
 * [--lenient] [--create-holders] [--update [--remove-missing]]}: imports the duty lists of a spreadsheet ({@code .xlsx}, {@code .csv},
 * tab-separated text) into a model with {@link SheetImporter} and saves it atomically (to {@code OUT}, or back to
 * {@code MODEL}, keeping {@code MODEL.bak}). With {@code --update}, a list the model already has is updated from the sheet (see
 * {@link SheetImportOptions#update()}) and each changed, added and missing duty is printed. Prints the lists created, the legal bases and holders created, the
 * encoding read and every warning; with {@code --dry-run} also every duty, and saves nothing. Exits
 * {@link ZerenCli#OK}, or {@link ZerenCli#USAGE} when a file is missing or unreadable, the holder is unknown, the
 * spreadsheet cannot be imported (each error names file, sheet, row and column; nothing is saved), or the output
 * is the spreadsheet itself.
 */
@Command(name = "import-list", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportListCommand extends BaseCommand {

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "sheetFile")
	Path file;

	@Option(names = "--into", paramLabel = "MODEL", required = true, descriptionKey = "listInto")
	Path into;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "listOutput")
	Path output;

	@Option(names = "--holder", paramLabel = "PARTY", descriptionKey = "listHolder")
	String holder;

	@Option(names = "--kind", paramLabel = "KIND", descriptionKey = "listKind")
	DutyListKind kind;

	@Option(names = "--mapping", paramLabel = "MAPPING", descriptionKey = "listMapping")
	Path mapping;

	@Option(names = "--dry-run", descriptionKey = "listDryRun")
	boolean dryRun;

	@Option(names = "--lenient", descriptionKey = "listLenient")
	boolean lenient;

	@Option(names = "--create-holders", descriptionKey = "listCreateHolders")
	boolean createHolders;

	@Option(names = "--update", descriptionKey = "listUpdate")
	boolean update;

	@Option(names = "--remove-missing", descriptionKey = "listRemoveMissing")
	boolean removeMissing;

	/**
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 */
	public ImportListCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		requireReadable(file);
		Path target = output != null ? output : into;
		requireNotInput(target, file, Messages.outputIsSheet);
		if (mapping != null) {
			requireReadable(mapping);
			requireNotInput(target, mapping, Messages.outputIsMapping);
		}
		LoadedModel loaded = load(into);
		SheetImportOptions options = SheetImportOptions.DEFAULT.withKind(kind).withDryRun(dryRun).withLenient(lenient)
				.withCreateHolders(createHolders).withWorkAreas(registry.workAreas())
				.withUpdate(update || removeMissing).withRemoveMissing(removeMissing);
		if (holder != null) {
			List<Party> found = new ArrayList<>(ApplyTemplatesCommand.selectParties(loaded, List.of(holder)));
			options = options.withHolder(found.get(0)); // the first is the party named; the rest are its parts
		}
		SheetImportResult result;
		try {
			if (mapping != null) {
				options = options.withMapping(ColumnMapping.read(mapping));
			}
			result = new SheetImporter().importFile(file, loaded.model(), options);
		} catch (SheetImportException e) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.cannotImportList, e.getMessage(locale())), e);
		}
		print(out(), result);
		if (!dryRun) {
			save(loaded, target);
			out().println(NLS.bind(Messages.saved, target));
		} else {
			out().println(Messages.listDryRunNothingSaved);
		}
		return ZerenCli.OK;
	}

	private static String line(Duty d) {
		return (d.getCode() == null ? "-" : d.getCode()) + "  " + d.getTitle();
	}

	private void print(PrintWriter out, SheetImportResult r) {
		out.println(NLS.bind(r.dryRun() ? Messages.listWouldImport : Messages.listImported,
				new Object[] { r.duties(), r.lists().size(), file }));
		out.println(NLS.bind(Messages.listFormat, r.format(), r.encoding() == null ? "-" : r.encoding().label()));
		for (DutyList l : r.lists()) {
			out.println("  " + NLS.bind(Messages.listLine, new Object[] { l.getName(), l.getKind().getLiteral(),
					Labels.of(l.getHolder()), l.getDuties().size() }));
			if (r.dryRun()) {
				for (Duty d : l.getDuties()) {
					out.println("    " + (d.getCode() == null ? "-" : d.getCode()) + "  " + d.getTitle());
				}
			}
		}
		for (ListUpdate u : r.updates()) {
			DutyList l = u.list();
			out.println("  " + NLS.bind(r.dryRun() ? Messages.listWouldUpdate : Messages.listUpdated, new Object[] { l.getName(),
					l.getKind().getLiteral(), Labels.of(l.getHolder()), u.changed().size(), u.unchanged(), u.added().size(),
					u.missing().size() }));
			for (ListUpdate.Change c : u.changed()) {
				out.println("    ~ " + line(c.duty()) + "  (" + String.join("、", c.headings()) + ")");
			}
			for (Duty d : u.added()) {
				out.println("    + " + line(d));
			}
			for (Duty d : u.missing()) {
				out.println("    - " + line(d));
			}
			if (!u.missing().isEmpty()) {
				out.println("    " + (u.missingRemoved() ? r.dryRun() ? Messages.listMissingWouldBeRemoved : Messages.listMissingRemoved
						: Messages.listMissingKept));
			}
		}
		if (!r.legalBases().isEmpty()) {
			out.println(NLS.bind(Messages.listNewBases, r.legalBases().size(),
					String.join("、", r.legalBases().stream().map(LegalBasis::getTitle).toList())));
		}
		if (r.reusedBases() > 0) {
			out.println(NLS.bind(Messages.listReusedBases, r.reusedBases()));
		}
		if (!r.parties().isEmpty()) {
			out.println(NLS.bind(Messages.listNewParties, String.join("、", r.parties().stream().map(Party::getName).toList())));
		}
		if (!r.skippedRows().isEmpty()) {
			out.println(NLS.bind(Messages.listSkipped, r.skippedRows().size()));
			for (SheetProblem p : r.skippedRows()) {
				out.println("  " + p.format(locale()));
			}
		}
		out.println(NLS.bind(Messages.importWarnings, r.warningCount()));
		for (SheetProblem p : r.warnings()) {
			out.println("  " + p.format(locale()));
		}
	}
}
