package org.zeren.cli.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command {@code zeren}: only {@code --help} and {@code --version}; without a subcommand it
 * prints the usage to standard error and exits with {@link ZerenCli#USAGE}.
 */
@Command(name = "zeren", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		sortOptions = false)
public final class ZerenCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ZerenCli.USAGE;
	}
}
