package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren import-list} and {@code zeren export-list}. */
class ListCommandsTest {

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	private static final String LIST = """
			安委会成员单位安全生产职责清单
			序号,责任单位,工作职责,法律依据,完成时限
			一、综合监管,,,,
			1,区安监局,组织开展安全生产大检查。,《安全生产法》第十条,立即
			2,党政办公室,组织学习安全生产法律法规。,《中华人民共和国宪法》,2017年6月30日
			""";

	private Path csv(String text) throws Exception {
		Path file = dir.resolve("清单.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void importListSavesIntoTheModelAndKeepsABackup() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(model);
		Path file = csv(LIST);
		Fixture.Run r = fx.run("import-list", file.toString(), "--into", model.toString());
		assertEquals(0, r.code(), r.err());
		String nl = System.lineSeparator();
		assertEquals("Imported 2 duties in 2 lists from " + file + nl
				+ "Format: csv; encoding: UTF-8" + nl
				+ "  安委会成员单位安全生产职责清单（安全生产监督管理局） [RESPONSIBILITY_LIST] held by 安全生产监督管理局: 1 duties" + nl
				+ "  安委会成员单位安全生产职责清单（党政办公室） [RESPONSIBILITY_LIST] held by 党政办公室: 1 duties" + nl
				+ "New legal bases (2): 安全生产法、中华人民共和国宪法" + nl
				+ "Warnings: 0" + nl
				+ "Saved " + model + nl, r.out());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("org.zeren.bak")));
		ResponsibilityModel saved = fx.store.load(model).model();
		assertEquals(2, saved.getDutyLists().size());
		assertEquals("立即", saved.getDutyLists().get(0).getDuties().get(0).getDeadlineText());
		assertEquals("一", saved.getDutyLists().get(0).getGroups().get(0).getNumber());
	}

	@Test
	void dryRunPrintsEveryDutyAndSavesNothing() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(model);
		Fixture.Run r = fx.run("import-list", csv(LIST).toString(), "--into", model.toString(), "--dry-run");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("    1  组织开展安全生产大检查" + System.lineSeparator()), r.out());
		assertTrue(r.out().endsWith("Dry run: nothing saved." + System.lineSeparator()), r.out());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void rowErrorsExitWithUsageNamingFileRowAndColumnAndTheModelIsUntouched() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		byte[] before = Files.readAllBytes(model);
		Path file = csv(LIST.replace("党政办公室", "后勤科"));
		Fixture.Run r = fx.run("import-list", file.toString(), "--into", model.toString());
		assertEquals(2, r.code());
		assertEquals("", r.out());
		assertEquals("cannot import the list:" + System.lineSeparator() + file + " row 5, column B (责任单位): the model has no "
				+ "holder '后勤科' (by name, short name, code or alias); add it to the model first, or use --create-holders"
				+ System.lineSeparator(), r.err());
		assertArrayEquals(before, Files.readAllBytes(model));
		Fixture.Run lenient = fx.run("import-list", file.toString(), "--into", model.toString(), "--lenient");
		assertEquals(0, lenient.code(), lenient.err());
		assertTrue(lenient.out().contains("Rows skipped (lenient mode): 1"), lenient.out());
	}

	@Test
	void exportThenImportGivesTheSameListsAndCsvTakesOneList() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("import-list", csv(LIST).toString(), "--into", model.toString()).code());
		Path xlsx = dir.resolve("导出.xlsx");
		Fixture.Run export = fx.run("export-list", model.toString(), "-o", xlsx.toString());
		assertEquals(0, export.code(), export.err());
		assertEquals("Wrote " + xlsx + ": 2 lists, 2 duties" + System.lineSeparator(), export.out());

		Path fresh = fx.organisation(dir.resolve("fresh.zeren"));
		Fixture.Run back = fx.run("import-list", xlsx.toString(), "--into", fresh.toString());
		assertEquals(0, back.code(), back.err());
		assertTrue(back.out().startsWith("Imported 2 duties in 2 lists from " + xlsx), back.out());

		Fixture.Run several = fx.run("export-list", model.toString(), "--format", "csv", "-o", dir.resolve("x.csv").toString());
		assertEquals(2, several.code());
		assertTrue(several.err().startsWith("a CSV file holds one list, but 2 are selected: "), several.err());
		Path one = dir.resolve("一份.csv");
		Fixture.Run csv = fx.run("export-list", model.toString(), "-o", one.toString(), "--list", "党政办公室", "--encoding",
				"gb18030");
		assertEquals(0, csv.code(), csv.err());
		String text = new String(Files.readAllBytes(one), "GB18030");
		assertTrue(text.startsWith("安委会成员单位安全生产职责清单（党政办公室）\r\n序号,责任主体,事项名称,事项内容,法律依据,完成时限\r\n一、综合监管\r\n"), text);

		Fixture.Run over = fx.run("export-list", model.toString(), "-o", model.toString());
		assertEquals(2, over.code());
	}

	@Test
	void theOutputGuardSaysWhatTheFileIs() throws Exception {
		Path model = fx.organisation(dir.resolve("模型 一.zeren"));
		Path sheet = dir.resolve("清单 一.csv");
		Files.writeString(sheet, LIST, StandardCharsets.UTF_8);
		Fixture.Run imp = fx.run("import-list", sheet.toString(), "--into", model.toString(), "-o", sheet.toString());
		assertEquals(2, imp.code());
		assertEquals("-o " + sheet + ": this is the spreadsheet being imported; writing the model there would destroy it; "
				+ "choose another output file" + System.lineSeparator(), imp.err());
		Fixture.Run exp = fx.run("export-list", model.toString(), "-o", model.toString());
		assertEquals(2, exp.code());
		assertEquals("-o " + model + ": this is the model being exported; writing the spreadsheet there would destroy it; "
				+ "choose another output file" + System.lineSeparator(), exp.err());
	}

	@Test
	void warningsCountAllOfThemAndTheSumLineNamesNoRow() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		StringBuilder text = new StringBuilder("序号,责任单位,事项名称,履职频次\n");
		for (int i = 1; i <= 205; i++) {
			text.append(i).append(",区安监局,巡查").append(i).append(",每旬\n");
		}
		Path file = csv(text.toString());
		Fixture.Run r = fx.run("import-list", file.toString(), "--into", model.toString());
		assertEquals(0, r.code(), r.err());
		String nl = System.lineSeparator();
		assertTrue(r.out().contains(nl + "Warnings: 205" + nl), r.out());
		assertTrue(r.out().endsWith(nl + "  " + file + ": … 5 more warnings not listed" + nl + "Saved " + model + nl), r.out());
	}

	@Test
	void exportSaysHowManyDutiesOfAPluginNotInstalledItLeavesOut() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Path file = csv(LIST);
		assertEquals(0, fx.run("import-list", file.toString(), "--into", model.toString(), "--kind",
				"PRIMARY_RESPONSIBILITY_LIST").code());
		Fixture.makeFirstObligationUnknown(model);
		Path xlsx = dir.resolve("导出.xlsx");
		Fixture.Run r = fx.run("export-list", model.toString(), "-o", xlsx.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("Wrote " + xlsx + ": 2 lists, 1 duties" + System.lineSeparator(), r.out());
		assertTrue(r.err().endsWith("warning: 1 duties of the list 安委会成员单位安全生产职责清单（安全生产监督管理局） @安全生产监督管理局 are not "
				+ "exported: their type belongs to a plugin that is not installed (" + Fixture.GONE_NS + "#Obligation × 1); "
				+ "they stay in the model; install the plugin to export them" + System.lineSeparator()), r.err());
	}

	@Test
	void anExportedListEditedAndImportedBackWithUpdateChangesItsDutyInPlace() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("import-list", csv(LIST).toString(), "--into", model.toString()).code());
		String id = fx.store.load(model).resource().getID(fx.store.load(model).model().getDutyLists().get(1).getDuties().get(0));
		Path exported = dir.resolve("导出.csv");
		assertEquals(0, fx.run("export-list", model.toString(), "--list", "党政办公室", "-o", exported.toString()).code());
		Path edited = dir.resolve("改过.csv");
		Files.writeString(edited, Files.readString(exported, StandardCharsets.UTF_8).replace("2017-06-30", "2017-09-30"),
				StandardCharsets.UTF_8);

		Fixture.Run refused = fx.run("import-list", edited.toString(), "--into", model.toString());
		assertEquals(2, refused.code());
		assertTrue(refused.err().contains("to update it from the sheet, use --update"), refused.err());

		String nl = System.lineSeparator();
		Fixture.Run dry = fx.run("import-list", edited.toString(), "--into", model.toString(), "--update", "--dry-run");
		assertEquals(0, dry.code(), dry.err());
		assertTrue(dry.out().contains(nl + "  Would update 安委会成员单位安全生产职责清单（党政办公室） [RESPONSIBILITY_LIST] held by 党政办公室: "
				+ "1 changed, 0 unchanged, 0 added, 0 missing" + nl + "    ~ 2  组织学习安全生产法律法规  (完成时限)" + nl), dry.out());

		Fixture.Run r = fx.run("import-list", edited.toString(), "--into", model.toString(), "--update");
		assertEquals(0, r.code(), r.err());
		ResponsibilityModel saved = fx.store.load(model).model();
		assertEquals(2, saved.getDutyLists().size());
		org.zeren.model.Duty duty = saved.getDutyLists().get(1).getDuties().get(0);
		assertEquals("2017-09-30", duty.getDeadline().toString());
		assertEquals(id, fx.store.load(model).resource().getID(fx.store.load(model).model().getDutyLists().get(1).getDuties().get(0)));
	}

	@Test
	void anUpdateWarnsThatDutiesOfAPluginNotInstalledCannotBeMatched() throws Exception {
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("import-list", csv(LIST).toString(), "--into", model.toString(), "--kind",
				"PRIMARY_RESPONSIBILITY_LIST").code());
		Path exported = dir.resolve("导出.csv");
		assertEquals(0, fx.run("export-list", model.toString(), "--list", "安全生产监督管理局", "-o", exported.toString()).code());
		Fixture.makeFirstObligationUnknown(model);
		Fixture.Run r = fx.run("import-list", exported.toString(), "--into", model.toString(), "--update", "--dry-run");
		assertEquals(0, r.code(), r.err());
		String nl = System.lineSeparator();
		assertTrue(r.out().contains(nl + "  Would update 安委会成员单位安全生产职责清单（安全生产监督管理局） [PRIMARY_RESPONSIBILITY_LIST] held by "
				+ "安全生产监督管理局: 0 changed, 0 unchanged, 1 added, 0 missing" + nl + "    + 1  组织开展安全生产大检查" + nl), r.out());
		assertTrue(r.out().contains(nl + "  " + exported + ": the list '安委会成员单位安全生产职责清单（安全生产监督管理局）' holds 1 duties of a "
				+ "plugin that is not installed; rows for them cannot be matched and are added as new duties" + nl), r.out());
	}

	/**
	 * The example's 安全生产监督管理局责任清单 cites 《国家安全生产监督管理总局令第3号 生产经营单位安全培训规定》 (a basis with
	 * code and title): exported and imported back with --update it changes nothing, creates no legal basis and saves a
	 * model whose references still point at the example's bases (it used to create 5 bases and move the references
	 * onto them while saying "0 changed, 15 unchanged").
	 */
	@Test
	void theExamplesListExportedAndImportedBackWithUpdateChangesNothing() throws Exception {
		Path model = dir.resolve("lvjian.zeren");
		Files.copy(Fixture.repositoryFile("examples/lvjian-2017.zeren"), model);
		Path exported = dir.resolve("ajr.csv");
		assertEquals(0, fx.run("export-list", model.toString(), "--format", "csv", "-o", exported.toString(), "--list",
				"安全生产监督管理局责任清单").code());
		assertTrue(Files.readString(exported, StandardCharsets.UTF_8).contains("《国家安全生产监督管理总局令第3号 生产经营单位安全培训规定》"));
		ResponsibilityModel before = fx.store.load(model).model();
		int bases = before.getLegalBases().size();
		Fixture.Run r = fx.run("import-list", exported.toString(), "--into", model.toString(), "--update");
		assertEquals(0, r.code(), r.err());
		String nl = System.lineSeparator();
		assertTrue(r.out().contains(": 0 changed, 15 unchanged, 0 added, 0 missing" + nl), r.out());
		assertTrue(!r.out().contains("New legal bases"), r.out());
		ResponsibilityModel after = fx.store.load(model).model();
		assertEquals(bases, after.getLegalBases().size());
		assertEquals(references(before), references(after));
	}

	/** @return every duty's references as duty id, basis id and article, in model order */
	private String references(ResponsibilityModel m) {
		StringBuilder b = new StringBuilder();
		org.eclipse.emf.ecore.xmi.XMLResource x = (org.eclipse.emf.ecore.xmi.XMLResource) m.eResource();
		for (org.zeren.model.DutyList l : m.getDutyLists()) {
			for (org.zeren.model.Duty d : l.getDuties()) {
				for (org.zeren.model.LegalReference ref : d.getLegalReferences()) {
					b.append(x.getID(d)).append(' ').append(x.getID(ref.getBasis())).append(' ').append(ref.getArticle()).append('\n');
				}
			}
		}
		return b.toString();
	}

	/** Every list of the example, exported into one workbook and imported back with --update, is unchanged. */
	@Test
	void everyListOfTheExampleExportedAndImportedBackWithUpdateIsUnchanged() throws Exception {
		Path model = dir.resolve("lvjian.zeren");
		Files.copy(Fixture.repositoryFile("examples/lvjian-2017.zeren"), model);
		Path exported = dir.resolve("all.xlsx");
		assertEquals(0, fx.run("export-list", model.toString(), "-o", exported.toString()).code());
		Fixture.Run r = fx.run("import-list", exported.toString(), "--into", model.toString(), "--update", "--dry-run");
		assertEquals(0, r.code(), r.err());
		java.util.List<String> updates = r.out().lines().filter(l -> l.contains("Would update")).toList();
		assertTrue(updates.size() > 1, r.out());
		for (String u : updates) {
			assertTrue(u.matches(".*: 0 changed, \\d+ unchanged, 0 added, 0 missing"), r.out());
		}
		assertTrue(!r.out().contains("New legal bases"), r.out());
	}
}
