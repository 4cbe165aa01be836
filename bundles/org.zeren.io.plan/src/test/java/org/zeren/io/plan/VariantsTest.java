package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.PlanTask;

/** The real plan with one thing changed, as users get it wrong. */
class VariantsTest {

	@TempDir
	static Path dir;

	private static String text;

	@BeforeAll
	static void read() throws Exception {
		text = Files.readString(Fixtures.REAL_PLAN, StandardCharsets.UTF_8);
	}

	private static PlanImportResult importText(String changed) throws Exception {
		Path file = Files.writeString(dir.resolve("variant.txt"), changed, StandardCharsets.UTF_8);
		return new PlanImporter(Fixtures.registry()).importPlan(file, Fixtures.newModel());
	}

	private static List<String> warnings(PlanImportResult r) {
		return r.warnings().stream().filter(w -> w.line() != 17).map(PlanImportWarning::toString).toList();
	}

	@Test
	void sectionNumbersOutOfSequence() throws Exception {
		PlanImportResult r = importText(text.replace("三、突出工作重点", "五、突出工作重点"));
		assertEquals(List.of("line 13: 章节序号“五”不连续，应为“三” / section number 五 is out of sequence, expected 三",
				"line 18: 章节序号“四”不连续，应为“六” / section number 四 is out of sequence, expected 六"), warnings(r));
		assertEquals("五", r.plan().getSections().get(2).getNumber());
	}

	@Test
	void itemNumberGap() throws Exception {
		PlanImportResult r = importText(text.replace("\n4、有计划", "\n5、有计划").replace("\n5、加强", "\n6、加强")
				.replace("\n6、强化工贸", "\n7、强化工贸"));
		// 1、2、3、5、6、7、7、8…: the gap and the repeated 7 are reported, the rest follows on
		assertEquals(List.of("line 12: 条目序号“5”不连续，应为“4” / item number 5 is out of sequence, expected 4",
				"line 16: 条目序号“7”不连续，应为“8” / item number 7 is out of sequence, expected 8"), warnings(r));
		assertEquals(10, r.plan().getSections().stream().mapToInt(s -> s.getTasks().size()).sum());
	}

	@Test
	void impossibleDateIsAWarning() throws Exception {
		PlanImportResult r = importText(text.replace("2017年2月23日", "2017年2月30日"));
		assertNull(r.plan().getIssuedOn());
		assertEquals(List.of("line 4: 日期“2017年2月30日”不存在，印发日期留空 / the date “2017年2月30日” does not exist; "
				+ "the date of issue is left empty"), warnings(r));
	}

	@Test
	void dateInChineseNumerals() throws Exception {
		PlanImportResult r = importText(text.replace("2017年2月23日", "二〇一七年二月二十三日"));
		assertEquals(java.time.LocalDate.of(2017, 2, 23), r.plan().getIssuedOn());
		assertEquals("绿建区安全生产委员会(管委会代章)", r.plan().getIssuer());
	}

	@Test
	void wordAutomaticNumberingIsReported() throws Exception {
		Path file = dir.resolve("numbered.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : text.lines().toList()) {
				XWPFParagraph p = doc.createParagraph();
				if (line.startsWith("1、")) {
					line = line.substring(2); // Word shows "1、" from its numbering, the text lacks it
					p.setNumID(BigInteger.ONE);
				}
				p.createRun().setText(line);
			}
			doc.write(out);
		}
		PlanImportResult r = new PlanImporter(Fixtures.registry()).importPlan(file, Fixtures.newModel());
		assertEquals(List.of("line 8: 此段使用 Word 自动编号，编号不在文字中，未被读取；请把编号转换为文字 / this paragraph uses Word's "
				+ "automatic numbering; the number is not part of the text and is not read; convert the numbering to text",
				"line 8: 此段不属于任何编号条目，作为章节“一”的说明保存 / this paragraph belongs to no numbered item; it is kept "
						+ "as the description of section 一",
				"line 9: 条目序号“2”不连续，应为“1” / item number 2 is out of sequence, expected 1"), warnings(r));
		assertEquals(List.of("2", "3"), r.plan().getSections().get(0).getTasks().stream().map(PlanTask::getNumber).toList());
	}
}
