package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkPlan;

/** {@code zeren import-plan} with the real 2017 plan. */
class ImportPlanCommandTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	static final Path PLAN = Fixture.repositoryFile("examples/lvjian-2017-work-safety-key-points.txt");

	@Test
	void importsTheRealPlanAndSavesANewFile() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(org);
		Path out = dir.resolve("plan.zeren");
		Fixture.Run r = fx.run("import-plan", PLAN.toString(), "--into", org.toString(), "-o", out.toString());
		assertEquals(0, r.code(), r.err());
		String[] lines = r.out().split(System.lineSeparator());
		assertEquals("Plan: 绿建区2017年安全生产工作要点 (2017)", lines[0]);
		assertTrue(lines[1].startsWith("Found sections 4, items 10, cited documents "), lines[1]);
		assertEquals("Encoding: UTF-8", lines[2]);
		assertTrue(r.out().contains("《职业病防治法》"), r.out());
		assertEquals("Saved " + out, lines[lines.length - 1]);
		assertArrayEquals(before, Files.readAllBytes(org), "the organisation file is not changed");

		ResponsibilityModel saved = fx.store.load(out).model();
		assertEquals(1, saved.getWorkPlans().size());
		WorkPlan plan = saved.getWorkPlans().get(0);
		assertEquals(4, plan.getSections().size());
		assertEquals(10, plan.getSections().stream().mapToInt(s -> s.getTasks().size()).sum());
		assertEquals(3, saved.getParties().size(), "the organisation is kept: committee and two enterprises");
	}

	@Test
	void outputThatIsThePlanIsRefusedAndThePlanKept() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		Path plan = Files.copy(PLAN, dir.resolve("plan.txt"));
		byte[] before = Files.readAllBytes(plan);
		String nl = System.lineSeparator();
		Fixture.Run r = fx.run("import-plan", plan.toString(), "--into", org.toString(), "-o", plan.toString());
		assertEquals(2, r.code());
		assertEquals("", r.out());
		assertEquals("-o " + plan + ": this is the plan, an input of this command; writing the model there would"
				+ " destroy it; choose another output file" + nl, r.err());
		assertArrayEquals(before, Files.readAllBytes(plan));
		assertFalse(Files.exists(dir.resolve("plan.txt.bak")));

		// the same file under another name: a link to it
		Path link = Files.createSymbolicLink(dir.resolve("link.txt"), plan);
		Fixture.Run viaLink = fx.run("import-plan", plan.toString(), "--into", org.toString(), "-o", link.toString());
		assertEquals(2, viaLink.code());
		assertEquals("-o " + link + ": this is the plan, an input of this command; writing the model there would"
				+ " destroy it; choose another output file" + nl, viaLink.err());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

	@Test
	void readsGb18030AndSaysSo() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		Path gbk = dir.resolve("plan-gbk.txt");
		Files.writeString(gbk, Files.readString(PLAN, StandardCharsets.UTF_8), Charset.forName("GB18030"));
		Fixture.Run r = fx.run("import-plan", gbk.toString(), "--into", org.toString(), "-o", dir.resolve("o.zeren").toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("Encoding: GB18030" + System.lineSeparator()), r.out());
	}

	@Test
	void missingPlanGivesExitTwoNamingItAndWritesNothing() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		Path missing = dir.resolve("no-plan.txt");
		Path out = dir.resolve("out.zeren");
		Fixture.Run r = fx.run("import-plan", missing.toString(), "--into", org.toString(), "-o", out.toString());
		assertEquals(2, r.code());
		assertEquals(missing + ": the file does not exist" + System.lineSeparator(), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void fileThatIsNoPlanGivesExitTwoWithTheImportersMessage() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		Path notAPlan = dir.resolve("shopping.txt");
		Files.writeString(notAPlan, "牛奶\n面包\n", StandardCharsets.UTF_8);
		Path out = dir.resolve("out.zeren");
		Fixture.Run r = fx.run("import-plan", notAPlan.toString(), "--into", org.toString(), "-o", out.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().startsWith("cannot import the plan: " + notAPlan), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void missingOrganisationOrOutputOptionGivesExitTwo() throws Exception {
		Path org = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run noInto = fx.run("import-plan", PLAN.toString(), "-o", dir.resolve("x.zeren").toString());
		assertEquals(2, noInto.code());
		assertTrue(noInto.err().contains("--into=ORG"), noInto.err());
		Fixture.Run noOut = fx.run("import-plan", PLAN.toString(), "--into", org.toString());
		assertEquals(2, noOut.code());
		assertTrue(noOut.err().contains("--output=OUT"), noOut.err());
		Path missingOrg = dir.resolve("nothing.zeren");
		Fixture.Run r = fx.run("import-plan", PLAN.toString(), "--into", missingOrg.toString(), "-o",
				dir.resolve("y.zeren").toString());
		assertEquals(2, r.code());
		assertEquals(missingOrg + ": the file does not exist" + System.lineSeparator(), r.err());
	}
}
