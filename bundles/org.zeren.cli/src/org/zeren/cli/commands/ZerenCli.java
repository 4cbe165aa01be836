package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds and runs the {@code zeren} command tree. Used by the Equinox application and by tests.
 */
public final class ZerenCli {

	/** Exit code: the command did what was asked (for {@code validate}: no error-level finding). */
	public static final int OK = 0;
	/** Exit code of {@code validate}: the model has at least one error-level finding. */
	public static final int FINDINGS = 1;
	/** Exit code: bad usage (unknown option, missing argument) or unreadable input (missing or broken file). */
	public static final int USAGE = 2;
	/** Exit code: an internal failure or a broken installation (e.g. Declarative Services not running). */
	public static final int INTERNAL = 3;

	private ZerenCli() {
	}

	/**
	 * Builds the command tree with every subcommand bound to the given services.
	 *
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 * @return the picocli command line of {@code zeren}, with usage help in the default locale; never null
	 */
	public static CommandLine commandLine(WorkAreaRegistry registry, ModelStore store) {
		Objects.requireNonNull(registry, "registry");
		Objects.requireNonNull(store, "store");
		CommandLine cl = new CommandLine(new ZerenCommand());
		cl.addSubcommand(new ImportPlanCommand(registry, store));
		cl.addSubcommand(new ImportListCommand(registry, store));
		cl.addSubcommand(new ExportListCommand(registry, store));
		cl.addSubcommand(new ApplyTemplatesCommand(registry, store));
		cl.addSubcommand(new ValidateCommand(registry, store));
		cl.addSubcommand(new WorkAreasCommand(registry, store));
		cl.addSubcommand(new InfoCommand(registry, store));
		cl.addSubcommand(new DiagramCommand(registry, store));
		cl.addSubcommand(new ExampleCommand(registry, store));
		cl.addSubcommand(new NewExampleOrganisationCommand(registry, store));
		cl.addSubcommand(new SaveCommand(registry, store));
		cl.addSubcommand(new NewWorkAreaCommand(registry, store));
		// help texts: usage.properties / usage_zh.properties next to this class, loaded with this bundle's class
		// loader (picocli's own ResourceBundle lookup would use picocli's class loader, which cannot see them)
		cl.setResourceBundle(ResourceBundle.getBundle("org.zeren.cli.commands.usage", Locale.getDefault(),
				ZerenCli.class.getClassLoader()));
		cl.setParameterExceptionHandler(parameterExceptionHandler());
		cl.setExecutionExceptionHandler(executionExceptionHandler());
		cl.setCaseInsensitiveEnumValuesAllowed(true);
		cl.setUsageHelpAutoWidth(false);
		cl.setUsageHelpWidth(100);
		return cl;
	}

	/**
	 * Runs one command.
	 *
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 * @param out      receives the results; never null; flushed before returning
	 * @param err      receives messages (errors, warnings, progress); never null; flushed before returning
	 * @param args     the command line, e.g. {@code validate model.zeren --format json}; never null
	 * @return the exit code: {@link #OK}, {@link #FINDINGS}, {@link #USAGE} or {@link #INTERNAL}
	 */
	public static int execute(WorkAreaRegistry registry, ModelStore store, PrintWriter out, PrintWriter err,
			String... args) {
		CommandLine cl = commandLine(registry, store);
		cl.setOut(out);
		cl.setErr(err);
		try {
			return cl.execute(args);
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * Bad usage: the error and a hint to {@code --help} on standard error, exit {@link #USAGE}. A word where the
	 * top-level command expects a command ({@code zeren frobnicate}) is reported as an unknown command with the
	 * commands it may be a typo of ({@link #similarCommands}) and the list of all commands, instead of picocli's
	 * "Unmatched argument at index 0".
	 */
	private static IParameterExceptionHandler parameterExceptionHandler() {
		return (ParameterException e, String[] args) -> {
			CommandLine cl = e.getCommandLine();
			PrintWriter err = cl.getErr();
			if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
					&& !u.getUnmatched().get(0).startsWith("-")) {
				err.println(NLS.bind(Messages.usageError, NLS.bind(Messages.unknownCommand, u.getUnmatched().get(0))));
				List<String> suggestions = similarCommands(u.getUnmatched().get(0), cl.getSubcommands().keySet());
				if (!suggestions.isEmpty()) {
					err.println(NLS.bind(Messages.didYouMean, String.join(", ", suggestions)));
				}
				err.println(NLS.bind(Messages.commandList, String.join(", ", cl.getSubcommands().keySet())));
			} else {
				err.println(NLS.bind(Messages.usageError, e.getMessage()));
			}
			err.println(NLS.bind(Messages.usageHint, cl.getCommandSpec().qualifiedName()));
			return USAGE;
		};
	}

	/**
	 * The commands a mistyped word may stand for: those that start with it (at least 3 characters: {@code val}) and
	 * those at most 2 edits away ({@code validat}, {@code infor}). (picocli's own suggestions offer some command for
	 * any word, however unlike.)
	 *
	 * @param word     the word given where a command was expected; never null
	 * @param commands the command names; never null
	 * @return the matching names in the order given; never null, empty when none is close
	 */
	static List<String> similarCommands(String word, Collection<String> commands) {
		String w = word.toLowerCase(Locale.ROOT);
		List<String> result = new ArrayList<>();
		for (String c : commands) {
			if (w.length() >= 3 && c.startsWith(w) || editDistance(w, c) <= 2) {
				result.add(c);
			}
		}
		return result;
	}

	/** @return the Levenshtein distance of two strings (insertions, deletions and substitutions of chars) */
	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] t = previous;
			previous = current;
			current = t;
		}
		return previous[b.length()];
	}

	private static IExecutionExceptionHandler executionExceptionHandler() {
		return (Exception e, CommandLine cl, ParseResult parseResult) -> {
			PrintWriter err = cl.getErr();
			if (e instanceof CliException c) {
				err.println(c.getMessage());
				return c.exitCode();
			}
			err.println(NLS.bind(Messages.internalError, e));
			e.printStackTrace(err);
			return INTERNAL;
		};
	}
}
