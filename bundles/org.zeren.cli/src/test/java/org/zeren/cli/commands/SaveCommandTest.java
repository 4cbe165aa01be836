package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zeren save}: a model with content of a plugin that is not installed loads and saves unchanged. */
class SaveCommandTest {

	@Test
	void unknownContentIsKeptByteForByteWithAWarning(@TempDir Path dir) throws Exception {
		Fixture fx = new Fixture();
		Path model = fx.organisation(dir.resolve("组织.zeren"));
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		String id = Fixture.makeFirstObligationUnknown(model);
		byte[] before = Files.readAllBytes(model);

		Fixture.Run r = fx.run("save", model.toString(), "-o", dir.resolve("again.zeren").toString());
		assertEquals(0, r.code(), r.err());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("again.zeren")));
		assertTrue(r.err().startsWith("warning: "), r.err());
		assertTrue(r.err().contains(Fixture.GONE_NS), r.err());
		assertEquals("Saved " + dir.resolve("again.zeren") + System.lineSeparator(), r.out());

		assertEquals(0, fx.run("save", model.toString()).code(), "in place");
		assertArrayEquals(before, Files.readAllBytes(model));
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("组织.zeren.bak")), "the previous file is kept");
		assertTrue(Files.readString(model).contains(id));
	}

	@Test
	void missingModelIsAUsageError(@TempDir Path dir) {
		Fixture.Run r = new Fixture().run("save", dir.resolve("无.zeren").toString());
		assertEquals(2, r.code());
		assertEquals(dir.resolve("无.zeren") + ": the file does not exist" + System.lineSeparator(), r.err());
	}
}
