package org.zeren.cli.commands;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.zeren.cli.example.ExampleOrganisation;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zeren new-example-organisation -o FILE}: writes the invented example organisation
 * ({@link ExampleOrganisation}) to a model file; the repository's {@code examples/lvjian-organisation.zeren} is
 * this command's output. An existing file is kept as {@code FILE.bak}, as on every save. Prints the counts of what
 * it wrote. Exits {@link ZerenCli#OK}, or {@link ZerenCli#USAGE}
 * when the file cannot be written.
 */
@Command(name = "new-example-organisation", mixinStandardHelpOptions = true)
public final class NewExampleOrganisationCommand extends BaseCommand {

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, descriptionKey = "newOrgOutput")
	Path output;

	/**
	 * @param registry the installed work areas (unused by this command); never null
	 * @param store    the model store; never null
	 */
	public NewExampleOrganisationCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		LoadedModel model = ExampleOrganisation.create(store, output);
		save(model, output);
		ModelSummary.of(model.model()).print(out());
		out().println(NLS.bind(Messages.saved, output));
		return ZerenCli.OK;
	}
}
