package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.cli.example.ExampleOrganisation;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren example}: the main job, reproducible to the byte. */
class ExampleCommandTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	private static final String NL = System.lineSeparator();

	private Fixture.Run example(Path org, Path out, String... more) {
		String[] args = new String[6 + more.length];
		args[0] = "example";
		args[1] = "--plan";
		args[2] = ImportPlanCommandTest.PLAN.toString();
		args[3] = "--organisation";
		args[4] = org.toString();
		args[5] = "--output=" + out;
		System.arraycopy(more, 0, args, 6, more.length);
		return fx.run(args);
	}

	@Test
	void importsAppliesSavesAndSummarises() throws Exception {
		Path org = dir.resolve("org.zeren");
		fx.store.save(ExampleOrganisation.create(fx.store, org));
		Path out = dir.resolve("lvjian-2017.zeren");
		Fixture.Run r = example(org, out, "--validate");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("1. Import the plan " + ImportPlanCommandTest.PLAN + " into the organisation " + org),
				r.out());
		assertTrue(r.out().contains("2. Apply the templates of the installed work areas (1)"), r.out());
		assertTrue(r.out().contains("Parties: 81 (committees 1, departments 8 of which supervisory 6, enterprises 12"),
				r.out());
		assertTrue(r.out().contains("Work plans: 1 (sections 4, tasks 10)"), r.out());
		// the test area gives no duty to the 14 "other" posts with business duties: one error each
		String validation = out.toAbsolutePath().normalize() + ": errors 14, warnings 0, infos 0" + NL
				+ "  ERROR  core.dual-responsibility  14" + NL
				+ "Run \"zeren validate " + out + "\" to see the findings." + NL;
		assertTrue(r.out().endsWith(validation), r.out());
		ResponsibilityModel saved = fx.store.load(out).model();
		assertEquals(1, saved.getWorkPlans().size());
		assertTrue(saved.getDutyLists().size() > 0);
	}

	@Test
	void runningTwiceGivesTheSameBytes() throws Exception {
		Path org = dir.resolve("org.zeren");
		fx.store.save(ExampleOrganisation.create(fx.store, org));
		Path first = dir.resolve("first.zeren");
		Path second = dir.resolve("second.zeren");
		assertEquals(0, example(org, first).code());
		assertEquals(0, example(org, second).code());
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		byte[] before = Files.readAllBytes(first);
		assertEquals(0, example(org, first).code(), "overwriting the output");
		assertArrayEquals(before, Files.readAllBytes(first));
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("first.zeren.bak")), "the previous file is kept");
	}

	@Test
	void overwritingKeepsTheEditedFileAsBackup() throws Exception {
		Path org = dir.resolve("org.zeren");
		fx.store.save(ExampleOrganisation.create(fx.store, org));
		Path out = dir.resolve("lvjian-2017.zeren");
		assertEquals(0, example(org, out).code());
		Files.writeString(out, Files.readString(out).replace("绿建区安全生产委员会", "绿建区安全生产委员会（已编辑）"));
		byte[] edited = Files.readAllBytes(out);
		assertEquals(0, example(org, out).code());
		assertArrayEquals(edited, Files.readAllBytes(dir.resolve("lvjian-2017.zeren.bak")));
	}

	@Test
	void outputThatIsThePlanIsRefused() throws Exception {
		Path org = dir.resolve("org.zeren");
		fx.store.save(ExampleOrganisation.create(fx.store, org));
		Path plan = Files.copy(ImportPlanCommandTest.PLAN, dir.resolve("plan.txt"));
		byte[] before = Files.readAllBytes(plan);
		Fixture.Run r = fx.run("example", "--plan", plan.toString(), "--organisation", org.toString(), "-o",
				dir.resolve(".").resolve("plan.txt").toString());
		assertEquals(2, r.code());
		assertEquals("-o " + dir.resolve(".").resolve("plan.txt") + ": this is the plan, an input of this command;"
				+ " writing the model there would destroy it; choose another output file" + NL, r.err());
		assertArrayEquals(before, Files.readAllBytes(plan));
		assertFalse(Files.exists(dir.resolve("plan.txt.bak")));
	}

	@Test
	void missingOrganisationGivesExitTwo() {
		Path missing = dir.resolve("nothing.zeren");
		Fixture.Run r = example(missing, dir.resolve("x.zeren"));
		assertEquals(2, r.code());
		assertEquals(missing + ": the file does not exist" + System.lineSeparator(), r.err());
	}
}
