package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code zeren validate}: exit codes, text and JSON output, filtering, unreadable input. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	@Test
	void errorsGiveExitOneAndAreGroupedByElement() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("validate", model.toString());
		assertEquals(1, r.code(), r.err());
		assertEquals("", r.err());
		String expected = String.join("\n",
				"安全生产监督管理局  [Department dept-safety]",
				"  ERROR  core.two-lists: supervisory department \"安全生产监督管理局\" lacks a power list and a responsibility list",
				"      source: 2017年安全生产工作要点 第2项; 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016); rule from org.zeren.core",
				"",
				"绿建精细化工有限公司 / 总经理  [Post post-leader]",
				"  ERROR  core.dual-responsibility: post \"总经理\" has business duties but no safety duty (dual responsibility)",
				"      source: 《中华人民共和国安全生产法》(2021) 第三条、第二十二条; rule from org.zeren.core",
				"",
				"青禾金属制品有限公司  [Enterprise ent-metal]",
				"  WARNING  test-area.enterprise-has-posts: enterprise \"青禾金属制品有限公司\" has no post",
				"      source: 《中华人民共和国安全生产法》第二十二条; rule from org.zeren.workarea.test",
				"",
				model.toAbsolutePath() + ": errors 2, warnings 1, infos 0",
				"");
		assertEquals(expected, r.out().replace(System.lineSeparator(), "\n"));
	}

	@Test
	void noErrorGivesExitZero() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		Fixture.Run r = fx.run("validate", model.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().endsWith(": errors 0, warnings 1, infos 0" + System.lineSeparator()), r.out());
	}

	@Test
	void jsonHasModelCountsAndFindingsInBothLanguages() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("validate", model.toString(), "--format", "json");
		assertEquals(1, r.code());
		JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals(model.toAbsolutePath().toString(), json.get("model").getAsString());
		JsonObject counts = json.getAsJsonObject("counts");
		assertEquals(2, counts.get("error").getAsInt());
		assertEquals(1, counts.get("warning").getAsInt());
		assertEquals(0, counts.get("info").getAsInt());
		JsonArray findings = json.getAsJsonArray("findings");
		assertEquals(3, findings.size());
		assertEquals(3, json.get("shown").getAsInt());
		JsonObject first = findings.get(0).getAsJsonObject();
		assertEquals("error", first.get("severity").getAsString());
		assertEquals("core.two-lists", first.get("ruleId").getAsString());
		assertEquals("dept-safety", first.get("elementId").getAsString());
		assertEquals("Department", first.get("elementType").getAsString());
		assertEquals("安全生产监督管理局", first.get("elementLabel").getAsString());
		assertEquals("负有安全监管职责的部门“安全生产监督管理局”缺少权力清单和责任清单",
				first.getAsJsonObject("message").get("zh").getAsString());
		assertEquals("supervisory department \"安全生产监督管理局\" lacks a power list and a responsibility list",
				first.getAsJsonObject("message").get("en").getAsString());
		assertEquals("org.zeren.core", first.get("contributor").getAsString());
		JsonObject warning = findings.get(2).getAsJsonObject();
		assertEquals("org.zeren.workarea.test", warning.get("contributor").getAsString());
		assertEquals("ent-metal", warning.get("elementId").getAsString());
		assertEquals(0, json.getAsJsonArray("diagnostics").size());
	}

	@Test
	void jsonCarriesTheLoadWarningsAndStdoutIsOnlyTheJson() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		JsonObject clean = JsonParser.parseString(fx.run("validate", model.toString(), "--format", "json").out())
				.getAsJsonObject();
		assertEquals(0, clean.getAsJsonArray("loadWarnings").size());

		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		Fixture.makeFirstObligationUnknown(model);
		Fixture.Run r = fx.run("validate", model.toString(), "--format", "json");
		assertTrue(r.out().startsWith("{") && r.out().endsWith("}" + System.lineSeparator()), r.out());
		JsonArray warnings = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("loadWarnings");
		List<String> kinds = new ArrayList<>();
		for (JsonElement e : warnings) {
			kinds.add(e.getAsJsonObject().get("kind").getAsString());
		}
		assertEquals(List.of("UNKNOWN_TYPE", "REFERENCE_TO_UNKNOWN"), kinds);
		JsonObject unknown = warnings.get(0).getAsJsonObject();
		assertEquals(model.toAbsolutePath().normalize().toString(), unknown.get("file").getAsString());
		assertTrue(unknown.get("line").getAsInt() > 1, unknown.toString());
		assertTrue(unknown.get("column").getAsInt() > 0, unknown.toString());
		assertTrue(unknown.get("message").getAsString().contains("of type gone:Obligation (namespace " + Fixture.GONE_NS
				+ ")"), unknown.toString());
	}

	@Test
	void severityFiltersWhatIsShownButNotTheExitCode() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("validate", model.toString(), "--format=json", "--severity", "error");
		assertEquals(1, r.code());
		JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
		List<String> severities = new ArrayList<>();
		for (JsonElement e : json.getAsJsonArray("findings")) {
			severities.add(e.getAsJsonObject().get("severity").getAsString());
		}
		assertEquals(List.of("error", "error"), severities);
		assertEquals(1, json.getAsJsonObject("counts").get("warning").getAsInt(), "counts cover every finding");

		Fixture.Run text = fx.run("validate", model.toString(), "--severity", "error");
		assertFalse(text.out().contains("WARNING"), text.out());
	}

	@Test
	void missingFileGivesExitTwoNamingTheFile() {
		Path missing = dir.resolve("no-such-model.zeren");
		Fixture.Run r = fx.run("validate", missing.toString());
		assertEquals(2, r.code());
		assertEquals("", r.out());
		assertEquals(missing + ": the file does not exist" + System.lineSeparator(), r.err());
	}

	@Test
	void brokenFileGivesExitTwoNamingFileAndLine() throws Exception {
		Path broken = dir.resolve("broken.zeren");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<zeren:ResponsibilityModel xmlns:zeren=\"http://www.zeren.org/model/1.0\"\n",
				StandardCharsets.UTF_8);
		Fixture.Run r = fx.run("validate", broken.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().startsWith("cannot read the model: " + broken.toAbsolutePath().normalize() + ":")
				|| r.err().startsWith("cannot read the model: " + broken + ":"), r.err());
	}

	@Test
	void badOptionValueGivesExitTwoNamingTheOption() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("validate", model.toString(), "--format", "xml");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("--format"), r.err());
		assertTrue(r.err().contains("Run \"zeren validate --help\" for usage."), r.err());
	}

	@Test
	void missingModelArgumentGivesExitTwo() {
		Fixture.Run r = fx.run("validate");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("MODEL"), r.err());
	}
}
