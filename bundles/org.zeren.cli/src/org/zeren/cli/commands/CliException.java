package org.zeren.cli.commands;

/**
 * A command failed in a way the user can fix: the message (already in the user's language, naming the file,
 * line or option concerned) is printed to standard error and the command exits with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	/**
	 * @param exitCode the exit code, normally {@link ZerenCli#USAGE}
	 * @param message  the message for the user; never null
	 */
	public CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	/**
	 * @param exitCode the exit code, normally {@link ZerenCli#USAGE}
	 * @param message  the message for the user; never null
	 * @param cause    the underlying exception; may be null
	 */
	public CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** @return the exit code of the command */
	public int exitCode() {
		return exitCode;
	}
}
