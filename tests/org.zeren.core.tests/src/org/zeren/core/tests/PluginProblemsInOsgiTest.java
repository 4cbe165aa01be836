package org.zeren.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.zeren.core.workarea.IncompatiblePluginException;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;

/**
 * Plugins that do not work are reported by the registry and change nothing else: one built for another major
 * version of the SPI (the framework refuses to resolve it) and one whose component throws when it is activated.
 */
class PluginProblemsInOsgiTest {

	private static final BundleContext CONTEXT = FrameworkUtil.getBundle(PluginProblemsInOsgiTest.class)
			.getBundleContext();

	/** A bundle jar with the given manifest headers and files. */
	static byte[] bundle(Map<String, String> headers, Map<String, String> files) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
		headers.forEach(manifest.getMainAttributes()::putValue);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				jar.putNextEntry(new JarEntry(file.getKey()));
				jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				jar.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static List<RegistryDiagnostic> about(WorkAreaRegistry registry, String bundle) {
		return registry.diagnostics().stream().filter(d -> d.contributor().equals(bundle)).toList();
	}

	@Test
	void pluginForAnotherMajorVersionOfTheSpiIsRefusedWithBothVersions() throws Exception {
		WorkAreaRegistry registry = CoreInOsgiTest.service(WorkAreaRegistry.class);
		int workAreasBefore = registry.workAreas().size();
		Bundle plugin = CONTEXT.installBundle("test:org.example.future",
				new ByteArrayInputStream(bundle(Map.of("Bundle-SymbolicName", "org.example.future", "Bundle-Version",
						"3.1.0", "Import-Package", "org.zeren.core.spi;version=\"[2.0.0,3.0.0)\",org.osgi.framework"),
						Map.of())));
		try {
			assertThrows(BundleException.class, plugin::start, "the framework refuses to resolve it");
			assertEquals(Bundle.INSTALLED, plugin.getState());

			List<RegistryDiagnostic> found = about(registry, "org.example.future");
			assertEquals(1, found.size(), () -> "diagnostics: " + registry.diagnostics());
			RegistryDiagnostic refused = found.get(0);
			assertEquals("resolution", refused.operation());
			assertTrue(refused.failure() instanceof IncompatiblePluginException);
			assertEquals("plugin org.example.future 3.1.0 (test:org.example.future) is not compatible with this "
					+ "Zeren and was not started: it needs package org.zeren.core.spi [2.0.0,3.0.0), this Zeren "
					+ "provides 1.0.0", refused.message());
			assertEquals(workAreasBefore, registry.workAreas().size(), "nothing else changed");
		} finally {
			plugin.uninstall();
		}
		assertEquals(List.of(), about(registry, "org.example.future"), "gone with the plugin");
	}

	@Test
	void pluginWhoseComponentThrowsOnActivationIsReportedAndIsolated() throws Exception {
		WorkAreaRegistry registry = CoreInOsgiTest.service(WorkAreaRegistry.class);
		List<String> idsBefore = registry.workAreas().stream().map(w -> w.id()).toList();
		String component = """
				<?xml version="1.0" encoding="UTF-8"?>
				<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.throwing">
				  <implementation class="org.zeren.core.tests.plugins.ThrowingWorkArea"/>
				  <service><provide interface="org.zeren.core.spi.WorkAreaContribution"/></service>
				</scr:component>
				""";
		Bundle plugin = CONTEXT.installBundle("test:org.example.throwing", new ByteArrayInputStream(bundle(
				Map.of("Bundle-SymbolicName", "org.example.throwing", "Bundle-Version", "1.0.0", "Import-Package",
						"org.zeren.core.spi;version=\"[1.0.0,2.0.0)\",org.zeren.core.tests.plugins",
						"Service-Component", "OSGI-INF/throwing.xml"),
				Map.of("OSGI-INF/throwing.xml", component))));
		try {
			plugin.start();
			List<RegistryDiagnostic> found = List.of();
			for (long deadline = System.currentTimeMillis() + 10_000; found.isEmpty()
					&& System.currentTimeMillis() < deadline;) {
				Thread.sleep(20);
				found = about(registry, "org.example.throwing");
			}
			assertEquals(1, found.size(), () -> "diagnostics: " + registry.diagnostics());
			assertEquals("activation", found.get(0).operation());
			assertTrue(found.get(0).message().contains("org.zeren.core.tests.plugins.ThrowingWorkArea failed to "
					+ "activate"), found.get(0).message());
			assertTrue(found.get(0).message().contains("the fire-safety database is not reachable"),
					found.get(0).message());
			assertEquals(idsBefore, registry.workAreas().stream().map(w -> w.id()).toList(), "isolated");
		} finally {
			plugin.uninstall();
		}
	}
}
