package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren apply-templates}: counts, saving, dry run, party selection, errors. */
class ApplyTemplatesCommandTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	private static final String NL = System.lineSeparator();

	@Test
	void appliesLinksAndSavesToOutput() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(model);
		Path out = dir.resolve("out.zeren");
		Fixture.Run r = fx.run("apply-templates", model.toString(), "-o", out.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("Duties created 6: 3 linked to their upstream duty, 2 at the top of their chain (their template names no upstream duty), 1 whose upstream duty was not found; plan-task assignments 0" + NL
				+ "  chain stops at T-E-01 落实主体责任 @ 青禾金属制品有限公司: no upstream party holds its upstream duty" + NL
				+ "Saved " + out + NL, r.out());
		assertArrayEquals(before, Files.readAllBytes(model), "MODEL is unchanged when -o is given");

		ResponsibilityModel saved = fx.store.load(out).model();
		assertEquals(6, saved.getDutyLists().size());
		Duty post = saved.getDutyLists().stream().flatMap(l -> l.getDuties().stream())
				.filter(d -> "T-P-01".equals(d.getCode())).findFirst().orElseThrow();
		assertEquals(List.of("T-P-01", "T-E-01", "T-D-01", "T-C-01"), chain(post));
	}

	private static List<String> chain(Duty d) {
		List<String> codes = new java.util.ArrayList<>();
		for (Duty c = d; c != null; c = c.getDelegatedFrom()) {
			codes.add(c.getCode());
		}
		return codes;
	}

	@Test
	void savesBackToModelWithoutOutput() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		assertEquals(6, fx.store.load(model).model().getDutyLists().stream().mapToInt(l -> l.getDuties().size()).sum());
		Fixture.Run again = fx.run("apply-templates", model.toString());
		assertTrue(again.out().startsWith("Duties created 0: 0 linked to their upstream duty, 0 at the top of their chain (their template names no upstream duty), 0 whose upstream duty was not found; plan-task assignments 0"), again.out());
	}

	@Test
	void dryRunPrintsThePreviewAndSavesNothing() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(model);
		Fixture.Run r = fx.run("apply-templates", model.toString(), "--dry-run");
		assertEquals(0, r.code(), r.err());
		assertEquals(String.join(NL,
				"绿建区安全生产委员会  T-C-01  统筹协调安全生产工作  [test-area, RESPONSIBILITY_LIST]",
				"安全生产监督管理局  T-D-01  依法监管本行业  [test-area, RESPONSIBILITY_LIST]",
				"安全生产监督管理局  T-D-02  行政检查  [test-area, POWER_LIST]",
				"绿建精细化工有限公司  T-E-01  落实主体责任  [test-area, PRIMARY_RESPONSIBILITY_LIST]",
				"绿建精细化工有限公司 / 总经理  T-P-01  全面负责  [test-area, POST_DUTY_LIST]",
				"青禾金属制品有限公司  T-E-01  落实主体责任  [test-area, PRIMARY_RESPONSIBILITY_LIST]",
				"Duties that would be created: 6 (dry run: nothing saved)", ""), r.out());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void partySelectsByCodeOrNameWithTheContainedParties() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("apply-templates", model.toString(), "--party", "E1", "--dry-run");
		assertEquals(0, r.code(), r.err());
		assertEquals(String.join(NL,
				"绿建精细化工有限公司  T-E-01  落实主体责任  [test-area, PRIMARY_RESPONSIBILITY_LIST]",
				"绿建精细化工有限公司 / 总经理  T-P-01  全面负责  [test-area, POST_DUTY_LIST]",
				"Duties that would be created: 2 (dry run: nothing saved)", ""), r.out());

		Fixture.Run byShortName = fx.run("apply-templates", model.toString(), "--party", "区安监局", "--party",
				"青禾金属制品有限公司");
		assertEquals(0, byShortName.code(), byShortName.err());
		ResponsibilityModel saved = fx.store.load(model).model();
		assertEquals(List.of("T-D-01", "T-D-02", "T-E-01"), saved.getDutyLists().stream()
				.flatMap(l -> l.getDuties().stream()).map(Duty::getCode).sorted().toList());
		assertEquals(3, saved.getDutyLists().size());
		for (DutyList l : saved.getDutyLists()) {
			assertTrue(List.of("安全生产监督管理局", "青禾金属制品有限公司").contains(l.getHolder().getName()));
		}
	}

	@Test
	void unknownPartyGivesExitTwoNamingIt() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("apply-templates", model.toString(), "--party", "不存在的单位");
		assertEquals(2, r.code());
		assertEquals("no party has the code, name or short name \"不存在的单位\" in " + model.toAbsolutePath().normalize()
				+ NL, r.err());
	}

	@Test
	void missingModelGivesExitTwoNamingIt() {
		Path missing = dir.resolve("missing.zeren");
		Fixture.Run r = fx.run("apply-templates", missing.toString());
		assertEquals(2, r.code());
		assertEquals(missing + ": the file does not exist" + NL, r.err());
	}

	@Test
	void modelWithElementsOfAWorkAreaThatIsNotInstalledIsRefusedUnlessDryRun() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		String unknownId = Fixture.makeFirstObligationUnknown(model);
		byte[] before = Files.readAllBytes(model);
		String refusal = model.toAbsolutePath().normalize() + ": the model contains elements of work areas that are not"
				+ " installed: gone:Obligation (namespace " + Fixture.GONE_NS + "). Applying the templates now would"
				+ " create duplicates of those duties and re-point references to them; install those work areas first"
				+ " (zeren workareas lists the installed ones). Nothing was changed." + NL;

		Fixture.Run r = fx.run("apply-templates", model.toString());
		assertEquals(2, r.code(), r.err());
		assertEquals("", r.out());
		assertTrue(r.err().endsWith(refusal), r.err());
		assertTrue(r.err().startsWith("warning: " + model.toAbsolutePath().normalize() + ":"), r.err());
		assertArrayEquals(before, Files.readAllBytes(model), "the model is not touched");

		Path out = dir.resolve("out.zeren");
		Fixture.Run toOther = fx.run("apply-templates", model.toString(), "-o", out.toString());
		assertEquals(2, toOther.code());
		assertTrue(toOther.err().endsWith(refusal), toOther.err());
		assertFalse(Files.exists(out));

		// a dry run still shows what would be created: the unknown duty is invisible, so its template comes again
		Fixture.Run dry = fx.run("apply-templates", model.toString(), "--dry-run");
		assertEquals(0, dry.code(), dry.err());
		assertTrue(dry.out().endsWith("Duties that would be created: 1 (dry run: nothing saved)" + NL), dry.out());
		assertTrue(dry.err().endsWith("warning: the model contains elements of work areas that are not installed"
				+ " (gone:Obligation (namespace " + Fixture.GONE_NS + ")); without --dry-run, apply-templates refuses"
				+ " the model until they are installed" + NL), dry.err());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertTrue(new String(before, java.nio.charset.StandardCharsets.UTF_8).contains(unknownId));
	}

	@Test
	void failingWorkAreaIsReportedAndTheOthersStillApply() throws Exception {
		fx.registry.add(Fixture.brokenArea(), "org.zeren.workarea.broken");
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("apply-templates", model.toString());
		assertEquals(0, r.code());
		assertTrue(r.out().startsWith("Duties created 6: "), r.out());
		assertTrue(r.err().startsWith("work-area warning: work area broken-area from bundle org.zeren.workarea.broken"
				+ " failed in dutyTemplates: java.lang.IllegalStateException: templates unavailable"), r.err());
	}
}
