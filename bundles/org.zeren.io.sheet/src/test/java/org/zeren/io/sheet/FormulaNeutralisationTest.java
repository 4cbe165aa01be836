package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.ResponsibilityModel;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is neutralised on export; numbers
 * stay numbers (a negative score is a number, not text).
 */
class FormulaNeutralisationTest {

	private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil.invalid\",\"详情\")", "+1+1",
			"-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");

	@TempDir
	Path dir;

	private static ResponsibilityModel model() {
		ResponsibilityModel model = Fixtures.organisation();
		DutyList list = new Fixtures.Maker().list(model, "公式测试清单", DutyListKind.RESPONSIBILITY_LIST,
				Fixtures.party(model, "应急管理局"));
		int n = 0;
		for (String text : DANGEROUS) {
			Duty d = new Fixtures.Maker().duty(list, Integer.toString(++n), "事项" + n, Fixtures.F.createResponsibility());
			d.setText(text);
			new Fixtures.Maker().other(d, "考核分值", n == 1 ? "-5" : "2.5");
		}
		return model;
	}

	@Test
	void csvPutsAnApostropheBeforeFormulaTextButNotBeforeNumbers() throws Exception {
		Path file = dir.resolve("l.csv");
		new SheetExporter().exportCsv(model().getDutyLists().get(0), file, StandardCharsets.UTF_8);
		String csv = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFF公式测试清单\r\n序号,责任主体,事项名称,事项内容,法律依据,考核分值\r\n"), csv);
		assertTrue(csv.contains("1,应急管理局,事项1,\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"详情\"\")\",,-5\r\n"), csv);
		assertTrue(csv.contains("2,应急管理局,事项2,'+1+1,,2.5\r\n"), csv);
		assertTrue(csv.contains("3,应急管理局,事项3,'-2+3,,2.5\r\n"), csv);
		assertTrue(csv.contains("4,应急管理局,事项4,'@SUM(A1:A9),,2.5\r\n"), csv);
		assertTrue(csv.contains("5,应急管理局,事项5,'\t=1+1,,2.5\r\n"), csv);
		assertTrue(csv.contains("6,应急管理局,事项6,\"'\r=1+1\",,2.5\r\n"), csv);
	}

	@Test
	void xlsxKeepsFormulaTextAsQuotePrefixedStringsAndNumbersAsNumbers() throws Exception {
		Path file = dir.resolve("l.xlsx");
		new SheetExporter().exportXlsx(model().getDutyLists(), file);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header is frozen");
			for (int i = 0; i < DANGEROUS.size(); i++) {
				XSSFRow row = sheet.getRow(2 + i);
				XSSFCell text = row.getCell(3);
				assertEquals(CellType.STRING, text.getCellType(), "row " + (i + 3));
				assertEquals(DANGEROUS.get(i), text.getStringCellValue());
				assertTrue(text.getCellStyle().getQuotePrefixed(), "quote prefix in row " + (i + 3));
				XSSFCell score = row.getCell(5);
				assertEquals(CellType.NUMERIC, score.getCellType());
				assertEquals(i == 0 ? -5.0 : 2.5, score.getNumericCellValue());
				assertFalse(score.getCellStyle().getQuotePrefixed());
				assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), "codes that are numbers are numbers");
			}
		}
	}

	@Test
	void importRemovesTheApostropheAgain() throws Exception {
		Path file = dir.resolve("l.csv");
		new SheetExporter().exportCsv(model().getDutyLists().get(0), file, StandardCharsets.UTF_8);
		ResponsibilityModel copy = Fixtures.organisation();
		new SheetImporter().importFile(file, copy, SheetImportOptions.DEFAULT);
		assertEquals(DANGEROUS, copy.getDutyLists().get(0).getDuties().stream().map(Duty::getText).toList());
	}
}
