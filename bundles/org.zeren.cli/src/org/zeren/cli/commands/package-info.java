/**
 * The commands of {@code zeren} (picocli): {@code import-plan}, {@code apply-templates}, {@code validate},
 * {@code workareas}, {@code info}, {@code diagram}, {@code example} and {@code new-example-organisation}.
 * <p>
 * Every command class has a constructor taking the {@link org.zeren.core.workarea.WorkAreaRegistry} and the
 * {@link org.zeren.core.store.ModelStore}, so it runs without OSGi (tests fill the registry by hand and use
 * {@code new XmiModelStore()}); {@link org.zeren.cli.commands.ZerenCli#execute} builds and runs the whole
 * command tree. Exit codes: {@value org.zeren.cli.commands.ZerenCli#OK} success,
 * {@value org.zeren.cli.commands.ZerenCli#FINDINGS} the model has error-level findings ({@code validate}),
 * {@value org.zeren.cli.commands.ZerenCli#USAGE} bad usage or unreadable input (the message names the file or
 * option), {@value org.zeren.cli.commands.ZerenCli#INTERNAL} internal failure or broken installation. Results go
 * to standard output, messages to standard error, in the JVM's locale (Chinese for any {@code zh} locale,
 * otherwise English; see {@link org.zeren.cli.commands.Messages}).
 */
package org.zeren.cli.commands;
