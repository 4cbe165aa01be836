package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.io.plan.PlanImportException;
import org.zeren.io.plan.PlanImportResult;
import org.zeren.io.plan.PlanImportWarning;
import org.zeren.io.plan.PlanImporter;
import org.zeren.model.LegalBasis;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.WorkArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren import-plan PLAN.txt|PLAN.docx --into ORG.zeren -o OUT.zeren}: loads the organisation, imports the
 * work plan into it ({@link PlanImporter}) and saves the result atomically to {@code OUT}; {@code ORG} is not
 * changed (unless it is also {@code OUT}). Prints the sections, items, cited documents and recognised work
 * areas, the encoding the text was read in, and the importer's warnings. Exits {@link ZerenCli#OK}, or
 * {@link ZerenCli#USAGE} for bad usage, a missing or unreadable plan or organisation (the message names the file
 * and line), an output that is the plan itself (refused before anything is read or written), or an unwritable
 * output.
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportPlanCommand extends BaseCommand {

	@Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "plan")
	Path plan;

	@Option(names = "--into", paramLabel = "ORG", required = true, descriptionKey = "into")
	Path into;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", required = true, descriptionKey = "output")
	Path output;

	/**
	 * @param registry the installed work areas, whose keywords recognise work areas in the plan; never null
	 * @param store    the model store; never null
	 */
	public ImportPlanCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		requireReadable(plan);
		requireNotInput(output, plan);
		LoadedModel loaded = load(into);
		PlanImportResult result = importPlan(registry, loaded, plan);
		save(loaded, output);
		printResult(out(), result);
		out().println(NLS.bind(Messages.saved, output));
		printDiagnostics(registry.diagnostics());
		return ZerenCli.OK;
	}

	/**
	 * Imports a plan into a loaded model.
	 *
	 * @throws CliException with {@link ZerenCli#USAGE} and the importer's message (file, line, what is wrong) in
	 *                      the user's language
	 */
	static PlanImportResult importPlan(WorkAreaRegistry registry, LoadedModel loaded, Path plan) {
		try {
			return new PlanImporter(registry).importPlan(plan, loaded.model());
		} catch (PlanImportException e) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.cannotImport, e.getMessage(locale())), e);
		}
	}

	/** Prints what an import found: counts, documents, work areas, encoding and warnings. */
	static void printResult(PrintWriter out, PlanImportResult result) {
		int tasks = 0;
		for (PlanSection s : result.plan().getSections()) {
			for (PlanTask t : s.getTasks()) {
				tasks += ModelSummary.countTasks(t);
			}
		}
		out.println(NLS.bind(Messages.importPlan, result.plan().getTitle(), result.plan().getYear()));
		out.println(NLS.bind(Messages.importCounts, new Object[] { result.plan().getSections().size(), tasks,
				result.legalBases().size(), result.workAreas().size() }));
		out.println(NLS.bind(Messages.importEncoding, result.encoding().label()));
		List<LegalBasis> bases = result.legalBases();
		if (!bases.isEmpty()) {
			out.println(NLS.bind(Messages.importDocuments, String.join("、", bases.stream().map(Labels::of).toList())));
		}
		List<WorkArea> areas = result.workAreas();
		if (!areas.isEmpty()) {
			out.println(NLS.bind(Messages.importWorkAreas, String.join(", ", areas.stream().map(WorkArea::getId).toList())));
		}
		out.println(NLS.bind(Messages.importWarnings, result.warnings().size()));
		for (PlanImportWarning w : result.warnings()) {
			out.println("  " + (w.line() > 0 ? NLS.bind(Messages.lineNumber, w.line()) + ": " : "") + text(w.message()));
		}
	}
}
