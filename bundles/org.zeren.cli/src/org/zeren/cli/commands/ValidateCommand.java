package org.zeren.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.StoreDiagnostic;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.core.validation.rules.CoreRules;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren validate MODEL [--format text|json] [--severity error|warning|info]}: runs the core rules and the
 * rules of every installed work area ({@link ValidationEngine}) and prints the findings. Exits
 * {@link ZerenCli#OK} when no finding is an error, {@link ZerenCli#FINDINGS} when some is (whatever
 * {@code --severity} shows), {@link ZerenCli#USAGE} for bad usage or a model that cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
public final class ValidateCommand extends BaseCommand {

	/** Output formats. */
	public enum Format {
		/** Findings grouped by element, for people. */
		text,
		/**
		 * One JSON object for programs: {@code model}, {@code cancelled}, {@code counts} by severity, {@code shown},
		 * {@code findings}, {@code loadWarnings} (what the store reported while loading: {@code kind}, {@code file},
		 * {@code line}, {@code column}, {@code message}) and {@code diagnostics} (failed work-area contributions).
		 */
		json
	}

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format")
	Format format;

	@Option(names = "--severity", paramLabel = "SEVERITY", defaultValue = "INFO", descriptionKey = "severity")
	Severity severity;

	/**
	 * @param registry the installed work areas whose rules run besides the core rules; never null
	 * @param store    the model store; never null
	 */
	public ValidateCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		LoadedModel loaded = load(model);
		ValidationReport report = validate(registry, loaded);
		List<Finding> shown = report.findings().stream().filter(f -> f.severity().compareTo(severity) <= 0).toList();
		if (format == Format.json) {
			out().println(json(loaded, report, shown, registry.diagnostics()));
		} else {
			printText(shown);
			out().println(summary(loaded.file(), report));
			printDiagnostics(registry.diagnostics());
		}
		return report.hasErrors() ? ZerenCli.FINDINGS : ZerenCli.OK;
	}

	/** Validates with the core rules and the registry's rules. */
	static ValidationReport validate(WorkAreaRegistry registry, LoadedModel loaded) {
		return new ValidationEngine(CoreRules.all(), registry).validate(loaded.model(), null);
	}

	/** @return the one-line summary of a report: file and counts by severity, in the user's language */
	static String summary(Path file, ValidationReport report) {
		return NLS.bind(Messages.validateSummary, new Object[] { file, report.count(Severity.ERROR),
				report.count(Severity.WARNING), report.count(Severity.INFO) });
	}

	/** @return the severity name in the user's language */
	static String severityName(Severity s) {
		return switch (s) {
		case ERROR -> Messages.severityError;
		case WARNING -> Messages.severityWarning;
		case INFO -> Messages.severityInfo;
		};
	}

	private void printText(List<Finding> findings) {
		Map<EObject, List<Finding>> byElement = new LinkedHashMap<>();
		List<Finding> modelWide = new ArrayList<>();
		for (Finding f : findings) {
			if (f.element() == null) {
				modelWide.add(f);
			} else {
				byElement.computeIfAbsent(f.element(), e -> new ArrayList<>()).add(f);
			}
		}
		if (!modelWide.isEmpty()) {
			out().println(Messages.wholeModel);
			modelWide.forEach(this::printFinding);
			out().println();
		}
		for (Map.Entry<EObject, List<Finding>> e : byElement.entrySet()) {
			EObject element = e.getKey();
			String id = Labels.id(element);
			out().println(Labels.of(element) + "  [" + element.eClass().getName() + (id == null ? "" : " " + id) + "]");
			e.getValue().forEach(this::printFinding);
			out().println();
		}
	}

	private void printFinding(Finding f) {
		out().println("  " + severityName(f.severity()) + "  " + f.ruleId() + ": " + text(f.message()));
		out().println("      " + NLS.bind(Messages.findingSource, f.source(), f.contributor()));
	}

	private static String json(LoadedModel loaded, ValidationReport report, List<Finding> shown,
			List<RegistryDiagnostic> diagnostics) {
		JsonObject root = new JsonObject();
		root.addProperty("model", loaded.file().toString());
		root.addProperty("cancelled", report.cancelled());
		JsonObject counts = new JsonObject();
		for (Severity s : Severity.values()) {
			counts.addProperty(s.name().toLowerCase(Locale.ROOT), report.count(s));
		}
		root.add("counts", counts);
		root.addProperty("shown", shown.size());
		JsonArray findings = new JsonArray();
		for (Finding f : shown) {
			JsonObject o = new JsonObject();
			o.addProperty("severity", f.severity().name().toLowerCase(Locale.ROOT));
			o.addProperty("ruleId", f.ruleId());
			JsonObject message = new JsonObject();
			message.addProperty("zh", f.message().zh());
			message.addProperty("en", f.message().en());
			o.add("message", message);
			if (f.element() != null) {
				o.addProperty("elementId", Labels.id(f.element()));
				o.addProperty("elementType", f.element().eClass().getName());
				o.addProperty("elementLabel", Labels.of(f.element()));
			}
			o.addProperty("source", f.source());
			o.addProperty("contributor", f.contributor());
			findings.add(o);
		}
		root.add("findings", findings);
		JsonArray loadWarnings = new JsonArray();
		for (StoreDiagnostic w : loaded.warnings()) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", w.kind().name());
			o.addProperty("file", w.file().toString());
			o.addProperty("line", w.line());
			o.addProperty("column", w.column());
			o.addProperty("message", w.message());
			loadWarnings.add(o);
		}
		root.add("loadWarnings", loadWarnings);
		JsonArray diags = new JsonArray();
		diagnostics.forEach(d -> diags.add(d.message()));
		root.add("diagnostics", diags);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}
}
