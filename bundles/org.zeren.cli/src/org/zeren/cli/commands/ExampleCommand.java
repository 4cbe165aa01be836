package org.zeren.cli.commands;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationReport;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.io.plan.PlanImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zeren example [--validate]}: the main job on the bundled example. Imports the real plan
 * ({@code examples/lvjian-2017-work-safety-key-points.txt}) into the example organisation
 * ({@code examples/lvjian-organisation.zeren}), applies the templates of the installed work areas, saves
 * {@code examples/lvjian-2017.zeren} (the previous version kept as {@code lvjian-2017.zeren.bak}, as on every save)
 * and prints a summary; with {@code --validate} it also validates the result
 * and prints the counts of findings by severity and rule. The same inputs and work areas always give the same
 * bytes (elements get identifiers derived from what they are).
 * <p>
 * The default paths are relative to the system property {@code zeren.home} (set by the {@code ./zeren} script to
 * the repository root), or to the working directory when it is not set. Exits {@link ZerenCli#OK} when the job
 * ran (validation findings do not change the exit code; {@code zeren validate} reports them with its own), or
 * {@link ZerenCli#USAGE} when an input is missing or unreadable, the output is the plan, or the output cannot be
 * written.
 */
@Command(name = "example", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExampleCommand extends BaseCommand {

	/** The plan file, relative to the examples folder. */
	public static final String PLAN = "lvjian-2017-work-safety-key-points.txt";
	/** The organisation file, relative to the examples folder. */
	public static final String ORGANISATION = "lvjian-organisation.zeren";
	/** The output file, relative to the examples folder. */
	public static final String OUTPUT = "lvjian-2017.zeren";

	@Option(names = "--plan", paramLabel = "PLAN", descriptionKey = "examplePlan")
	Path plan;

	@Option(names = "--organisation", paramLabel = "ORG", descriptionKey = "exampleOrganisation")
	Path organisation;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "exampleOutput")
	Path output;

	@Option(names = "--validate", descriptionKey = "exampleValidate")
	boolean validate;

	/** Where {@code --diagrams} writes the diagrams ({@link DiagramCommand#exportOverview}); null for none. */
	@Option(names = "--diagrams", paramLabel = "DIR", descriptionKey = "exampleDiagrams")
	Path diagrams;

	/**
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 */
	public ExampleCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	/** @return the examples folder: {@code ${zeren.home}/examples}, or {@code examples} without that property */
	static Path examplesFolder() {
		String home = System.getProperty("zeren.home");
		return home == null || home.isBlank() ? Path.of("examples") : Path.of(home, "examples");
	}

	@Override
	protected int run() {
		Path dir = examplesFolder();
		Path planFile = plan != null ? plan : dir.resolve(PLAN);
		Path orgFile = organisation != null ? organisation : dir.resolve(ORGANISATION);
		Path outFile = output != null ? output : dir.resolve(OUTPUT);

		requireReadable(planFile);
		requireNotInput(outFile, planFile);
		LoadedModel loaded = load(orgFile);
		out().println(NLS.bind(Messages.exampleStepImport, planFile, orgFile));
		PlanImportResult imported = ImportPlanCommand.importPlan(registry, loaded, planFile);
		ImportPlanCommand.printResult(out(), imported);
		out().println();

		out().println(NLS.bind(Messages.exampleStepApply, registry.workAreas().size()));
		ApplyResult applied = new TemplateApplier(registry).apply(loaded.model(), null);
		ApplyTemplatesCommand.printResult(out(), applied);
		save(loaded, outFile);
		out().println(NLS.bind(Messages.saved, outFile));
		out().println();

		out().println(NLS.bind(Messages.exampleStepSummary, outFile));
		ModelSummary.of(loaded.model()).print(out());
		if (validate) {
			out().println();
			ValidationReport report = ValidateCommand.validate(registry, loaded);
			out().println(ValidateCommand.summary(outFile, report));
			Map<Severity, Map<String, Integer>> byRule = new EnumMap<>(Severity.class);
			for (Finding f : report.findings()) {
				byRule.computeIfAbsent(f.severity(), k -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
			}
			byRule.forEach((severity, rules) -> rules.forEach((rule, n) -> out()
					.println("  " + ValidateCommand.severityName(severity) + "  " + rule + "  " + n)));
			if (report.hasErrors()) {
				out().println(NLS.bind(Messages.exampleValidateHint, outFile));
			}
		}
		if (diagrams != null) {
			out().println();
			out().println(NLS.bind(DiagramMessages.exampleDiagramsStep, outFile));
			DiagramCommand.exportOverview(registry, loaded.model(), diagrams, out());
		}
		printDiagnostics(registry.diagnostics());
		return ZerenCli.OK;
	}
}
