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
import org.zeren.model.Enterprise;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren new-example-organisation} and the committed examples/lvjian-organisation.zeren. */
class NewExampleOrganisationCommandTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	@Test
	void writesTheCommittedFileByteForByte() throws Exception {
		Path out = dir.resolve("org.zeren");
		Fixture.Run r = fx.run("new-example-organisation", "-o", out.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("Parties: 81 (committees 1, departments 8 of which supervisory 6, enterprises 12, "),
				r.out());
		Path committed = Fixture.repositoryFile("examples/lvjian-organisation.zeren");
		assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(out),
				"examples/lvjian-organisation.zeren is stale: regenerate it with ./zeren new-example-organisation -o "
						+ "examples/lvjian-organisation.zeren");
	}

	@Test
	void rewritingGivesTheSameBytesAndKeepsThePreviousFileAsBackup() throws Exception {
		Path out = dir.resolve("org.zeren");
		assertEquals(0, fx.run("new-example-organisation", "-o", out.toString()).code());
		assertFalse(Files.exists(dir.resolve("org.zeren.bak")), "nothing to back up the first time");
		byte[] first = Files.readAllBytes(out);
		assertEquals(0, fx.run("new-example-organisation", "--output", out.toString()).code());
		assertArrayEquals(first, Files.readAllBytes(out));
		assertArrayEquals(first, Files.readAllBytes(dir.resolve("org.zeren.bak")));
	}

	@Test
	void overwritingAnotherFileKeepsItAsBackup() throws Exception {
		Path out = dir.resolve("mine.zeren");
		Files.writeString(out, "我自己的模型，不要丢", java.nio.charset.StandardCharsets.UTF_8);
		Fixture.Run r = fx.run("new-example-organisation", "-o", out.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("我自己的模型，不要丢",
				Files.readString(dir.resolve("mine.zeren.bak"), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void missingOutputOptionGivesExitTwo() {
		Fixture.Run r = fx.run("new-example-organisation");
		assertEquals(2, r.code());
		assertTrue(r.err().startsWith("error: Missing required option: '--output=FILE'"), r.err());
	}

	@Test
	void enterprisesDifferInIndustryScaleRiskAndHaveWellFormedCreditCodes() throws Exception {
		Path out = dir.resolve("org.zeren");
		assertEquals(0, fx.run("new-example-organisation", "-o", out.toString()).code());
		ResponsibilityModel m = fx.store.load(out).model();
		List<Enterprise> enterprises = m.getParties().stream().filter(Enterprise.class::isInstance)
				.map(Enterprise.class::cast).toList();
		assertEquals(12, enterprises.size());
		assertEquals(12, enterprises.stream().map(Enterprise::getIndustry).distinct().count());
		assertEquals(4, enterprises.stream().map(Enterprise::getScale).distinct().count());
		assertEquals(4, enterprises.stream().map(Enterprise::getRiskGrade).distinct().count());
		assertEquals(3, enterprises.stream().map(Enterprise::getStandardizationLevel).distinct().count());
		for (Enterprise e : enterprises) {
			String code = e.getCreditCode();
			assertEquals(18, code.length(), code);
			assertTrue(code.startsWith("91329999MA0LJ"), code);
			assertEquals(code, e.getCode(), "the credit code is the party code");
		}
		assertEquals(6, m.getSupervisions().size());
		assertTrue(m.getSupervisions().stream().allMatch(s -> s.getSupervisor().isSupervisory()));
	}
}
