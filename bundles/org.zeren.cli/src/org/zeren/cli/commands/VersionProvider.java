package org.zeren.cli.commands;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code zeren --version}: the version of the {@code org.zeren.cli} bundle (in OSGi, with its build qualifier),
 * and of Java.
 */
public final class VersionProvider implements IVersionProvider {

	/** The version printed when the class is not loaded from an OSGi bundle (tests, IDE). */
	static final String UNBUNDLED_VERSION = "0.1.0 (not running in OSGi)";

	@Override
	public String[] getVersion() {
		return new String[] { "Zeren " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
				+ ")" };
	}

	/** @return the bundle version of org.zeren.cli, or {@link #UNBUNDLED_VERSION} outside OSGi */
	static String version() {
		Bundle bundle = null;
		try {
			bundle = FrameworkUtil.getBundle(VersionProvider.class);
		} catch (RuntimeException | LinkageError e) {
			// not in OSGi and no framework classes: fall through
		}
		return bundle == null ? UNBUNDLED_VERSION : bundle.getVersion().toString();
	}
}
