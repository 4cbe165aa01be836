package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.ResponsibilityModel;

/** {@link SheetImportOptions#update()}: export, edit, import back into the same model. */
class UpdateListTest {

	@TempDir
	Path dir;

	private Path csv(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static final String FIRST = """
			应急管理局权力清单
			序号,责任主体,事项名称,事项内容,法律依据,备注
			1,应急管理局,安全生产行政检查,进入生产经营单位进行检查。,《安全生产法》第六十五条,
			2,应急管理局,安全生产行政处罚,依法作出行政处罚决定。,《安全生产法》第六十五条,
			3,应急管理局,查封扣押,查封扣押不符合标准的设施。,,
			""";

	/** Row 1 as it was, row 2 edited (content, legal basis), row 3 gone, a new row, and row 1's title found by title. */
	private static final String EDITED = """
			应急管理局权力清单
			序号,责任主体,事项名称,事项内容,法律依据,备注
			1,应急管理局,安全生产行政检查,进入生产经营单位进行检查。,《安全生产法》第六十五条,
			2,应急管理局,安全生产行政处罚,对违法行为依法作出行政处罚决定。,《安全生产法》第六十六条,改过
			4,应急管理局,责令暂停作业,责令暂时停产停业。,,
			""";

	private static String id(Duty d) {
		return ((XMLResource) d.eResource()).getID(d);
	}

	@Test
	void aListIsUpdatedInPlaceAddedToAndMissingDutiesAreKeptUnlessAsked() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", FIRST), model, SheetImportOptions.DEFAULT);
		DutyList list = model.getDutyLists().get(0);
		Duty inspection = list.getDuties().get(0);
		Duty penalty = list.getDuties().get(1);
		Duty seizure = list.getDuties().get(2);
		penalty.setDelegatedFrom(inspection); // something the sheet cannot say
		penalty.setAccountabilityCases("违法实施处罚的");
		String penaltyId = id(penalty);
		Path edited = csv("改.csv", EDITED);

		SheetImportException e = assertThrows(SheetImportException.class,
				() -> new SheetImporter().importFile(edited, model, SheetImportOptions.DEFAULT));
		assertEquals("FILE row 3, column B (责任主体): the model already holds the list '应急管理局权力清单' of 应急管理局; it is not "
				+ "imported twice; to update it from the sheet, use --update",
				e.problems().get(0).format(Locale.ENGLISH).replace(edited.toString(), "FILE"));

		String before = Fixtures.serialise(model);
		SheetImportResult dry = new SheetImporter().importFile(edited, model,
				SheetImportOptions.DEFAULT.withUpdate(true).withDryRun(true));
		assertEquals(before, Fixtures.serialise(model));
		assertEquals(List.of(), dry.lists());
		ListUpdate u = dry.updates().get(0);
		assertSame(list, u.list());
		assertEquals("2 安全生产行政处罚 [事项内容, 法律依据, 备注]", u.changed().stream()
				.map(c -> c.duty().getCode() + " " + c.duty().getTitle() + " " + c.headings()).collect(Collectors.joining("; ")));
		assertEquals(1, u.unchanged());
		assertEquals("4 责令暂停作业", u.added().stream().map(d -> d.getCode() + " " + d.getTitle()).collect(Collectors.joining("; ")));
		assertEquals(List.of(seizure), u.missing());

		SheetImportResult r = new SheetImporter().importFile(edited, model, SheetImportOptions.DEFAULT.withUpdate(true));
		assertEquals(1, model.getDutyLists().size());
		assertEquals("1 2 3 4", list.getDuties().stream().map(Duty::getCode).collect(Collectors.joining(" ")));
		assertSame(penalty, list.getDuties().get(1));
		assertEquals(penaltyId, id(penalty));
		assertEquals("对违法行为依法作出行政处罚决定。", penalty.getText());
		assertEquals("改过", penalty.getDescription());
		assertEquals(Integer.valueOf(66), penalty.getLegalReferences().get(0).getArticle());
		assertSame(inspection, penalty.getDelegatedFrom());
		assertEquals("违法实施处罚的", penalty.getAccountabilityCases()); // no 追责情形 column: left as it was
		assertTrue(r.updates().get(0).missing().contains(seizure));
		assertEquals(1, model.getLegalBases().size());

		// the same sheet again changes nothing; asked to, it removes the duty the sheet no longer has
		SheetImportResult again = new SheetImporter().importFile(edited, model,
				SheetImportOptions.DEFAULT.withUpdate(true).withRemoveMissing(true));
		assertEquals(List.of(), again.updates().get(0).changed());
		assertEquals(3, again.updates().get(0).unchanged());
		assertEquals(List.of(), again.updates().get(0).added());
		assertEquals("1 2 4", list.getDuties().stream().map(Duty::getCode).collect(Collectors.joining(" ")));
		assertNull(seizure.eContainer());
	}

	/**
	 * The export writes a basis with a code as 《code title》: imported back with --update it is the same basis, the
	 * references stay on it and the duty is unchanged (it used to create a basis 《国家安全生产监督管理总局令第3号
	 * 生产经营单位安全培训规定》 and move the references onto it while reporting no change). The code alone and the title
	 * alone also find the basis.
	 */
	@Test
	void anExportedListWithACodedBasisImportsBackUnchanged() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				1,应急管理局,安全培训检查,检查生产经营单位的安全培训。,《生产经营单位安全培训规定》第三条,
				2,应急管理局,安全培训处罚,依法处罚。,《生产经营单位安全培训规定》第四条,
				3,应急管理局,培训档案检查,检查培训档案。,《生产经营单位安全培训规定》第五条,
				"""), model, SheetImportOptions.DEFAULT);
		assertEquals(2, model.getLegalBases().size()); // the fixture's 安全生产法 and the one imported
		LegalBasis basis = model.getLegalBases().get(1);
		assertEquals("生产经营单位安全培训规定", basis.getTitle());
		List<LegalBasis> bases = List.copyOf(model.getLegalBases());
		basis.setCode("国家安全生产监督管理总局令第3号");
		basis.setKind(LegalBasisKind.DEPARTMENTAL_RULE);
		DutyList list = model.getDutyLists().get(0);
		Path exported = dir.resolve("导出.csv");
		new SheetExporter().exportCsv(list, exported, StandardCharsets.UTF_8);
		assertTrue(Files.readString(exported, StandardCharsets.UTF_8)
				.contains("《国家安全生产监督管理总局令第3号 生产经营单位安全培训规定》第三条"));

		String before = Fixtures.serialise(model);
		SheetImportResult r = new SheetImporter().importFile(exported, model, SheetImportOptions.DEFAULT.withUpdate(true));
		assertEquals(List.of(), r.legalBases());
		assertEquals(List.of(), r.updates().get(0).changed());
		assertEquals(3, r.updates().get(0).unchanged());
		assertEquals(bases, model.getLegalBases());
		assertEquals(before, Fixtures.serialise(model));

		// the code alone, and the title alone, also name the basis
		SheetImportResult alone = new SheetImporter().importFile(csv("改.csv", """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				1,应急管理局,安全培训检查,检查生产经营单位的安全培训。,《国家安全生产监督管理总局令第3号》第三条,
				2,应急管理局,安全培训处罚,依法处罚。,《生产经营单位安全培训规定》第四条,
				3,应急管理局,培训档案检查,检查培训档案。,国家安全生产监督管理总局令第3号第五条,
				"""), model, SheetImportOptions.DEFAULT.withUpdate(true));
		assertEquals(List.of(), alone.legalBases());
		assertEquals(3, alone.updates().get(0).unchanged());
		assertEquals(before, Fixtures.serialise(model));
	}

	/** A row citing another basis under the same printed text re-points the references: that is a change. */
	@Test
	void referencesMovedToAnotherBasisCountAsAChange() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				1,应急管理局,安全培训检查,检查生产经营单位的安全培训。,《生产经营单位安全培训规定》第三条,
				"""), model, SheetImportOptions.DEFAULT);
		LegalBasis basis = model.getLegalBases().get(1);
		basis.setTitle("国家安全生产监督管理总局令第3号 生产经营单位安全培训规定");
		// a second basis whose code and title print the same: only the first is what the duty cites
		LegalBasis other = org.zeren.model.ZerenFactory.eINSTANCE.createLegalBasis();
		other.setTitle("生产经营单位安全培训规定");
		other.setCode("国家安全生产监督管理总局令第3号");
		Duty duty = model.getDutyLists().get(0).getDuties().get(0);
		assertEquals("《国家安全生产监督管理总局令第3号 生产经营单位安全培训规定》第三条", ExportTable.legal(duty));
		Duty row = org.zeren.model.ZerenFactory.eINSTANCE.createPower();
		org.zeren.model.LegalReference ref = org.zeren.model.ZerenFactory.eINSTANCE.createLegalReference();
		ref.setBasis(other);
		ref.setArticle(3);
		row.getLegalReferences().add(ref);
		assertEquals(ExportTable.legal(duty), ExportTable.legal(row));
		assertEquals(List.of("法律依据"), ListUpdates.changes(duty, row, java.util.Set.of(ColumnRole.LEGAL_BASIS), java.util.Set.of()));
	}

	/**
	 * --lenient with --remove-missing: a row skipped for an error (its holder is unknown) stands for its duty, which
	 * is therefore not missing and not deleted; a duty no row names is still removed.
	 */
	@Test
	void aRowSkippedInLenientModeKeepsItsDutyUnderRemoveMissing() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", FIRST), model, SheetImportOptions.DEFAULT);
		DutyList list = model.getDutyLists().get(0);
		Duty penalty = list.getDuties().get(1);
		SheetImportResult r = new SheetImporter().importFile(csv("改.csv", """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				1,应急管理局,安全生产行政检查,进入生产经营单位进行检查。,《安全生产法》第六十五条,
				2,应急管里局,安全生产行政处罚,依法作出行政处罚决定。,《安全生产法》第六十五条,
				"""), model, SheetImportOptions.DEFAULT.withUpdate(true).withRemoveMissing(true).withLenient(true));
		assertEquals(1, r.skippedRows().size());
		assertEquals(4, r.skippedRows().get(0).row());
		assertEquals("3 查封扣押", r.updates().get(0).missing().stream().map(d -> d.getCode() + " " + d.getTitle())
				.collect(Collectors.joining("; ")));
		assertEquals("1 2", list.getDuties().stream().map(Duty::getCode).collect(Collectors.joining(" ")));
		assertSame(penalty, list.getDuties().get(1));
		assertTrue(r.warnings().stream().anyMatch(w -> w.format(Locale.ENGLISH).contains(
				"the duty 2 “安全生产行政处罚” of the list '应急管理局权力清单' may be a row skipped for an error; it is not counted "
						+ "as missing and is kept as it is")), () -> r.warnings().toString());
	}

	/**
	 * Under --update, a code on more rows than the list has duties with it gets a warning naming the rows (the second
	 * row used to be added silently as a duplicate).
	 */
	@Test
	void aCodeOnTwoRowsIsWarnedAboutNamingTheRows() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", FIRST), model, SheetImportOptions.DEFAULT);
		SheetImportResult r = new SheetImporter().importFile(csv("改.csv", """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				1,应急管理局,安全生产行政检查,进入生产经营单位进行检查。,《安全生产法》第六十五条,
				2,应急管理局,安全生产行政处罚,依法作出行政处罚决定。,《安全生产法》第六十五条,
				2,应急管理局,责令暂停作业,责令暂时停产停业。,,
				3,应急管理局,查封扣押,查封扣押不符合标准的设施。,,
				"""), model, SheetImportOptions.DEFAULT.withUpdate(true).withDryRun(true));
		assertEquals("FILE: the code '2' of the list '应急管理局权力清单' is on several rows (row 4, row 5), more than the list has "
				+ "duties with that code (1); the rows beyond are matched by title, else added as new duties",
				r.warnings().stream().map(w -> w.format(Locale.ENGLISH).replace(dir.resolve("改.csv").toString(), "FILE"))
						.collect(Collectors.joining("\n")));
		assertEquals("2 责令暂停作业", r.updates().get(0).added().stream().map(d -> d.getCode() + " " + d.getTitle())
				.collect(Collectors.joining("; ")));
	}

	/** A list whose numbering restarts in each grouping has duties sharing a code: as many rows with it are fine. */
	@Test
	void codesSharedByAsManyDutiesAsRowsAreNotWarnedAbout() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		String grouped = """
				应急管理局权力清单
				序号,责任主体,事项名称,事项内容,法律依据,备注
				一、检查,,,,,
				1,应急管理局,安全生产行政检查,进入生产经营单位进行检查。,,
				二、处罚,,,,,
				1,应急管理局,安全生产行政处罚,依法作出行政处罚决定。,,
				""";
		new SheetImporter().importFile(csv("一.csv", grouped), model, SheetImportOptions.DEFAULT);
		SheetImportResult r = new SheetImporter().importFile(csv("一.csv", grouped), model,
				SheetImportOptions.DEFAULT.withUpdate(true).withDryRun(true));
		assertEquals(List.of(), r.warnings());
		assertEquals(2, r.updates().get(0).unchanged());
	}

	/** --remove-missing names each duty that loses its upstream duty (delegatedFrom) because that one is removed. */
	@Test
	void removingADutyNamesTheDutiesThatLoseItAsUpstreamDuty() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", FIRST), model, SheetImportOptions.DEFAULT);
		DutyList list = model.getDutyLists().get(0);
		Duty penalty = list.getDuties().get(1);
		Duty seizure = list.getDuties().get(2);
		penalty.setDelegatedFrom(seizure);
		Path edited = csv("改.csv", EDITED);
		String warning = "FILE: the duty 2 “安全生产行政处罚” of the list '应急管理局权力清单' loses its upstream duty 3 “查封扣押” "
				+ "(list '应急管理局权力清单', removed)";
		SheetImportResult kept = new SheetImporter().importFile(edited, model,
				SheetImportOptions.DEFAULT.withUpdate(true).withDryRun(true));
		assertTrue(kept.warnings().isEmpty(), () -> kept.warnings().toString()); // not removed: no link lost
		SheetImportResult r = new SheetImporter().importFile(edited, model,
				SheetImportOptions.DEFAULT.withUpdate(true).withRemoveMissing(true));
		assertEquals(warning, r.warnings().stream().map(w -> w.format(Locale.ENGLISH).replace(edited.toString(), "FILE"))
				.collect(Collectors.joining("\n")));
		assertNull(penalty.getDelegatedFrom());
		assertNull(seizure.eContainer());
	}

	/** The same list on two sheets of a workbook: each code is on two rows, and the warning names sheet and row. */
	@Test
	void theSameListOnTwoSheetsIsWarnedAboutNamingSheetsAndRows() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		new SheetImporter().importFile(csv("一.csv", FIRST), model, SheetImportOptions.DEFAULT);
		DutyList list = model.getDutyLists().get(0);
		Path xlsx = dir.resolve("两张.xlsx");
		new SheetExporter().exportXlsx(List.of(list, list), xlsx);
		SheetImportResult r = new SheetImporter().importFile(xlsx, model,
				SheetImportOptions.DEFAULT.withUpdate(true).withDryRun(true));
		assertEquals(2, r.sheets().size());
		List<String> warnings = r.warnings().stream().map(w -> w.format(Locale.ENGLISH)).toList();
		assertEquals(3, warnings.size(), warnings::toString);
		String first = "sheet '" + r.sheets().get(0) + "' row ";
		String second = "sheet '" + r.sheets().get(1) + "' row ";
		assertTrue(warnings.get(0).contains("the code '1' of the list '应急管理局权力清单' is on several rows (" + first),
				warnings::toString);
		assertTrue(warnings.get(0).contains(", " + second), warnings::toString);
		assertEquals(3, r.updates().get(0).unchanged());
	}
}
