package org.zeren.cli.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The check characters of the invented credit codes follow the standards. */
class ExampleOrganisationTest {

	@Test
	void checkCharactersMatchThePublishedExamples() {
		// the example code of GB 32100-2015: 91350100M000100Y43 (organisation code M000100Y-4)
		assertEquals('4', ExampleOrganisation.orgCheck("M000100Y"));
		assertEquals('3', ExampleOrganisation.creditCheck("91350100M000100Y4"));
		// GB 11714: a remainder giving 10 is written X
		assertEquals('X', ExampleOrganisation.orgCheck("D2143569"));
	}

	@Test
	void creditCodesAreWellFormedAndDistinct() {
		assertEquals("91329999MA0LJ001" + ExampleOrganisation.orgCheck("MA0LJ001"),
				ExampleOrganisation.creditCode(1).substring(0, 17));
		for (int n = 1; n <= 12; n++) {
			String code = ExampleOrganisation.creditCode(n);
			assertEquals(18, code.length());
			assertEquals(ExampleOrganisation.creditCheck(code.substring(0, 17)), code.charAt(17));
		}
		assertThrows(IllegalArgumentException.class, () -> ExampleOrganisation.creditCode(1000));
	}

	@Test
	void idsDependOnlyOnTheKey() {
		assertEquals(java.util.UUID.nameUUIDFromBytes("zeren-example/lvjian-organisation\u0000enterprise/E01"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), ExampleOrganisation.id("enterprise/E01"));
		assertNotEquals(ExampleOrganisation.id("enterprise/E01"), ExampleOrganisation.id("enterprise/E02"));
	}
}
