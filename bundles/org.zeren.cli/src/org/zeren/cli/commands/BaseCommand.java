package org.zeren.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.ModelStoreException;
import org.zeren.core.store.StoreDiagnostic;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the services, the output streams, loading and saving models with errors
 * that name the file. Subclasses implement {@link #run()}.
 */
abstract class BaseCommand implements Callable<Integer> {

	/** The installed work areas; never null. */
	protected final WorkAreaRegistry registry;
	/** The model store; never null. */
	protected final ModelStore store;

	@Spec
	protected CommandSpec spec;

	/**
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 */
	protected BaseCommand(WorkAreaRegistry registry, ModelStore store) {
		this.registry = Objects.requireNonNull(registry, "registry");
		this.store = Objects.requireNonNull(store, "store");
	}

	@Override
	public final Integer call() throws Exception {
		return run();
	}

	/**
	 * @return the exit code
	 * @throws CliException for failures the user can fix (printed without a stack trace)
	 * @throws Exception    for anything else (printed with a stack trace, exit code {@link ZerenCli#INTERNAL})
	 */
	protected abstract int run() throws Exception;

	/** @return where results go (standard output) */
	protected PrintWriter out() {
		return spec.commandLine().getOut();
	}

	/** @return where messages go (standard error) */
	protected PrintWriter err() {
		return spec.commandLine().getErr();
	}

	/** @return the locale of the user texts: the JVM's default locale */
	protected static Locale locale() {
		return Locale.getDefault();
	}

	/** @return the text of a zh/en pair in the user's language */
	protected static String text(LocalizedText text) {
		return text.get(locale());
	}

	/**
	 * Checks that an input file exists and is a readable regular file.
	 *
	 * @param file the file named on the command line
	 * @throws CliException with {@link ZerenCli#USAGE}, naming the file
	 */
	protected static void requireReadable(Path file) {
		if (!Files.exists(file)) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.fileNotFound, file));
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.fileNotReadable, file));
		}
	}

	/**
	 * Loads a model; load warnings (unknown content kept, leftover temporary files) go to standard error.
	 *
	 * @param file the model file
	 * @return the model; never null
	 * @throws CliException with {@link ZerenCli#USAGE} when the file is missing or cannot be loaded; the
	 *                      message names the file (and line and column when known)
	 */
	protected LoadedModel load(Path file) {
		requireReadable(file);
		try {
			LoadedModel model = store.load(file);
			for (StoreDiagnostic w : model.warnings()) {
				err().println(NLS.bind(Messages.loadWarning, w));
			}
			return model;
		} catch (ModelStoreException e) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.cannotLoad, e.getMessage()), e);
		}
	}

	/**
	 * Saves a model atomically to a file; an existing file is kept as {@code NAME.zeren.bak} (the store does that,
	 * for generated models too: the README promises a backup of every overwritten file).
	 *
	 * @param model the model
	 * @param file  the target file
	 * @throws CliException with {@link ZerenCli#USAGE} when the file cannot be written; the message names it
	 */
	protected void save(LoadedModel model, Path file) {
		try {
			if (file.toAbsolutePath().normalize().equals(model.file())) {
				store.save(model);
			} else {
				store.save(model.resource(), file);
			}
		} catch (ModelStoreException e) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.cannotSave, e.getMessage()), e);
		}
	}

	/**
	 * Refuses an output file that is one of the command's inputs that are not models (a plan): writing the model
	 * there would destroy that input. Two paths are the same file when {@link Files#isSameFile} says so (both
	 * exist: links and relative paths are followed) or, when one does not exist yet, when their absolute normalised
	 * forms are equal.
	 *
	 * @param output the file the command would write; may be null (nothing to check)
	 * @param input  an input file that is not a model, e.g. the plan of {@code import-plan}; never null
	 * @throws CliException with {@link ZerenCli#USAGE}, naming the output, when they are the same file
	 */
	protected static void requireNotInput(Path output, Path input) {
		requireNotInput(output, input, Messages.outputIsInput);
	}

	/**
	 * Like {@link #requireNotInput(Path, Path)}, with a message saying what the input is.
	 *
	 * @param output  the file the command would write; may be null (nothing to check)
	 * @param input   an input file; never null
	 * @param message the message, {@code {0}} being the output, e.g. {@link Messages#outputIsSheet}; never null
	 * @throws CliException with {@link ZerenCli#USAGE} when they are the same file
	 */
	protected static void requireNotInput(Path output, Path input, String message) {
		if (output != null && sameFile(output, input)) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(message, output));
		}
	}

	/** @return whether both paths name the same file (see {@link #requireNotInput}) */
	static boolean sameFile(Path a, Path b) {
		if (Files.exists(a) && Files.exists(b)) {
			try {
				return Files.isSameFile(a, b);
			} catch (IOException e) {
				// cannot tell through the file system: compare the names below
			}
		}
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	/** Prints registry diagnostics (failed work-area contributions) as warnings to standard error. */
	protected void printDiagnostics(List<RegistryDiagnostic> diagnostics) {
		for (RegistryDiagnostic d : diagnostics) {
			err().println(NLS.bind(Messages.registryDiagnostic, d.message()));
		}
	}
}
