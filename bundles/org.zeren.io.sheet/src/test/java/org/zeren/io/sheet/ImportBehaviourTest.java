package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.Department;
import org.zeren.model.Post;
import org.zeren.model.ResponsibilityModel;

/** Errors name file, row and column; all or nothing unless lenient; dry run; holders; mapping; determinism. */
class ImportBehaviourTest {

	@TempDir
	Path dir;

	private Path csv(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static final String UNKNOWN_HOLDERS = """
			序号,责任部门,工作职责
			1,应急管理局,组织开展安全生产大检查。
			2,安全环保部,督促落实隐患整改。
			3,区安监局,组织应急演练。
			4,,同上
			5,后勤保障科,保障应急物资。
			""";

	@Test
	void everyRowErrorIsReportedWithFileRowAndColumnAndNothingIsImported() throws Exception {
		Path file = csv("清单.csv", UNKNOWN_HOLDERS);
		ResponsibilityModel model = Fixtures.organisation();
		String before = Fixtures.serialise(model);
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT));
		assertEquals("""
				FILE row 3, column B (责任部门): the model has no holder '安全环保部' (by name, short name, code or alias); add it to the model first, or use --create-holders
				FILE row 6, column B (责任部门): the model has no holder '后勤保障科' (by name, short name, code or alias); add it to the model first, or use --create-holders""",
				e.getMessage(Locale.ENGLISH).replace(file.toString(), "FILE"));
		assertEquals("FILE 第 3 行 B 列（责任部门）: 模型中没有责任主体“安全环保部”（按名称、简称、编码和别名查找）；请先在模型中添加，或使用 --create-holders",
				e.problems().get(0).format(Locale.CHINA).replace(file.toString(), "FILE"));
		assertEquals(before, Fixtures.serialise(model));
	}

	@Test
	void lenientModeSkipsTheBadRowsAndListsThem() throws Exception {
		Path file = csv("清单.csv", UNKNOWN_HOLDERS);
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT.withLenient(true));
		assertEquals("[3, 6]", r.skippedRows().stream().map(SheetProblem::row).toList().toString());
		// named as without --lenient: the skipped rows' unknown holders do not make the sheet one of several holders
		assertEquals("""
				LIST RESPONSIBILITY_LIST "清单" @应急管理局
				  Responsibility | code=1 | title=组织开展安全生产大检查 | text=组织开展安全生产大检查。
				  Responsibility | code=3 | title=组织应急演练 | text=组织应急演练。
				  Responsibility | code=4 | title=组织应急演练 | text=组织应急演练。""", Describe.lists(model.getDutyLists()));
	}

	@Test
	void sameAsAboveInTheFirstRowIsAnError() throws Exception {
		Path file = csv("a.csv", "序号,事项名称,事项内容\n1,同上,检查。\n");
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportException e = assertThrows(SheetImportException.class, () -> new SheetImporter().importFile(file,
				model, SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局"))));
		assertEquals("FILE row 2, column B (事项名称): '同上' (same as above) but there is no duty row above",
				e.problems().get(0).format(Locale.ENGLISH).replace(file.toString(), "FILE"));
	}

	@Test
	void createHoldersMakesDepartmentsUnderTheCommitteeOrPostsOfTheHolder() throws Exception {
		Path file = csv("清单.csv", UNKNOWN_HOLDERS);
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT.withCreateHolders(true));
		assertEquals("[安全环保部, 后勤保障科]", r.parties().stream().map(p -> p.getName()).toList().toString());
		assertTrue(r.parties().get(0) instanceof Department);
		assertEquals("绿建区安全生产委员会", ((org.zeren.model.Party) r.parties().get(0).eContainer()).getName());
		assertEquals(3, model.getDutyLists().size());

		ResponsibilityModel other = Fixtures.organisation();
		Path posts = csv("岗位.csv", "序号,岗位,安全职责\n1,电工,持证上岗，每日检查临时用电。\n2,董事长,全面负责。\n");
		SheetImportResult p = new SheetImporter().importFile(posts, other, SheetImportOptions.DEFAULT.withCreateHolders(true)
				.withHolder(Fixtures.party(other, "绿建建工集团有限公司")));
		assertTrue(p.parties().get(0) instanceof Post);
		assertEquals("绿建建工集团有限公司", ((org.zeren.model.Party) p.parties().get(0).eContainer()).getName());
		assertEquals("[POST_DUTY_LIST, POST_DUTY_LIST]", other.getDutyLists().stream().map(l -> l.getKind()).toList().toString());
	}

	@Test
	void aPostNameHeldByTwoEnterprisesIsAmbiguousWithoutHolder() throws Exception {
		Path file = csv("岗位.csv", "序号,岗位,安全职责\n1,专职安全员,每日巡查。\n");
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, Fixtures.organisation(), SheetImportOptions.DEFAULT));
		assertEquals("FILE row 2, column B (岗位): holder '专职安全员' is ambiguous: 绿建建工集团有限公司 / 专职安全员、绿建物业有限公司 / 专职安全员; "
				+ "give the unit with --holder", e.problems().get(0).format(Locale.ENGLISH).replace(file.toString(), "FILE"));
	}

	@Test
	void dryRunReportsEverythingButLeavesTheModelUnchanged() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		String before = Fixtures.serialise(model);
		SheetImportResult r = new SheetImporter().importFile(Fixtures.sample("a-responsibility-list-utf8-bom-crlf.csv"), model,
				SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局")).withDryRun(true));
		assertTrue(r.dryRun());
		assertEquals(3, r.duties());
		assertEquals("[安全生产事故隐患排查治理暂行规定, 生产安全事故报告和调查处理条例]",
				r.legalBases().stream().map(b -> b.getTitle()).toList().toString());
		assertNull(r.lists().get(0).eContainer());
		assertEquals(before, Fixtures.serialise(model));
	}

	@Test
	void theSameListIsNotImportedTwice() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportOptions options = SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局"));
		Path file = Fixtures.sample("a-responsibility-list-utf8-bom-crlf.csv");
		new SheetImporter().importFile(file, model, options);
		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(file, model, options));
		assertEquals("FILE row 3: the model already holds the list '绿建区应急管理局安全生产监管责任清单' of 应急管理局; it is not imported twice; to update it from the sheet, use --update",
				e.problems().get(0).format(Locale.ENGLISH).replace(file.toString(), "FILE"));
	}

	@Test
	void mappingFileNamesUnusualHeadingsAndUnmappedColumnsAreKept() throws Exception {
		Path mapping = csv("mapping.txt", "# 科室自定义表头\n工作事项 = content\n牵头科室 = holder\n联系电话 = ignore\n");
		Path file = csv("科室.csv", "编号,牵头科室,工作事项,责任领导,联系电话\n１２,应急\u3000管理局,组织开展“安全生产月”活动。,分管副局长,010-1234\n");
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model,
				SheetImportOptions.DEFAULT.withMapping(ColumnMapping.read(mapping)));
		assertEquals("""
				LIST RESPONSIBILITY_LIST "科室" @应急管理局
				  Responsibility | code=12 | title=组织开展“安全生产月”活动 | text=组织开展“安全生产月”活动。 | [责任领导]=分管副局长""",
				Describe.lists(r.lists()));
		assertEquals(Map.of("工作事项", ColumnRole.CONTENT, "牵头科室", ColumnRole.HOLDER, "联系电话", ColumnRole.IGNORE),
				ColumnMapping.read(mapping).roles());
		Path bad = csv("bad-mapping.txt", "工作事项 -> content\n");
		SheetImportException e = assertThrows(SheetImportException.class, () -> ColumnMapping.read(bad));
		assertTrue(e.getMessage(Locale.ENGLISH).startsWith(bad + " row 1: expected 'heading = role' with a role of code, title,"),
				e.getMessage());
	}

	@Test
	void textKeepsFullWidthAndUnusualSpacesWhileCodesAndNamesAreNormalised() throws Exception {
		String content = "每月１０日前报送\u00A0隐患排查台账（第２季度起）。";
		Path file = csv("n.csv", "序号,责任单位,事项内容\n\u200BＡ－０１,\u3000应急管理局\u00A0,\"" + content + "\"\n");
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = new SheetImporter().importFile(file, model, SheetImportOptions.DEFAULT);
		assertEquals("A-01", r.lists().get(0).getDuties().get(0).getCode());
		assertEquals(content, r.lists().get(0).getDuties().get(0).getText());
		assertEquals("应急管理局", r.lists().get(0).getHolder().getName());
	}

	@Test
	void importingTheSameFileIntoEqualModelsGivesIdenticalFiles() throws Exception {
		ResponsibilityModel a = Fixtures.organisation();
		ResponsibilityModel b = Fixtures.organisation();
		for (ResponsibilityModel m : new ResponsibilityModel[] { a, b }) {
			new SheetImporter().importFile(Fixtures.sample("d-merged-blanks-title-footer.csv"), m, SheetImportOptions.DEFAULT);
		}
		assertEquals(Fixtures.serialise(a), Fixtures.serialise(b));
	}

	@Test
	void aDryRunListsEveryWarningAnImportSumsUpBeyondTwoHundred() throws Exception {
		StringBuilder text = new StringBuilder("序号,事项名称,履职频次\n");
		for (int i = 1; i <= 250; i++) {
			text.append(i).append(",巡查").append(i).append(",每旬\n");
		}
		Path file = csv("旬.csv", text.toString());
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportOptions options = SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局"));
		assertEquals(250, new SheetImporter().importFile(file, model, options.withDryRun(true)).warnings().size());
		SheetImportResult r = new SheetImporter().importFile(file, model, options);
		assertEquals(201, r.warnings().size());
		assertEquals(250, r.warningCount());
		assertEquals("FILE: … 50 more warnings not listed",
				r.warnings().get(200).format(Locale.ENGLISH).replace(file.toString(), "FILE"));
		assertEquals("FILE row 2, column C (履职频次): recurrence '每旬' not recognised; the text is kept as an other column",
				r.warnings().get(0).format(Locale.ENGLISH).replace(file.toString(), "FILE"));
		assertEquals("履职频次=每旬", r.lists().get(0).getDuties().get(0).getOtherColumns().get(0).getHeading() + "="
				+ r.lists().get(0).getDuties().get(0).getOtherColumns().get(0).getValue());
	}
}
