package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/** Files that are not plans fail with an error naming file and line, and leave the model as it was. */
class BadInputTest {

	@TempDir
	Path dir;

	private ResponsibilityModel model;
	private String before;

	@BeforeEach
	void modelWithContent() {
		model = Fixtures.newModel();
		LegalBasis law = ZerenFactory.eINSTANCE.createLegalBasis();
		law.setTitle("中华人民共和国安全生产法");
		law.setKind(LegalBasisKind.LAW);
		model.getLegalBases().add(law);
		before = Fixtures.serialise(model);
	}

	private PlanImportException fails(Path file) {
		PlanImportException e = assertThrows(PlanImportException.class,
				() -> new PlanImporter(Fixtures.registry()).importPlan(file, model));
		assertEquals(file, e.getFile());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertEquals(before, Fixtures.serialise(model), "the model must be unchanged");
		return e;
	}

	@Test
	void emptyFile() throws Exception {
		Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
		PlanImportException e = fails(file);
		assertEquals(0, e.getLine());
		assertEquals(file + ": the file is empty: it holds no work plan / 文件为空，没有工作要点的内容", e.getMessage());
		assertEquals(file + ": 文件为空，没有工作要点的内容", e.getMessage(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void onlyBomAndBlankLines() throws Exception {
		Path file = Files.write(dir.resolve("blank.txt"), "\uFEFF  \r\n\u3000\u3000\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("the file is empty: it holds no work plan", fails(file).getProblem().en());
	}

	@Test
	void binaryImage() throws Exception {
		// the start of a PNG file: not UTF-8; as GB18030 it decodes to text with the control character 0x1A
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		Path file = Files.write(dir.resolve("plan.txt"), png);
		PlanImportException e = fails(file);
		assertEquals(2, e.getLine());
		assertEquals("character 1 is the control character U+001A: this is not a text file "
				+ "(binary content or an unreadable encoding)", e.getProblem().en());
	}

	@Test
	void randomBytes() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(2017).nextBytes(garbage);
		Path file = Files.write(dir.resolve("garbage.txt"), garbage);
		PlanImportException e = fails(file);
		assertTrue(e.getLine() >= 1, "line " + e.getLine());
		String en = e.getProblem().en();
		assertTrue(en.startsWith("unreadable encoding") || en.contains("this is not a text file"), en);
	}

	@Test
	void textWithoutSections() throws Exception {
		Path file = Fixtures.resource("no-sections.txt");
		PlanImportException e = fails(file);
		assertEquals(6, e.getLine());
		assertEquals("no section heading such as “一、…” up to the end of the text (line 6): this is not a work plan "
				+ "(line 4 has a numbered item, but items must be inside a section)", e.getProblem().en());
		assertEquals("直到文末（第 6 行）都没有章节标题（如“一、强化……”）：这不是工作要点（第 4 行有编号条目，但条目须在章节之下）",
				e.getProblem().zh());
	}

	@Test
	void docxThatIsNotAZip() throws Exception {
		Path file = Files.copy(Fixtures.REAL_PLAN, dir.resolve("plan.docx"));
		PlanImportException e = fails(file);
		assertEquals(0, e.getLine());
		assertEquals("not a .docx file: the content is not a ZIP archive (a Word document is one)", e.getProblem().en());
	}

	@Test
	void oldWordDocumentNamedDocx() throws Exception {
		byte[] ole2 = new byte[512];
		System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 }, 0, ole2, 0, 8);
		Path file = Files.write(dir.resolve("plan.docx"), ole2);
		assertEquals("this is an old Word 97-2003 (.doc) file, not a .docx; save it as .docx in Word",
				fails(file).getProblem().en());
	}

	@Test
	void zipThatIsNotAWordDocument() throws Exception {
		Path file = dir.resolve("plan.docx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write("不是 Word 文档".getBytes(StandardCharsets.UTF_8));
		}
		PlanImportException e = fails(file);
		assertEquals(0, e.getLine());
		assertTrue(e.getProblem().en().startsWith("cannot be read as a Word document (.docx): "), e.getProblem().en());
	}

	@Test
	void utf16() throws Exception {
		byte[] body = Files.readString(Fixtures.REAL_PLAN).getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		Path file = Files.write(dir.resolve("plan-unicode.txt"), bytes);
		PlanImportException e = fails(file);
		assertEquals(1, e.getLine());
		assertEquals("the file is in UTF-16 (\"Unicode\"), which is not read; save it as UTF-8", e.getProblem().en());
	}

	@Test
	void missingFile() {
		Path file = dir.resolve("nowhere.txt");
		assertEquals("the file does not exist", fails(file).getProblem().en());
	}

	@Test
	void samePlanTwiceIntoOneModel() throws Exception {
		new PlanImporter(Fixtures.registry()).importPlan(Fixtures.REAL_PLAN, model);
		before = Fixtures.serialise(model);
		PlanImportException e = fails(Fixtures.REAL_PLAN);
		assertEquals(5, e.getLine());
		assertEquals("the model already holds the plan 绿建区2017年安全生产工作要点; it is not imported twice",
				e.getProblem().en());
		assertEquals(1, model.getWorkPlans().size());
	}
}
