package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ResponsibilityModel;

/** Hostile and broken files are refused with a message naming the limit, and the model is left unchanged. */
class HostileFilesTest {

	@TempDir
	Path dir;

	private String refused(Path file, SheetImportOptions options) {
		ResponsibilityModel model = Fixtures.organisation();
		String before = Fixtures.serialise(model);
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, model, options));
		assertEquals(before, Fixtures.serialise(model), "the model is unchanged");
		return e.getMessage(Locale.ENGLISH).replace(file.toString(), "FILE");
	}

	private static final SheetImportOptions HOLDER = SheetImportOptions.DEFAULT;

	@Test
	void zipBombIsRefusedBeforePoiInflatesIt() throws Exception {
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros); // 64 MB of zero bytes compress to about 64 KB
			}
		}
		assertEquals("FILE: looks like a zip bomb: the entry xl/worksheets/sheet1.xml expands 1028 times, more than the limit "
				+ "of 100; the file is not read", refused(file, HOLDER));
	}

	@Test
	void archiveWithTooManyEntriesIsRefused() throws Exception {
		Path file = dir.resolve("many.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < 1_500; i++) {
				zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
				zip.write(i);
			}
		}
		assertEquals("FILE: the archive holds 1500 entries, more than the limit of 1000; the file is not read",
				refused(file, HOLDER));
	}

	@Test
	void hugeCsvCellIsRefusedNamingRowAndColumn() throws Exception {
		Path file = dir.resolve("huge.csv");
		Files.writeString(file, "序号,事项名称,事项内容\n1,检查,\"" + "安".repeat(40_000) + "\"\n", StandardCharsets.UTF_8);
		assertEquals("FILE row 2, column C: the cell holds 40000 or more characters, more than the limit of 32767; "
				+ "the file is not imported", refused(file, HOLDER));
	}

	@Test
	void hugeXlsxCellIsRefusedWhileStreaming() throws Exception {
		Path file = dir.resolve("huge.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet s = wb.createSheet("清单");
			s.createRow(0).createCell(0).setCellValue("序号");
			s.getRow(0).createCell(1).setCellValue("事项内容");
			s.createRow(1).createCell(0).setCellValue(1);
			s.getRow(1).createCell(1).setCellValue("查".repeat(2_000));
			wb.write(out);
		}
		String m = refused(file, SheetImportOptions.DEFAULT.withLimits(SheetLimits.DEFAULT.withMaxCellChars(1_000)));
		assertEquals("FILE sheet '清单' row 2, column B: the cell holds 2000 or more characters, more than the limit of "
				+ "1000; the file is not imported", m);
	}

	@Test
	void tooManyRowsAreRefusedWithTheRowWhereTheLimitIsPassed() throws Exception {
		StringBuilder csv = new StringBuilder("序号,事项名称,事项内容\n");
		for (int i = 1; i <= 60; i++) {
			csv.append(i).append(",检查").append(i).append(",开展第").append(i).append("次检查。\n");
		}
		Path file = dir.resolve("rows.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		SheetImportOptions fifty = SheetImportOptions.DEFAULT.withLimits(SheetLimits.DEFAULT.withMaxRows(50));
		assertEquals("FILE row 51: more than 50 rows, the limit; the file is not imported (split it)", refused(file, fifty));
		Path xlsx = dir.resolve("rows.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			XSSFSheet s = wb.createSheet("Sheet1");
			for (int i = 0; i < 60; i++) {
				s.createRow(i).createCell(0).setCellValue(i);
			}
			wb.write(out);
		}
		assertEquals("FILE sheet 'Sheet1' row 51: more than 50 rows, the limit; the file is not imported (split it)",
				refused(xlsx, fifty));
	}

	@Test
	void oldExcelAndNonArchivesNamedXlsxAreRefusedClearly() throws Exception {
		Path xls = dir.resolve("old.xlsx");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		assertEquals("FILE: this is an old Excel 97-2003 (.xls) file or an encrypted workbook, not an .xlsx; save it as .xlsx "
				+ "without password in Excel or WPS", refused(xls, HOLDER));
		Path text = dir.resolve("text.xlsx");
		Files.writeString(text, "序号,事项内容\n1,检查\n");
		assertEquals("FILE: not an .xlsx file: the content is not a ZIP archive", refused(text, HOLDER));
	}

	@Test
	void bytesInNeitherUtf8NorGb18030AreRefusedNamingTheLine() throws Exception {
		Path file = dir.resolve("bad.csv");
		byte[] head = "序号,事项内容\n1,检查\n2,".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
		bytes[head.length] = (byte) 0xFF;
		bytes[head.length + 1] = (byte) 0xFF;
		Files.write(file, bytes);
		assertEquals("FILE row 3: unreadable encoding: neither UTF-8 (invalid byte 32) nor GB18030/GBK (invalid byte 25); "
				+ "save the file as UTF-8", refused(file, HOLDER));
	}
}
