package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zeren new-workarea}: the files of the skeleton and the refusals. That the skeleton builds and its test
 * passes is checked end to end by releng/scripts/plugin-e2e.sh (a Maven build against the p2 repository).
 */
class NewWorkAreaCommandTest {

	private static final String[] ARGS = { "new-workarea", "--id", "noise-control", "--name-zh", "噪声管控", "--name-en",
			"Noise control", "--package", "org.example.noisecontrol", "--zeren-repository", "file:/opt/zeren/repository" };

	private static String[] with(String... more) {
		return Stream.concat(Stream.of(ARGS), Stream.of(more)).toArray(String[]::new);
	}

	@Test
	void writesABuildableProjectThatImportsTheSpiWithARange(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("noise-control");
		Fixture.Run r = new Fixture().run(with("-o", out.toString()));
		assertEquals(0, r.code(), r.err());
		List<String> files = List.of("pom.xml", "workarea.target", ".mvn/wrapper/maven-wrapper.properties", "mvnw",
				"build", "META-INF/MANIFEST.MF", "build.properties", "plugin.properties",
				"src/org/example/noisecontrol/package-info.java",
				"src/org/example/noisecontrol/NoiseControlWorkArea.java",
				"src/org/example/noisecontrol/NoiseControlWorkAreaDutyMissingRule.java",
				"src/test/java/org/example/noisecontrol/NoiseControlWorkAreaTest.java");
		for (String f : files) {
			assertTrue(Files.isRegularFile(out.resolve(f)), f);
		}
		String manifest = Files.readString(out.resolve("META-INF/MANIFEST.MF"));
		assertTrue(manifest.contains("Bundle-SymbolicName: org.example.noisecontrol\n"), manifest);
		assertTrue(manifest.contains(" org.zeren.core.spi;version=\"[1.0.0,2.0.0)\",\n"), manifest);
		assertFalse(manifest.contains("Require-Bundle"), "plugins import packages, never whole bundles");
		String component = Files.readString(out.resolve("src/org/example/noisecontrol/NoiseControlWorkArea.java"));
		assertTrue(component.contains("public static final String ID = \"noise-control\";"));
		assertTrue(component.contains("new LocalizedText(\"噪声管控\", \"Noise control\")"));
		assertTrue(component.contains("DutyTemplate.builder(\"NC-E-01\")"));
		assertTrue(component.contains("return \"#607D8B\";"));
		assertTrue(Files.readString(out.resolve("pom.xml")).contains("./build -Dzeren.repository=file:/opt/zeren/repository verify"));
		// the user's report: a skeleton with the wrapper's settings but no mvnw, and nothing that selects a JDK 21+
		assertTrue(Files.isExecutable(out.resolve("build")), "./build runs as it is");
		assertTrue(Files.isExecutable(out.resolve("mvnw")), "./mvnw runs as it is");
		String build = Files.readString(out.resolve("build"));
		assertTrue(build.startsWith("#!/usr/bin/env bash\n"), build);
		assertTrue(build.contains("default_repository='file:/opt/zeren/repository'\n"), "builds against the given repository");
		assertTrue(build.contains("NEEDED=21\n"));
		assertTrue(build.contains("exec ./mvnw -B \"$@\""));
		assertTrue(Files.readString(out.resolve("mvnw")).contains("Apache Maven Wrapper startup"));
		assertTrue(Files.readString(out.resolve("workarea.target"))
				.contains("<repository location=\"${system_property:zeren.repository}\"/>"));
		for (String f : files) {
			assertFalse(Files.readString(out.resolve(f)).matches("(?s).*\\$\\{(id|nameZh|nameEn|package|bundle|className|prefix|colour|repository)}.*"),
					() -> f + " has a placeholder left");
		}
		assertEquals(files.size() + 3, r.out().lines().count(), "one line per file and three last lines: " + r.out());
		assertTrue(r.out().endsWith("Wrote the work-area plugin skeleton into " + out + ". Build it (it needs a JDK 21 "
				+ "or newer; ./build selects one or says which Java it found):" + System.lineSeparator() + "  cd " + out
				+ " && ./build -Dzeren.repository=file:/opt/zeren/repository verify" + System.lineSeparator()
				+ "The plugin is " + out + "/target/org.example.noisecontrol-1.0.0-SNAPSHOT.jar: copy it into the "
				+ "dropins/ folder of an installed Zeren." + System.lineSeparator()), r.out());
	}

	@Test
	void refusesABadIdAndANonEmptyFolderWithoutWriting(@TempDir Path dir) throws Exception {
		Fixture.Run bad = new Fixture().run("new-workarea", "--id", "Noise Control", "--name-zh", "噪声管控", "--name-en",
				"Noise control", "--package", "org.example.noisecontrol", "-o", dir.resolve("x").toString());
		assertEquals(2, bad.code());
		assertEquals("--id Noise Control: use lower-case words joined by hyphens, e.g. fire-safety"
				+ System.lineSeparator(), bad.err());
		assertFalse(Files.exists(dir.resolve("x")));

		Files.writeString(dir.resolve("existing.txt"), "keep");
		Fixture.Run full = new Fixture().run(with("-o", dir.toString()));
		assertEquals(2, full.code());
		assertEquals(dir + ": the folder exists and is not empty; choose a new folder" + System.lineSeparator(),
				full.err());
		try (Stream<Path> children = Files.list(dir)) {
			assertEquals(1, children.count());
		}
	}

	@Test
	void classNameAndCodePrefixComeFromTheId() {
		assertEquals("FireSafety", NewWorkAreaCommand.className("fire-safety"));
		assertEquals("FS", NewWorkAreaCommand.prefix("fire-safety"));
		assertEquals("W3d", NewWorkAreaCommand.className("3d"));
	}
}
