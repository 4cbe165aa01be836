/**
 * The headless Zeren application: {@link org.zeren.cli.ZerenApplication} is the Equinox application
 * {@code org.zeren.cli.app}; it takes the {@code WorkAreaRegistry} and the {@code ModelStore} from the
 * running framework ({@link org.zeren.cli.OsgiServices}) and runs one command of
 * {@link org.zeren.cli.commands.ZerenCli} with the application arguments, returning the command's exit code.
 */
package org.zeren.cli;
