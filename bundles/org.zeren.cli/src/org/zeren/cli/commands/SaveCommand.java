package org.zeren.cli.commands;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren save MODEL [-o OUT]}: loads a model and saves it again, unchanged, in place (the previous file kept as
 * {@code MODEL.bak}) or to {@code OUT}. Content this installation does not know (elements of a work-area plugin
 * that is not installed) is kept, with a warning on standard error for each kind. Use it to check that a model
 * still opens and saves after a plugin was removed. Exits {@link ZerenCli#OK}, or {@link ZerenCli#USAGE} when the
 * model cannot be read or written.
 */
@Command(name = "save", mixinStandardHelpOptions = true, sortOptions = false)
public final class SaveCommand extends BaseCommand {

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "saveOutput")
	Path output;

	/**
	 * @param registry the installed work areas (unused by this command); never null
	 * @param store    the model store; never null
	 */
	public SaveCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		LoadedModel loaded = load(model);
		Path target = output == null ? loaded.file() : output;
		save(loaded, target);
		out().println(NLS.bind(Messages.saved, target));
		return ZerenCli.OK;
	}
}
