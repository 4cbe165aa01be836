package org.zeren.core.workarea;

/**
 * Why a file in the installation's plugin folder ({@code dropins/}) is not installed: it is not a zip/jar file, it
 * has no OSGi manifest (no {@code Bundle-SymbolicName} in {@code META-INF/MANIFEST.MF}), or the OSGi framework
 * refused to install it (with the framework's reason, e.g. a bundle of the same name and version is already
 * installed). The message names the file and the reason, e.g.
 * {@code dropins/picture.jar is not a plugin and was not installed: not a zip/jar file (it starts with "<svg")}.
 *
 * @since 1.1
 */
public final class UnusablePluginFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message the whole explanation, as described in the class comment; never null */
	public UnusablePluginFileException(String message) {
		super(message);
	}
}
