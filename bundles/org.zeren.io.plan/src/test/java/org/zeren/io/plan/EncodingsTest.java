package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ResponsibilityModel;

/** The real plan as UTF-8 with BOM, GB18030 and .docx imports to exactly what the UTF-8 file gives. */
class EncodingsTest {

	@TempDir
	static Path dir;

	private static String text;
	private static String expected;

	@BeforeAll
	static void importUtf8() throws Exception {
		text = Files.readString(Fixtures.REAL_PLAN, StandardCharsets.UTF_8);
		ResponsibilityModel model = Fixtures.newModel();
		new PlanImporter(Fixtures.registry()).importPlan(Fixtures.REAL_PLAN, model);
		expected = Fixtures.serialise(model);
	}

	private static PlanImportResult importAndCompare(Path file) throws PlanImportException {
		ResponsibilityModel model = Fixtures.newModel();
		PlanImportResult result = new PlanImporter(Fixtures.registry()).importPlan(file, model);
		assertEquals(expected, Fixtures.serialise(model));
		assertEquals(9, result.legalBases().size());
		return result;
	}

	@Test
	void utf8WithBom() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)); // as Notepad saves it
		Path file = dir.resolve("plan-bom.txt");
		Files.write(file, bytes.toByteArray());
		assertEquals(PlanEncoding.UTF_8_WITH_BOM, importAndCompare(file).encoding());
	}

	@Test
	void gb18030() throws Exception {
		Charset gb = Charset.forName("GB18030");
		Path file = dir.resolve("plan-gbk.txt");
		Files.write(file, text.getBytes(gb));
		assertEquals(PlanEncoding.GB18030, importAndCompare(file).encoding());
	}

	@Test
	void docx() throws Exception {
		Path file = dir.resolve("plan.docx");
		Fixtures.writeDocx(text.lines().toList(), file);
		PlanImportResult result = importAndCompare(file);
		assertEquals(PlanEncoding.DOCX, result.encoding());
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void docxWithUpperCaseExtensionAndIndentedParagraphs() throws Exception {
		Path file = dir.resolve("PLAN.DOCX");
		List<String> lines = new ArrayList<>();
		for (String l : text.lines().toList()) {
			lines.add("\u3000\u3000" + l); // Word documents indent paragraphs with two ideographic spaces
		}
		Fixtures.writeDocx(lines, file);
		assertEquals(PlanEncoding.DOCX, importAndCompare(file).encoding());
	}

	@Test
	void mixedEncodingsNameTheFirstLineThatIsNotUtf8() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("一、强化责任\n1、落实责任。\n".getBytes(StandardCharsets.UTF_8));
		bytes.write("2、落实监管责任。\n".getBytes(Charset.forName("GBK"))); // a line pasted from a GBK file
		Path file = dir.resolve("mixed.txt");
		Files.write(file, bytes.toByteArray());
		PlanImportException e = assertThrows(PlanImportException.class,
				() -> new PlanImporter(Fixtures.registry()).importPlan(file, Fixtures.newModel()));
		assertEquals(3, e.getLine());
		assertEquals(file, e.getFile());
		assertEquals("unreadable encoding: neither UTF-8 (invalid byte 41) nor GB18030/GBK (invalid byte 3); "
				+ "save the file as UTF-8", e.getProblem().en());
	}
}
