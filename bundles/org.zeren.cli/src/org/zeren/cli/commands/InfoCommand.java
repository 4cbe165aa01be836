package org.zeren.cli.commands;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren info MODEL}: what a model holds ({@link ModelSummary}). Exits {@link ZerenCli#OK}, or
 * {@link ZerenCli#USAGE} when the model cannot be read.
 */
@Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false)
public final class InfoCommand extends BaseCommand {

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	/**
	 * @param registry the installed work areas (unused by this command); never null
	 * @param store    the model store; never null
	 */
	public InfoCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		LoadedModel loaded = load(model);
		String name = loaded.model().getName();
		out().println(NLS.bind(Messages.infoModel, name == null ? "" : name, loaded.file()));
		ModelSummary.of(loaded.model()).print(out());
		return ZerenCli.OK;
	}
}
