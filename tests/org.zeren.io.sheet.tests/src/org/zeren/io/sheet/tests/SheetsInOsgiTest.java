package org.zeren.io.sheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.zeren.io.sheet.SheetExporter;
import org.zeren.io.sheet.SheetImportException;
import org.zeren.io.sheet.SheetImportOptions;
import org.zeren.io.sheet.SheetImportResult;
import org.zeren.io.sheet.SheetImporter;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalReference;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/**
 * The risky part of spreadsheets in OSGi is Apache POI: its wrapped bundles must resolve with their real imports
 * (xmlbeans, the schemas, commons-compress), it must not go through WorkbookFactory, and log4j needs a provider.
 * These tests export and import .xlsx and .csv inside Equinox through the services the CLI and the desktop use.
 */
class SheetsInOsgiTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	@TempDir
	Path dir;

	private static ResponsibilityModel model(boolean withList) {
		ResponsibilityModel m = F.createResponsibilityModel();
		Department d = F.createDepartment();
		d.setName("应急管理局");
		d.setShortName("应急局");
		m.getParties().add(d);
		LegalBasis law = F.createLegalBasis();
		law.setTitle("中华人民共和国安全生产法");
		law.setKind(LegalBasisKind.LAW);
		m.getLegalBases().add(law);
		if (withList) {
			DutyList list = F.createDutyList();
			list.setName("应急管理局安全生产权力清单");
			list.setKind(DutyListKind.POWER_LIST);
			list.setHolder(d);
			m.getDutyLists().add(list);
			for (int i = 1; i <= 300; i++) { // more rows than SXSSF keeps in memory
				Duty p = F.createPower();
				p.setCode(Integer.toString(i));
				p.setTitle("行政检查事项" + i);
				p.setText("=对第" + i + "类生产经营单位开展监督检查。");
				LegalReference r = F.createLegalReference();
				r.setBasis(law);
				r.setArticle(65);
				p.getLegalReferences().add(r);
				list.getDuties().add(p);
			}
		}
		return m;
	}

	@Test
	void poiAndCommonsCsvComeFromBundles() {
		Bundle sheet = FrameworkUtil.getBundle(SheetImporter.class);
		assertNotNull(sheet, "org.zeren.io.sheet runs as a bundle");
		Bundle poi = FrameworkUtil.getBundle(XSSFReader.class);
		assertNotNull(poi, "POI's XSSF classes come from a bundle");
		assertEquals("org.apache.poi.poi-ooxml", poi.getSymbolicName());
	}

	@Test
	void xlsxExportedWithSxssfImportsBackWithXssfReader() throws Exception {
		ResponsibilityModel source = model(true);
		Path file = dir.resolve("权力清单.xlsx");
		new SheetExporter().exportXlsx(source.getDutyLists(), file);
		ResponsibilityModel target = model(false);
		SheetImportResult r = new SheetImporter().importFile(file, target, SheetImportOptions.DEFAULT);
		assertEquals("xlsx", r.format());
		assertEquals(300, r.duties());
		DutyList list = target.getDutyLists().get(0);
		assertEquals(DutyListKind.POWER_LIST, list.getKind());
		assertEquals("应急管理局安全生产权力清单", list.getName());
		assertEquals("=对第300类生产经营单位开展监督检查。", list.getDuties().get(299).getText());
		assertEquals(65, list.getDuties().get(0).getLegalReferences().get(0).getArticle());
		assertEquals(1, target.getLegalBases().size(), "the law is matched, not created again");
	}

	@Test
	void csvInGb18030ImportsBack() throws Exception {
		ResponsibilityModel source = model(true);
		Path file = dir.resolve("权力清单.csv");
		new SheetExporter().exportCsv(source.getDutyLists().get(0), file, java.nio.charset.Charset.forName("GB18030"));
		SheetImportResult r = new SheetImporter().importFile(file, model(false), SheetImportOptions.DEFAULT);
		assertEquals("GB18030", r.encoding().label());
		assertEquals(300, r.duties());
	}

	@Test
	void zipBombIsRefusedInsideOsgiToo() throws Exception {
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 32; i++) {
				zip.write(zeros);
			}
		}
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, model(false), SheetImportOptions.DEFAULT));
		assertTrue(e.getMessage(Locale.ENGLISH).contains("looks like a zip bomb"), e.getMessage());
	}

	@Test
	void aWorkbookWrittenByPoiItselfWithSharedStringsImports() throws Exception {
		// the test bundle cannot see XSSFWorkbook's own writer without more imports; a CSV converted by the exporter
		// and a hand-made minimal workbook cover the shared-strings path
		Path file = dir.resolve("min.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
					+ "</Types>");
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"清单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
			put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
					+ "<si><t>序号</t></si><si><t>责任单位</t></si><si><t>工作职责</t></si><si><r><t>组织开展</t></r><r><t>安全检查。</t></r></si></sst>");
			put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
					+ "<row><c t=\"n\"><v>1</v></c><c t=\"inlineStr\"><is><t>应急局</t></is></c><c t=\"s\"><v>3</v></c></row>"
					+ "</sheetData></worksheet>");
		}
		ResponsibilityModel m = model(false);
		SheetImportResult r = new SheetImporter().importFile(file, m, SheetImportOptions.DEFAULT);
		assertEquals(List.of("清单"), r.sheets());
		Duty d = m.getDutyLists().get(0).getDuties().get(0);
		assertEquals("1", d.getCode());
		assertEquals("组织开展安全检查", d.getTitle(), "rich text runs are joined; row and cell numbers may be left out");
		assertEquals("应急管理局", m.getDutyLists().get(0).getHolder().getName());
	}

	private static void put(ZipOutputStream zip, String name, String text) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
	}
}
