package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ResponsibilityModel;

/**
 * An .xlsx as Excel writes it: a merged title, a two-level merged header (法律依据 over 法律名称 and 条款), typed cells:
 * numeric codes, a date cell, a serial number in a general cell, a negative score, a boolean, a second sheet with
 * notes only.
 */
class XlsxSampleTest {

	@TempDir
	Path dir;

	/** Writes the sample workbook (kept as code so that what it holds is readable here). */
	static Path write(Path file) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet s = wb.createSheet("监管责任");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			XSSFRow title = s.createRow(0);
			title.createCell(0).setCellValue("绿建区市场监督管理局特种设备安全监管责任清单");
			s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
			XSSFRow h1 = s.createRow(1);
			String[] top = { "序号", "事项名称", "法律依据", "", "完成时限", "考核分值", "是否重点" };
			for (int i = 0; i < top.length; i++) {
				h1.createCell(i).setCellValue(top[i]);
			}
			XSSFRow h2 = s.createRow(2);
			h2.createCell(2).setCellValue("法律名称");
			h2.createCell(3).setCellValue("条款");
			s.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
			for (int c : new int[] { 0, 1, 4, 5, 6 }) {
				s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
			}
			XSSFRow r1 = s.createRow(3);
			r1.createCell(0).setCellValue(1);
			r1.createCell(1).setCellValue("特种设备安全监督检查");
			r1.createCell(2).setCellValue("中华人民共和国特种设备安全法");
			r1.createCell(3).setCellValue("第五十七条");
			r1.createCell(4).setCellValue(LocalDate.of(2017, 6, 30));
			r1.getCell(4).setCellStyle(date);
			r1.createCell(5).setCellValue(-5);
			r1.createCell(6).setCellValue(true);
			XSSFRow r2 = s.createRow(4);
			r2.createCell(0).setCellValue(2);
			r2.createCell(1).setCellValue("电梯安全专项整治");
			r2.createCell(2).setCellValue("特种设备安全监察条例");
			r2.createCell(3).setCellValue("第二十条第一款");
			r2.createCell(4).setCellValue(42916); // a serial number in a general cell, as a CSV round trip leaves it
			r2.createCell(5).setCellValue(3.5);
			r2.createCell(6).setCellValue(false);
			XSSFRow r3 = s.createRow(5);
			r3.createCell(0).setCellValue(3);
			r3.createCell(1).setCellValue("锅炉使用登记");
			r3.createCell(4).setCellValue("立即");
			r3.createCell(5).setCellValue(0);
			XSSFSheet notes = wb.createSheet("填表说明");
			notes.createRow(0).createCell(0).setCellValue("本表由各科室填写，报区安委办汇总。");
			wb.write(out);
		}
		return file;
	}

	@Test
	void typedCellsSerialDatesAndMergedTwoLevelHeader() throws Exception {
		Path file = write(dir.resolve("市场监管局责任清单.xlsx"));
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model,
				SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "市场监督管理局")));
		assertEquals("xlsx", r.format());
		assertNull(r.encoding());
		assertEquals("[监管责任]", r.sheets().toString());
		assertEquals("""
				LIST RESPONSIBILITY_LIST "绿建区市场监督管理局特种设备安全监管责任清单" @市场监督管理局
				  Responsibility | code=1 | title=特种设备安全监督检查 | refs=中华人民共和国特种设备安全法(LAW) 57 | deadline=2017-06-30 | [考核分值]=-5 | [是否重点]=TRUE
				  Responsibility | code=2 | title=电梯安全专项整治 | refs=特种设备安全监察条例(ADMINISTRATIVE_REGULATION) 20.1 | deadline=2017-06-30 | [考核分值]=3.5 | [是否重点]=FALSE
				  Responsibility | code=3 | title=锅炉使用登记 | deadlineText=立即 | [考核分值]=0""",
				Describe.lists(r.lists()));
		assertEquals(1, r.warnings().size(), "the notes sheet has no header: " + r.warnings());
		assertEquals("src/.../市场监管局责任清单.xlsx sheet '填表说明': no header row (headings such as 序号, 事项名称, 事项内容, 责任主体, "
				+ "法律依据) in the first 30 rows; this sheet is not imported",
				r.warnings().get(0).format(java.util.Locale.ENGLISH).replace(file.toString(), "src/.../市场监管局责任清单.xlsx"));
	}
}
