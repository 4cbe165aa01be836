package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The top-level command, help and version, usage errors, and the message files. */
class ZerenCliTest {

	private final Fixture fx = new Fixture();

	@Test
	void versionPrintsZerenAndJava() {
		Fixture.Run r = fx.run("--version");
		assertEquals(0, r.code());
		assertTrue(r.out().startsWith("Zeren " + VersionProvider.UNBUNDLED_VERSION + System.lineSeparator() + "Java "),
				r.out());
	}

	@Test
	void helpListsEveryCommandWithItsDescription() {
		Fixture.Run r = fx.run("--help");
		assertEquals(0, r.code());
		for (String line : List.of("Usage: zeren [-hV] [COMMAND]",
				"  import-plan               Import a work plan (工作要点) into an organisation model",
				"  apply-templates           Apply the duty templates of the installed work areas",
				"  validate                  Check a model with the core rules and the rules of the",
				"  workareas                 List the installed work areas",
				"  info                      Print what a model holds",
				"  example                   The main job on the bundled example",
				"  new-example-organisation  Write the invented example organisation",
				"  save                      Load a model and save it again unchanged",
				"  new-workarea              Write the skeleton of a new work-area plugin",
				"  2   Bad usage, or an input file is missing or cannot be read")) {
			assertTrue(r.out().contains(line), () -> "missing \"" + line + "\" in\n" + r.out());
		}
	}

	@Test
	void everySubcommandHasHelp() {
		for (String command : List.of("import-plan", "apply-templates", "validate", "workareas", "info", "example",
				"new-example-organisation", "save", "new-workarea")) {
			Fixture.Run r = fx.run(command, "--help");
			assertEquals(0, r.code(), command);
			assertTrue(r.out().startsWith("Usage: zeren " + command), r.out());
			assertTrue(r.out().contains("-h, --help"), r.out());
		}
		String validate = fx.run("validate", "--help").out();
		assertTrue(validate.contains("--format=FORMAT") && validate.contains("Output format: text, json (default: text)."),
				validate);
	}

	@Test
	void noCommandPrintsUsageToStderrAndExitsTwo() {
		Fixture.Run r = fx.run();
		assertEquals(2, r.code());
		assertEquals("", r.out());
		assertTrue(r.err().startsWith("Usage: zeren [-hV] [COMMAND]"), r.err());
	}

	@Test
	void unknownCommandOrOptionExitsTwo() {
		String nl = System.lineSeparator();
		// every command, in the order of --help: import-plan, import-list, export-list, apply-templates, validate, workareas, info, ...
		String commands = "Commands: " + String.join(", ", ZerenCli.commandLine(fx.registry, fx.store).getSubcommands()
				.keySet()) + nl;
		assertTrue(commands.startsWith("Commands: import-plan, import-list, export-list, apply-templates, validate, workareas, info, ")
				&& commands.endsWith(", example, new-example-organisation, save, new-workarea" + nl), commands);
		Fixture.Run r = fx.run("frobnicate");
		assertEquals(2, r.code());
		assertEquals("", r.out());
		assertEquals("error: unknown command 'frobnicate'" + nl + commands + "Run \"zeren --help\" for usage." + nl,
				r.err());
		Fixture.Run typo = fx.run("validat", "model.zeren");
		assertEquals(2, typo.code());
		assertEquals("error: unknown command 'validat'" + nl + "Did you mean: validate?" + nl + commands
				+ "Run \"zeren --help\" for usage." + nl, typo.err());
		assertEquals(List.of("import-plan"), ZerenCli.similarCommands("import", List.of("import-plan", "info")));
		assertEquals(List.of("info"), ZerenCli.similarCommands("INFOR", List.of("import-plan", "info")));
		Fixture.Run o = fx.run("workareas", "--colour");
		assertEquals(2, o.code());
		assertTrue(o.err().contains("'--colour'"), o.err());
		assertTrue(o.err().contains("Run \"zeren workareas --help\" for usage."), o.err());
	}

	@Test
	void chineseAndEnglishFilesHaveTheSameKeys() throws IOException {
		assertEquals(keys("messages.properties"), keys("messages_zh.properties"));
		assertEquals(keys("usage.properties"), keys("usage_zh.properties"));
	}

	private static Set<String> keys(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = ZerenCli.class.getResourceAsStream(name)) {
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return new TreeSet<>(p.stringPropertyNames());
	}
}
