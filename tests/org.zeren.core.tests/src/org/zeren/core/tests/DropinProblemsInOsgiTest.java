package org.zeren.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.UnusablePluginFileException;
import org.zeren.core.workarea.WorkAreaRegistry;

/**
 * Garbage in the plugin folder (the user's report: random bytes, a truncated zip header and an SVG named *.jar
 * were ignored without a word) is reported by the registry, one diagnostic per file with the reason, and nothing
 * else changes. The folder is the framework property felix.fileinstall.dir, set in this module's pom.xml.
 */
class DropinProblemsInOsgiTest {

	private static final BundleContext CONTEXT = FrameworkUtil.getBundle(DropinProblemsInOsgiTest.class)
			.getBundleContext();

	private static Path dropins() throws Exception {
		Path dir = Path.of(CONTEXT.getProperty("felix.fileinstall.dir"));
		Files.createDirectories(dir);
		return dir;
	}

	@AfterEach
	void emptyTheFolder() throws Exception {
		try (var files = Files.list(dropins())) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
	}

	private static List<RegistryDiagnostic> installProblems(WorkAreaRegistry registry) {
		return registry.diagnostics().stream().filter(d -> d.operation().equals("install")).toList();
	}

	@Test
	void garbageJarsAreEachReportedWithTheReason() throws Exception {
		WorkAreaRegistry registry = CoreInOsgiTest.service(WorkAreaRegistry.class);
		int workAreasBefore = registry.workAreas().size();
		Path dir = dropins();
		byte[] random = new byte[3000];
		new java.util.Random(7).nextBytes(random);
		random[0] = 0x13; // not "PK"
		Files.write(dir.resolve("random.jar"), random);
		Files.write(dir.resolve("truncated.jar"), new byte[] { 'P', 'K', 3, 4, 20, 0 });
		Files.writeString(dir.resolve("picture.jar"),
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>", StandardCharsets.UTF_8);
		Files.write(dir.resolve("library.jar"), PluginProblemsInOsgiTest.bundle(Map.of(), Map.of("a.txt", "a")));
		Files.writeString(dir.resolve("notes.txt"), "not a jar: not FileInstall's business here");

		List<RegistryDiagnostic> found = installProblems(registry);
		assertEquals(List.of("library.jar", "picture.jar", "random.jar", "truncated.jar"),
				found.stream().map(RegistryDiagnostic::contributor).toList(), () -> "diagnostics: " + found);
		for (RegistryDiagnostic d : found) {
			assertTrue(d.failure() instanceof UnusablePluginFileException, d::toString);
		}
		assertEquals("dropins/library.jar is not a plugin and was not installed: no OSGi manifest "
				+ "(META-INF/MANIFEST.MF has no Bundle-SymbolicName)", found.get(0).message());
		assertEquals("dropins/picture.jar is not a plugin and was not installed: not a zip/jar file "
				+ "(74 bytes, it starts with \"<svg xmlns=\"http\")", found.get(1).message());
		assertEquals("dropins/random.jar is not a plugin and was not installed: not a zip/jar file "
				+ "(3000 bytes, no zip header)", found.get(2).message());
		assertEquals("dropins/truncated.jar is not a plugin and was not installed: not a zip/jar file "
				+ "(6 bytes, a damaged or truncated zip file)", found.get(3).message());
		assertEquals(workAreasBefore, registry.workAreas().size(), "nothing else changed");

		// once the files have settled, the answer is remembered (the same objects) while the folder stays as it is,
		// and not a moment longer
		java.nio.file.attribute.FileTime minuteAgo = java.nio.file.attribute.FileTime
				.fromMillis(System.currentTimeMillis() - 60_000);
		for (String name : List.of("library.jar", "picture.jar", "random.jar", "truncated.jar")) {
			Files.setLastModifiedTime(dir.resolve(name), minuteAgo);
		}
		List<RegistryDiagnostic> settled = installProblems(registry);
		assertTrue(settled.get(1) == installProblems(registry).get(1), "asked again: the remembered answer");
		Files.writeString(dir.resolve("picture.jar"), "GIF89a, not a plugin either", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(dir.resolve("picture.jar"), minuteAgo);
		Files.delete(dir.resolve("random.jar"));
		List<RegistryDiagnostic> after = installProblems(registry);
		assertEquals(List.of("library.jar", "picture.jar", "truncated.jar"),
				after.stream().map(RegistryDiagnostic::contributor).toList(), () -> "diagnostics: " + after);
		assertEquals("dropins/picture.jar is not a plugin and was not installed: not a zip/jar file "
				+ "(27 bytes, it starts with \"GIF89a, not a pl\")", after.get(1).message());
	}

	@Test
	void aJarTheFrameworkRefusesToInstallIsReportedWithTheFrameworksReason() throws Exception {
		WorkAreaRegistry registry = CoreInOsgiTest.service(WorkAreaRegistry.class);
		Path jar = dropins().resolve("core-copy.jar");
		// the same symbolic name and version as an installed bundle: the framework refuses a second one
		String version = CONTEXT.getBundle().getVersion().toString();
		Files.write(jar, PluginProblemsInOsgiTest.bundle(
				Map.of("Bundle-SymbolicName", "org.zeren.core.tests", "Bundle-Version", version), Map.of()));
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		int bundlesBefore = CONTEXT.getBundles().length;

		List<RegistryDiagnostic> found = installProblems(registry);
		assertEquals(1, found.size(), () -> "diagnostics: " + found);
		String message = found.get(0).message();
		assertTrue(message.startsWith("dropins/core-copy.jar is not a plugin and was not installed: the OSGi "
				+ "framework refused to install it: "), message);
		assertTrue(message.contains("org.zeren.core.tests") && message.contains(version), message);
		assertEquals(bundlesBefore, CONTEXT.getBundles().length, "the check leaves no bundle behind");
	}

	@Test
	void aFreshOrInstallableJarIsNotReported() throws Exception {
		WorkAreaRegistry registry = CoreInOsgiTest.service(WorkAreaRegistry.class);
		Path jar = dropins().resolve("fine.jar");
		Files.write(jar, PluginProblemsInOsgiTest.bundle(
				Map.of("Bundle-SymbolicName", "org.example.fine", "Bundle-Version", "1.0.0"), Map.of()));
		assertEquals(List.of(), installProblems(registry), "just dropped: FileInstall may not have seen it yet");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		int bundlesBefore = CONTEXT.getBundles().length;
		assertEquals(List.of(), installProblems(registry), "installable: FileInstall's business");
		assertEquals(bundlesBefore, CONTEXT.getBundles().length, "the check leaves no bundle behind");
	}
}
