package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same model and options give the same bytes. */
class DeterminismTest {

	@TempDir
	Path dir;

	@Test
	void twoSvgExportsOfTheSameModelAreByteIdentical() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		TestModels.addPlan(org);
		for (DiagramKind kind : DiagramKind.values()) {
			Path first = dir.resolve(kind.id() + "-1.svg");
			Path second = dir.resolve(kind.id() + "-2.svg");
			new DiagramService().export(org.model(), kind, null, DiagramFormat.SVG, first, DiagramOptions.defaults());
			new DiagramService().export(org.model(), kind, null, DiagramFormat.SVG, second, DiagramOptions.defaults());
			assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), kind + " SVG differs between runs");
		}
	}

	@Test
	void svgDoesNotDependOnTheDefaultLocale() throws Exception {
		// Java names fonts in the default locale's language: WenQuanYi Zen Hei became 文泉驿正黑 under zh_CN
		TestModels.Org org = TestModels.withDuties();
		Path english = dir.resolve("en.svg");
		Path chinese = dir.resolve("zh.svg");
		java.util.Locale saved = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.US);
			new DiagramService().export(org.model(), DiagramKind.ORGANISATION, null, DiagramFormat.SVG, english,
					DiagramOptions.defaults());
			java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
			new DiagramService().export(org.model(), DiagramKind.ORGANISATION, null, DiagramFormat.SVG, chinese,
					DiagramOptions.defaults());
		} finally {
			java.util.Locale.setDefault(saved);
		}
		assertArrayEquals(Files.readAllBytes(english), Files.readAllBytes(chinese));
	}

	@Test
	void aModelBuiltAgainTheSameWayGivesTheSameSvgAndDot() throws Exception {
		for (DiagramFormat format : new DiagramFormat[] { DiagramFormat.SVG, DiagramFormat.DOT }) {
			Path first = dir.resolve("a." + format.extension());
			Path second = dir.resolve("b." + format.extension());
			TestModels.Org one = TestModels.withDuties();
			TestModels.Org two = TestModels.withDuties();
			new DiagramService().export(one.model(), DiagramKind.CHAIN, "RS-C-01", format, first, DiagramOptions.defaults());
			new DiagramService().export(two.model(), DiagramKind.CHAIN, "RS-C-01", format, second, DiagramOptions.defaults());
			assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), format + " differs");
		}
	}

	@Test
	void svgIdsAreFixedNotDerivedFromTheClock() throws Exception {
		TestModels.Org org = TestModels.withDuties();
		Path file = dir.resolve("c.svg");
		new DiagramService().export(org.model(), DiagramKind.CHAIN, "RS-C-01", DiagramFormat.SVG, file,
				DiagramOptions.defaults());
		String svg = Files.readString(file);
		Matcher ids = Pattern.compile("id='([^']*)'").matcher(svg);
		int count = 0;
		while (ids.find()) {
			String id = ids.group(1);
			assertTrue(id.matches("(party|duty)-[0-9a-f-]{36}(\\.title)?|e[0-9]+|title|legend|zeren-.*"), id);
			count++;
		}
		assertTrue(count > 30, "every node and edge is a group with an id");
		assertFalse(svg.contains("_" + System.nanoTime() / 1_000_000_000L), "no clock in the output");
	}
}
