package org.zeren.core.workarea;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Finds the {@code *.jar} files of the plugin folder that Apache Felix FileInstall did not install, and says why: not
 * a zip/jar file, no OSGi manifest, or the framework's reason for refusing to install it. FileInstall itself only
 * logs such files (at best), so without this a user sees nothing (issue: garbage in {@code dropins/}).
 * <p>
 * The folder is the framework property {@code felix.fileinstall.dir}, with {@code ${name}} replaced by the framework
 * property {@code name} as FileInstall does (the products' {@code config.ini} says
 * {@code ${osgi.syspath}/../dropins}, the launcher scripts give a plain path); without it there is nothing to report.
 * <p>
 * Each call lists the folder; the jars are opened (and a trial install made) only when the folder or the set of
 * installed bundles changed since the last answer, because the registry's diagnostics are asked for while every
 * command starts and again at its end. Thread-safe.
 */
final class DropinProblems {

	/** FileInstall's folder property. */
	static final String DIR_PROPERTY = "felix.fileinstall.dir";

	/**
	 * A file changed more recently than this may not have been seen by FileInstall yet (it polls every second and
	 * waits for the file to stop changing): it is not tried, so that a trial install cannot race with FileInstall's.
	 */
	private static final long SETTLE_MILLIS = 5_000;

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

	/** What the last answer was computed from (jar files with size and time, installed files), and the answer. */
	private List<Object> lastState;
	private List<RegistryDiagnostic> lastAnswer = List.of();

	/**
	 * @param context any bundle context of the framework; never null
	 * @return one diagnostic (operation {@code install}, contributor the file name, failure an
	 *         {@link UnusablePluginFileException}) per {@code *.jar} file of the plugin folder that is not installed
	 *         and cannot be, sorted by file name; never null
	 */
	synchronized List<RegistryDiagnostic> unusableFiles(BundleContext context) {
		String dir = substitute(context, context.getProperty(DIR_PROPERTY));
		if (dir == null || dir.isBlank()) {
			return List.of();
		}
		Path folder = Path.of(dir).toAbsolutePath().normalize();
		List<Path> jars;
		try (Stream<Path> files = Files.list(folder)) {
			jars = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			return List.of(); // no folder (yet): nothing dropped in
		}
		Set<Path> installed = installedFiles(context);
		List<Object> state = new ArrayList<>(List.of(installed));
		boolean settling = false;
		for (Path jar : jars) {
			try {
				long modified = Files.getLastModifiedTime(jar).toMillis();
				state.add(jar);
				state.add(Files.size(jar));
				state.add(modified);
				// a file FileInstall may not have seen yet is not tried: the answer may change without the folder
				settling |= !installed.contains(jar) && System.currentTimeMillis() - modified < SETTLE_MILLIS;
			} catch (IOException e) {
				settling = true; // gone meanwhile: ask again next time
			}
		}
		if (!settling && state.equals(lastState)) {
			return lastAnswer;
		}
		List<RegistryDiagnostic> result = new ArrayList<>();
		for (Path jar : jars) {
			if (installed.contains(jar)) {
				continue;
			}
			String why = whyNotInstalled(context, jar);
			if (why != null) {
				String name = jar.getFileName().toString();
				result.add(new RegistryDiagnostic(name, null, "install", new UnusablePluginFileException(
						folder.getFileName() + "/" + name + " is not a plugin and was not installed: " + why)));
			}
		}
		lastState = settling ? null : state;
		lastAnswer = List.copyOf(result);
		return lastAnswer;
	}

	/** @return the value with each {@code ${name}} replaced by the framework property (empty when unset), or null */
	static String substitute(BundleContext context, String value) {
		if (value == null) {
			return null;
		}
		Matcher m = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (m.find()) {
			String v = context.getProperty(m.group(1));
			m.appendReplacement(result, Matcher.quoteReplacement(v == null ? "" : v));
		}
		return m.appendTail(result).toString();
	}

	/** The files of the bundles installed from {@code file:} locations (FileInstall's), normalised. */
	private static Set<Path> installedFiles(BundleContext context) {
		Set<Path> result = new HashSet<>();
		for (Bundle bundle : context.getBundles()) {
			String location = bundle.getLocation();
			if (location != null && location.startsWith("file:")) {
				try {
					result.add(Path.of(URI.create(location)).toAbsolutePath().normalize());
				} catch (IllegalArgumentException e) {
					// a location that is no valid URI (unencoded spaces): take the text after "file:"
					result.add(Path.of(location.substring("file:".length())).toAbsolutePath().normalize());
				}
			}
		}
		return result;
	}

	/** @return why the jar cannot be installed, or null when it could be (FileInstall has not got to it yet) */
	private static String whyNotInstalled(BundleContext context, Path jar) {
		Manifest manifest;
		try (JarFile file = new JarFile(jar.toFile())) {
			manifest = file.getManifest();
		} catch (IOException e) {
			return "not a zip/jar file (" + describeStart(jar) + ")";
		}
		if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
			return "no OSGi manifest (" + (manifest == null ? "no META-INF/MANIFEST.MF"
					: "META-INF/MANIFEST.MF has no Bundle-SymbolicName") + ")";
		}
		try {
			if (System.currentTimeMillis() - Files.getLastModifiedTime(jar).toMillis() < SETTLE_MILLIS) {
				return null;
			}
		} catch (IOException e) {
			return null; // gone meanwhile
		}
		// The framework's reason is only known by asking it: install under a location of our own, then uninstall
		// at once. The bundle is never resolved or started, so nothing of it runs.
		try (InputStream in = Files.newInputStream(jar)) {
			Bundle trial = context.installBundle("zeren-install-check:" + jar.toUri(), in);
			trial.uninstall();
			return null;
		} catch (BundleException e) {
			return "the OSGi framework refused to install it: " + e.getMessage();
		} catch (IOException | RuntimeException e) {
			return "it could not be read: " + e;
		}
	}

	/** e.g. {@code 1 534 bytes, it starts with "<svg xmlns"} or {@code 6 bytes, a truncated zip header} */
	private static String describeStart(Path jar) {
		try (InputStream in = Files.newInputStream(jar)) {
			byte[] bytes = in.readNBytes(16); // the start says enough; the file may be large
			long size = Files.size(jar);
			if (bytes.length == 0) {
				return "the file is empty";
			}
			if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
				return size + " bytes, a damaged or truncated zip file";
			}
			int n = bytes.length;
			boolean text = true;
			for (int i = 0; i < n; i++) {
				int b = bytes[i] & 0xff;
				text &= b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b < 0x7f);
			}
			return size + " bytes" + (text
					? ", it starts with \"" + new String(bytes, 0, n, StandardCharsets.US_ASCII).strip() + "\""
					: ", no zip header");
		} catch (IOException e) {
			return e.toString();
		}
	}
}
