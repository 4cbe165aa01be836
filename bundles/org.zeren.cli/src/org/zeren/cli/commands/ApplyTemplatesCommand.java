package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.StoreDiagnostic;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.PlannedDuty;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren apply-templates MODEL [-o OUT] [--party CODE-or-name ...] [--dry-run]}: applies the duty templates
 * of the installed work areas ({@link TemplateApplier}) and saves the model (to {@code OUT}, or back to
 * {@code MODEL}). With {@code --dry-run} it prints what would be created and saves nothing. Exits
 * {@link ZerenCli#OK}, or {@link ZerenCli#USAGE} for bad usage, an unreadable model, an unknown party, an
 * unwritable output, or a model with elements of work areas that are not installed (see {@link #unknownContent}).
 * <p>
 * Why the last: the store keeps elements of an unknown type (e.g. duties of a work-area plugin that is not
 * installed) untyped and writes them back, but the template applier cannot see them; it would create a second duty
 * next to each kept one and point the {@code delegatedFrom} references of the known duties at the new copy. So the
 * command refuses such a model (a {@code --dry-run} still shows what would be created) and names the packages to
 * install.
 */
@Command(name = "apply-templates", mixinStandardHelpOptions = true, sortOptions = false)
public final class ApplyTemplatesCommand extends BaseCommand {

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "output")
	Path output;

	@Option(names = "--party", paramLabel = "CODE-or-name", descriptionKey = "party")
	List<String> parties = new ArrayList<>();

	@Option(names = "--dry-run", descriptionKey = "dryRun")
	boolean dryRun;

	/**
	 * @param registry the installed work areas whose templates apply; never null
	 * @param store    the model store; never null
	 */
	public ApplyTemplatesCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		LoadedModel loaded = load(model);
		List<String> unknown = unknownContent(loaded.warnings());
		if (!unknown.isEmpty() && !dryRun) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.applyUnknownContent, loaded.file(),
					String.join(", ", unknown)));
		}
		Set<Party> selection = parties.isEmpty() ? null : selectParties(loaded, parties);
		TemplateApplier applier = new TemplateApplier(registry);
		if (dryRun) {
			List<PlannedDuty> preview = applier.preview(loaded.model(), selection);
			for (PlannedDuty p : preview) {
				out().println(Labels.of(p.party()) + "  " + p.template().code() + "  " + p.template().title() + "  ["
						+ p.workArea().id() + ", " + p.template().listKind().getLiteral() + "]");
			}
			out().println(NLS.bind(Messages.applyDryRun, preview.size()));
			if (!unknown.isEmpty()) {
				err().println(NLS.bind(Messages.applyUnknownContentDryRun, String.join(", ", unknown)));
			}
		} else {
			ApplyResult result = applier.apply(loaded.model(), selection);
			Path target = output != null ? output : model;
			save(loaded, target);
			printResult(out(), result);
			out().println(NLS.bind(Messages.saved, target));
		}
		printDiagnostics(registry.diagnostics());
		return ZerenCli.OK;
	}

	/** The type and namespace in the store's UNKNOWN_TYPE message: {@code of type gone:Obligation (namespace URI)}. */
	private static final Pattern UNKNOWN_TYPE = Pattern.compile("of type (\\S+) \\(namespace ([^)\\s]+)\\)");

	/**
	 * Names the content of work areas that are not installed, from the load warnings of kinds
	 * {@link StoreDiagnostic.Kind#UNKNOWN_TYPE} and {@link StoreDiagnostic.Kind#REFERENCE_TO_UNKNOWN}.
	 *
	 * @param warnings the load warnings of a model; never null
	 * @return one entry per distinct unknown type, {@code TYPE (namespace URI)} as the store's message gives them, in
	 *         file order; when a warning names no type (a reference to unknown content, or a message in another form),
	 *         its text; empty when the model has no unknown content; never null
	 */
	static List<String> unknownContent(List<StoreDiagnostic> warnings) {
		Set<String> types = new LinkedHashSet<>();
		Set<String> others = new LinkedHashSet<>();
		for (StoreDiagnostic w : warnings) {
			if (w.kind() != StoreDiagnostic.Kind.UNKNOWN_TYPE && w.kind() != StoreDiagnostic.Kind.REFERENCE_TO_UNKNOWN) {
				continue;
			}
			Matcher m = UNKNOWN_TYPE.matcher(w.message());
			if (w.kind() == StoreDiagnostic.Kind.UNKNOWN_TYPE && m.find()) {
				types.add(m.group(1) + " (namespace " + m.group(2) + ")");
			} else {
				others.add(w.toString());
			}
		}
		List<String> result = new ArrayList<>(types);
		if (types.isEmpty()) {
			result.addAll(others); // a reference to unknown content implies an unknown element; name it only if alone
		}
		return result;
	}

	/**
	 * Prints the counts of an apply run and the duties whose chain stops (no upstream party holds the
	 * upstream duty).
	 */
	static void printResult(PrintWriter out, ApplyResult result) {
		// linked counts every link set, also of duties created by earlier runs: split it so the counts add up
		long linkedCreated = result.created().stream().filter(d -> d.getDelegatedFrom() != null).count();
		long top = result.created().size() - linkedCreated - result.unlinked().size();
		out.println(NLS.bind(Messages.applyResult, new Object[] { result.created().size(), linkedCreated, top,
				result.unlinked().size(), result.assigned() }));
		if (result.linked() > linkedCreated) {
			out.println(NLS.bind(Messages.applyEarlierLinked, result.linked() - linkedCreated));
		}
		for (Duty d : result.unlinked()) {
			out.println("  " + NLS.bind(Messages.applyUnlinked, Labels.of(d)));
		}
	}

	/**
	 * Finds the parties named on the command line: by code, name or short name, each with the parties it contains
	 * (an enterprise with its posts).
	 *
	 * @throws CliException with {@link ZerenCli#USAGE} naming the first value that matches no party
	 */
	static Set<Party> selectParties(LoadedModel loaded, List<String> keys) {
		ResponsibilityModel m = loaded.model();
		Set<Party> result = new LinkedHashSet<>();
		for (String key : keys) {
			List<Party> matches = new ArrayList<>();
			for (TreeIterator<EObject> it = m.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (!(o instanceof Party p)) {
					it.prune();
				} else if (key.equals(p.getCode()) || key.equals(p.getName()) || key.equals(p.getShortName())) {
					matches.add(p);
				}
			}
			if (matches.isEmpty()) {
				throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.unknownParty, key, loaded.file()));
			}
			for (Party p : matches) {
				result.add(p);
				for (TreeIterator<EObject> it = p.eAllContents(); it.hasNext();) {
					EObject o = it.next();
					if (o instanceof Party child) {
						result.add(child);
					} else {
						it.prune();
					}
				}
			}
		}
		return result;
	}
}
