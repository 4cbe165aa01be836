package org.zeren.cli.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Command;

/**
 * {@code zeren workareas}: the installed work areas (id, names, colour, bundle, the codes of their templates, the
 * ids of their rules, their keywords) and the registry's diagnostics. Exits {@link ZerenCli#OK}.
 */
@Command(name = "workareas", mixinStandardHelpOptions = true)
public final class WorkAreasCommand extends BaseCommand {

	/**
	 * @param registry the installed work areas; never null
	 * @param store    the model store (unused by this command); never null
	 */
	public WorkAreasCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		List<RegisteredWorkArea> areas = registry.workAreas();
		Map<RegisteredWorkArea, List<DutyTemplate>> templates = registry.dutyTemplates();
		Map<RegisteredWorkArea, List<ValidationRule>> rules = registry.validationRules();
		Map<RegisteredWorkArea, List<String>> keywords = registry.keywords();
		out().println(NLS.bind(Messages.workAreasCount, areas.size()));
		for (RegisteredWorkArea w : areas) {
			List<DutyTemplate> t = templates.getOrDefault(w, List.of());
			List<ValidationRule> r = rules.getOrDefault(w, List.of());
			List<String> k = keywords.getOrDefault(w, List.of());
			out().println();
			out().println(w.id() + "  " + w.name().zh() + " / " + w.name().en() + "  " + w.colour() + "  "
					+ NLS.bind(Messages.workAreaBundle, w.contributor()));
			out().println("  " + NLS.bind(Messages.workAreaTemplates, t.size(),
					String.join(", ", t.stream().map(DutyTemplate::code).toList())));
			out().println("  " + NLS.bind(Messages.workAreaRules, r.size(),
					String.join(", ", r.stream().map(WorkAreasCommand::ruleId).toList())));
			out().println("  " + NLS.bind(Messages.workAreaKeywords, k.size(), String.join(", ", k)));
		}
		List<RegistryDiagnostic> diagnostics = registry.diagnostics();
		out().println();
		out().println(NLS.bind(Messages.workAreasDiagnostics, diagnostics.size()));
		for (RegistryDiagnostic d : diagnostics) {
			out().println("  " + d.message());
		}
		return ZerenCli.OK;
	}

	private static String ruleId(ValidationRule rule) {
		try {
			return rule.id();
		} catch (RuntimeException e) {
			return rule.getClass().getName() + " (id() failed: " + e + ")";
		}
	}
}
