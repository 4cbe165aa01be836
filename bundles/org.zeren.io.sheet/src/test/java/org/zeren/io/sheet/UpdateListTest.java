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
}
