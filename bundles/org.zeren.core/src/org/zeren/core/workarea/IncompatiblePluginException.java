package org.zeren.core.workarea;

/**
 * Why an installed plugin was refused: it needs a version of a Zeren package or bundle that this installation does
 * not provide (typically a plugin built for another major version of the work-area SPI). The message names the
 * plugin, its version and location, what it needs and what this Zeren provides, e.g.
 * {@code plugin org.example.firesafety 1.0.0 (file:/opt/zeren/dropins/...) is not compatible with this Zeren and
 * was not started: it needs package org.zeren.core.spi [2.0.0,3.0.0), this Zeren provides 1.0.0}.
 *
 * @since 1.0
 */
public final class IncompatiblePluginException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message the whole explanation, as described in the class comment; never null */
	public IncompatiblePluginException(String message) {
		super(message);
	}
}
