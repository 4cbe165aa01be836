package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasisVersion;
import org.zeren.model.Power;
import org.zeren.model.ResponsibilityModel;

/**
 * What a new user found: office texts that are not exactly Zeren's labels are kept and exported as written, with a
 * warning; impossible dates, articles beyond a law's end, formulas without result, cells without heading and
 * unclosed quotes are reported; list names do not depend on --lenient; installed work areas are used.
 */
class KeptTextAndWarningsTest {

	@TempDir
	Path dir;

	private Path csv(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> warnings(SheetImportResult r, Path file) {
		return r.warnings().stream().map(p -> p.format(Locale.ENGLISH).replace(file.toString(), "FILE")).toList();
	}

	/** The tester's kinds.csv, with the holder of the test organisation and one synonym row added. */
	private static final String KINDS = """
			应急管理办公室权力清单
			序号,责任主体,事项名称,事项内容,权力类型,问责方式
			K-1,应急管理局,甲,内容甲,飞行检查,问责
			K-2,应急管理局,乙,内容乙,香蕉,通报批评并扣减年度考核分5分
			K-3,应急管理局,丙,内容丙,行政确认,约谈；诫勉
			K-4,应急管理局,丁,内容丁,审批,行政问责
			K-5,应急管理局,戊,内容戊,行政检查,约谈、通报批评
			""";

	@Test
	void powerKindsAndMeasuresNotWrittenExactlyAreKeptWithAWarningAndExportedAsWritten() throws Exception {
		Path file = csv("kinds.csv", KINDS);
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT);
		assertEquals(List.of(
				"FILE row 3, column E (权力类型): power kind '飞行检查' is not a known kind (行政许可, 行政检查, 行政处罚, 行政强制, 其他行政权力); "
						+ "it is taken as '其他行政权力' and the text is kept as an other column",
				"FILE row 3, column F (问责方式): accountability measures '问责' read as '行政问责'; the text is kept as an other column",
				"FILE row 4, column E (权力类型): power kind '香蕉' is not a known kind (行政许可, 行政检查, 行政处罚, 行政强制, 其他行政权力); "
						+ "it is taken as '其他行政权力' and the text is kept as an other column",
				"FILE row 4, column F (问责方式): accountability measures '通报批评并扣减年度考核分5分' include one not recognised; "
						+ "the text is kept as an other column",
				"FILE row 5, column E (权力类型): power kind '行政确认' is not a known kind (行政许可, 行政检查, 行政处罚, 行政强制, 其他行政权力); "
						+ "it is taken as '其他行政权力' and the text is kept as an other column",
				"FILE row 5, column F (问责方式): accountability measures '约谈；诫勉' include one not recognised; the text is kept as an other column",
				"FILE row 6, column E (权力类型): power kind '审批' read as '行政许可'; the text is kept as an other column"),
				warnings(r, file));
		DutyList list = r.lists().get(0);
		assertEquals("OTHER OTHER OTHER LICENSING INSPECTION", list.getDuties().stream()
				.map(d -> ((Power) d).getPowerKind().name()).collect(Collectors.joining(" ")));
		assertEquals("[ADMINISTRATIVE_ACCOUNTABILITY] [] [] [ADMINISTRATIVE_ACCOUNTABILITY] [ADMONITORY_INTERVIEW, CIRCULATED_CRITICISM]",
				list.getDuties().stream().map(d -> d.getAccountabilityMeasures().toString()).collect(Collectors.joining(" ")));
		assertEquals("权力类型=飞行检查 问责方式=问责", others(list.getDuties().get(0)));
		assertEquals("", others(list.getDuties().get(4)));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetExporter.writeCsv(list, out, StandardCharsets.UTF_8);
		String exported = out.toString(StandardCharsets.UTF_8);
		assertEquals("\uFEFF应急管理办公室权力清单\r\n"
				+ "序号,责任主体,事项名称,事项内容,权力类型,法律依据,问责方式\r\n"
				+ "K-1,应急管理局,甲,内容甲,飞行检查,,问责\r\n"
				+ "K-2,应急管理局,乙,内容乙,香蕉,,通报批评并扣减年度考核分5分\r\n"
				+ "K-3,应急管理局,丙,内容丙,行政确认,,约谈；诫勉\r\n"
				+ "K-4,应急管理局,丁,内容丁,审批,,行政问责\r\n"
				+ "K-5,应急管理局,戊,内容戊,行政检查,,约谈、通报批评\r\n", exported);

		// and back: the same kinds, measures and kept texts
		Path back = dir.resolve("back.csv");
		Files.write(back, out.toByteArray());
		ResponsibilityModel fresh = Fixtures.organisation();
		DutyList again = new SheetImporter().importFile(back, fresh, SheetImportOptions.DEFAULT).lists().get(0);
		for (int i = 0; i < 5; i++) {
			Duty a = list.getDuties().get(i);
			Duty b = again.getDuties().get(i);
			assertEquals(((Power) a).getPowerKind(), ((Power) b).getPowerKind());
			assertEquals(a.getAccountabilityMeasures(), b.getAccountabilityMeasures());
			assertEquals(others(a), others(b));
		}
	}

	private static String others(Duty d) {
		return d.getOtherColumns().stream().map(c -> c.getHeading() + "=" + c.getValue()).collect(Collectors.joining(" "));
	}

	@Test
	void anImpossibleDateAndAnArticleBeyondTheLawsEndAreWarnedAboutWithRowAndColumn() throws Exception {
		Path file = csv("日期.csv", """
				序号,责任主体,事项名称,法律依据,完成时限
				1,应急管理局,巡查,《安全生产法》第九百条,2017-02-30
				2,应急管理局,检查,《安全生产法》第一百一十九条,2017年2月29日
				3,应急管理局,督查,《安全生产法》第一百二十条,2017年3月31日
				""");
		ResponsibilityModel model = Fixtures.organisation();
		LegalBasisVersion v = Fixtures.F.createLegalBasisVersion();
		v.setLabel("2021年修正");
		v.setArticleCount(119);
		model.getLegalBases().get(0).getVersions().add(v);
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT);
		assertEquals(List.of(
				"FILE row 2, column D (法律依据): cites article 900 of 《中华人民共和国安全生产法》（2021年修正）, which has only 119 articles",
				"FILE row 2, column E (完成时限): deadline '2017-02-30' is not a date that exists; the text is kept as written",
				"FILE row 3, column E (完成时限): deadline '2017年2月29日' is not a date that exists; the text is kept as written",
				"FILE row 4, column D (法律依据): cites article 120 of 《中华人民共和国安全生产法》（2021年修正）, which has only 119 articles"),
				warnings(r, file));
		List<Duty> duties = r.lists().get(0).getDuties();
		assertEquals("2017-02-30", duties.get(0).getDeadlineText());
		assertEquals(Integer.valueOf(900), duties.get(0).getLegalReferences().get(0).getArticle());
		assertEquals("2017-03-31", duties.get(2).getDeadline().toString());
	}

	@Test
	void aFormulaWithoutStoredResultAndACellWithoutHeadingAreWarnedAbout() throws Exception {
		Path file = dir.resolve("公式.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet s = wb.createSheet("清单");
			String[][] rows = { { "序号", "责任主体", "事项名称", "事项内容" }, { "1", "应急管理局", "甲", null },
					{ "2", "应急管理局", "乙", "内容乙", "多余" } };
			for (int i = 0; i < rows.length; i++) {
				XSSFRow row = s.createRow(i);
				for (int c = 0; c < rows[i].length; c++) {
					if (rows[i][c] != null) {
						row.createCell(c).setCellValue(rows[i][c]);
					}
				}
			}
			// as openpyxl writes it: the formula, no cached value
			s.getRow(1).createCell(3).setCellFormula("CONCATENATE(\"内容\",\"二\")");
			wb.write(out);
		}
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT);
		assertEquals(List.of(
				"FILE sheet '清单' row 2, column D (事项内容): formula without a stored result, read as a blank cell; "
						+ "open and save the file in Excel/WPS first",
				"FILE sheet '清单' row 3, column E: this cell is to the right of the last heading and has no heading; it is not imported: '多余'"),
				warnings(r, file));
		assertEquals(null, r.lists().get(0).getDuties().get(0).getText());
	}

	@Test
	void anUnclosedQuoteNamesTheFileAndTheLineWhereTheQuotedCellStarts() throws Exception {
		Path file = csv("引号.csv", "应急管理局权力清单\n序号,责任主体,事项名称,事项内容\nQ-1,应急管理局,甲,\"未闭合的引号\nQ-2,应急管理局,乙,内容乙\n");
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, Fixtures.organisation(), SheetImportOptions.DEFAULT));
		assertEquals("FILE: the quoted cell starting on line 3 has no closing quote (\") up to the end of the file; "
				+ "add the closing quote, or double the quotes inside the cell (\"\")",
				e.getMessage(Locale.ENGLISH).replace(file.toString(), "FILE"));
	}

	@Test
	void aListIsNamedTheSameWithAndWithoutLenientWhenARowHasAnUnknownHolder() throws Exception {
		String text = """
				应急管理办公室权力清单
				序号,责任主体,事项名称
				1,应急管理局,甲
				2,后勤科,乙
				""";
		Path file = csv("名称.csv", text);
		SheetImportResult lenient = new SheetImporter().importFile(file, Fixtures.organisation(),
				SheetImportOptions.DEFAULT.withLenient(true));
		assertEquals("应急管理办公室权力清单", lenient.lists().get(0).getName());
		Path good = csv("好.csv", text.replace("后勤科", "应急管理局"));
		assertEquals("应急管理办公室权力清单",
				new SheetImporter().importFile(good, Fixtures.organisation(), SheetImportOptions.DEFAULT).lists().get(0).getName());
		// two real holders still name each list by its holder
		Path two = csv("两个.csv", text.replace("后勤科", "住房和城乡建设局"));
		assertEquals("应急管理办公室权力清单（应急管理局） 应急管理办公室权力清单（住房和城乡建设局）",
				new SheetImporter().importFile(two, Fixtures.organisation(), SheetImportOptions.DEFAULT).lists().stream()
						.map(DutyList::getName).collect(Collectors.joining(" ")));
	}

	@Test
	void aWorkAreaTheModelLacksIsTakenFromTheInstalledOnesAndAddedOnce() throws Exception {
		Path file = csv("领域.csv", """
				序号,责任主体,事项名称,工作领域
				1,应急管理局,甲,宣传教育培训
				2,应急管理局,乙,宣传教育培训
				3,应急管理局,丙,应急救援
				4,应急管理局,丁,香蕉
				""");
		ResponsibilityModel model = Fixtures.organisation();
		WorkAreaContribution contribution = new WorkAreaContribution() {
			@Override
			public String id() {
				return "training";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("宣传教育培训", "Education and training");
			}

			@Override
			public String colour() {
				return "#2E86C1";
			}
		};
		RegisteredWorkArea training = new RegisteredWorkArea(contribution.id(), contribution.name(), contribution.colour(),
				"org.zeren.workarea.training", contribution);
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT.withWorkAreas(List.of(training)));
		assertEquals(List.of("FILE row 5, column D (工作领域): neither the model nor the installed work areas have a work area '香蕉'; "
				+ "the text is kept as an other column"), warnings(r, file));
		assertEquals("emergency training", model.getWorkAreas().stream().map(a -> a.getId()).collect(Collectors.joining(" ")));
		List<Duty> duties = r.lists().get(0).getDuties();
		assertEquals(model.getWorkAreas().get(1), duties.get(0).getWorkArea());
		assertEquals(model.getWorkAreas().get(1), duties.get(1).getWorkArea());
		assertEquals("宣传教育培训 #2E86C1", duties.get(0).getWorkArea().getName() + " " + duties.get(0).getWorkArea().getColour());
		assertEquals(model.getWorkAreas().get(0), duties.get(2).getWorkArea());
	}

	@Test
	void aRecurrenceNotWrittenAsZerensLabelIsKeptWithAWarningAndExportedAsWritten() throws Exception {
		Path file = csv("频次.csv", """
				应急管理局责任清单
				序号,责任主体,事项名称,履职频次
				1,应急管理局,巡查,每天
				2,应急管理局,检查,每月
				3,应急管理局,评估,一次
				""");
		SheetImportResult r = new SheetImporter().importFile(file, Fixtures.organisation(), SheetImportOptions.DEFAULT);
		assertEquals(List.of("FILE row 3, column D (履职频次): recurrence '每天' read as '每日'; the text is kept as an other column"),
				warnings(r, file));
		DutyList list = r.lists().get(0);
		assertEquals("DAILY MONTHLY NONE", list.getDuties().stream().map(d -> d.getRecurrence().name()).collect(Collectors.joining(" ")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetExporter.writeCsv(list, out, StandardCharsets.UTF_8);
		assertEquals("\uFEFF应急管理局责任清单\r\n序号,责任主体,事项名称,事项内容,法律依据,履职频次\r\n1,应急管理局,巡查,,,每天\r\n"
				+ "2,应急管理局,检查,,,每月\r\n3,应急管理局,评估,,,一次\r\n", out.toString(StandardCharsets.UTF_8));
	}
}
