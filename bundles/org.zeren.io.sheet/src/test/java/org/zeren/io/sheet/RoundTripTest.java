package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.ColumnValue;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.Power;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;

/** Export then import gives back equal lists: every feature a spreadsheet carries, in .xlsx and in .csv. */
class RoundTripTest {

	private static final Fixtures.Maker M = new Fixtures.Maker();

	@TempDir
	Path dir;

	/** Three lists using every exported feature: groups and subgroups, all typed columns, other columns, formulas. */
	static ResponsibilityModel richModel() {
		ResponsibilityModel model = Fixtures.organisation();
		LegalBasis law = model.getLegalBases().get(0);
		LegalBasis regulation = M.basis(model, "危险化学品安全管理条例", LegalBasisKind.ADMINISTRATIVE_REGULATION, null);
		LegalBasis standard = M.basis(model, "企业安全生产标准化基本规范", LegalBasisKind.NATIONAL_STANDARD, "GB/T 33000-2016");

		DutyList power = M.list(model, "绿建区应急管理局安全生产权力清单", DutyListKind.POWER_LIST, Fixtures.party(model, "应急管理局"));
		DutyGroup penalties = M.group(power.getGroups(), "一", "行政处罚");
		DutyGroup item = M.group(penalties.getSubgroups(), "1", "对生产经营单位安全生产违法行为的行政处罚");
		Power p1 = M.power(power, "1-1", "未按规定设置安全生产管理机构或者配备安全生产管理人员的", PowerKind.PENALTY);
		p1.setGroup(item);
		p1.setCategory("行政处罚");
		M.ref(p1, law, 97, null, 1, null);
		p1.setAccountabilityCases("对应当予以处罚而未予处罚的；\n违法实施处罚的");
		p1.getAccountabilityMeasures().addAll(List.of(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY,
				AccountabilityMeasure.CIRCULATED_CRITICISM));
		p1.setSupervisionMethod("案卷评查");
		p1.getRequiredEvidence().addAll(List.of("行政处罚决定书", "送达回证"));
		Power p2 = M.power(power, "1-2", "未如实记录安全生产教育和培训情况的", PowerKind.PENALTY);
		p2.setGroup(item);
		p2.setCategory("行政处罚"); // a blank category cell would read as the one above (fill-down)
		p2.setText("=HYPERLINK(\"http://example.invalid\",\"点击\")");
		M.ref(p2, law, 97, 1, 3, "（2021修正）");
		M.other(p2, "考核分值", "-5");
		M.other(p2, "联系电话", "+86 010-12345678");
		DutyGroup licences = M.group(power.getGroups(), "二", "行政许可");
		Power p3 = M.power(power, "2", "危险化学品经营许可", PowerKind.LICENSING);
		p3.setGroup(licences);
		p3.setCategory("行政许可");
		M.ref(p3, regulation, 33, null, null, null);
		M.ref(p3, regulation, 35, 2, null, null);
		p3.setDeadline(LocalDate.of(2017, 12, 31));
		p3.setDescription("@各街道 配合");
		p3.getSupervisingParties().add(Fixtures.party(model, "绿建区安全生产委员会"));
		p3.setWorkArea(model.getWorkAreas().get(0));

		DutyList resp = M.list(model, "住房和城乡建设局安全生产责任清单", DutyListKind.RESPONSIBILITY_LIST,
				Fixtures.party(model, "住房和城乡建设局"));
		Duty r1 = M.duty(resp, "Z-01", "施工安全监督", Fixtures.F.createResponsibility());
		r1.setText("对在建工程开展安全生产监督检查，\n每月不少于一次。");
		r1.setRecurrence(Recurrence.MONTHLY);
		r1.setDeadlineText("长期");
		M.ref(r1, law, null, null, null, null);
		M.ref(r1, standard, 5, null, null, null);
		Duty r2 = M.duty(resp, null, "违法行为查处", Fixtures.F.createResponsibility());
		r2.setCategory("-执法");
		r2.setRecurrence(Recurrence.AS_NEEDED);

		Party safetyOfficer = Fixtures.party(model, "绿建建工集团有限公司").eContents().stream().map(Post.class::cast)
				.filter(p -> p.getName().equals("专职安全员")).findFirst().orElseThrow();
		DutyList post = M.list(model, "专职安全员岗位安全生产责任清单", DutyListKind.POST_DUTY_LIST, safetyOfficer);
		Duty o1 = M.duty(post, "1", "每日巡查施工现场", Fixtures.F.createObligation());
		o1.setText("每日巡查施工现场，制止和纠正违章指挥、强令冒险作业、违反操作规程的行为。");
		o1.setRecurrence(Recurrence.DAILY);
		M.ref(o1, law, 25, 1, 5, null);
		M.other(o1, "责任领导", "项目经理");
		return model;
	}

	private void assertSameLists(List<DutyList> expected, List<DutyList> actual) {
		assertEquals(Describe.lists(expected), Describe.lists(actual));
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(new EcoreUtil.EqualityHelper().equals(expected.get(i), actual.get(i)),
					"list " + expected.get(i).getName() + " differs structurally");
		}
	}

	@Test
	void xlsxRoundTripGivesEqualLists() throws Exception {
		ResponsibilityModel original = richModel();
		Path file = dir.resolve("清单.xlsx");
		new SheetExporter().exportXlsx(original.getDutyLists(), file);
		ResponsibilityModel copy = Fixtures.organisation();
		// no --holder: the post is written with its unit (绿建建工集团有限公司 / 专职安全员), which tells it from the
		// property company's 专职安全员
		SheetImportResult r = new SheetImporter().importFile(file, copy, SheetImportOptions.DEFAULT);
		assertEquals("[应急局权力清单, 住建局责任清单, 专职安全员岗位责任清单]", r.sheets().toString());
		assertEquals("[]", r.warnings().toString());
		assertSameLists(original.getDutyLists(), copy.getDutyLists());
		assertEquals(original.getLegalBases().size(), copy.getLegalBases().size());
	}

	@Test
	void csvRoundTripInUtf8WithBomAndInGb18030GivesEqualLists() throws Exception {
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
			ResponsibilityModel original = richModel();
			ResponsibilityModel copy = Fixtures.organisation();
			int n = 0;
			for (DutyList list : original.getDutyLists()) {
				Path file = dir.resolve(charset.name() + "-" + (++n) + ".csv");
				new SheetExporter().exportCsv(list, file, charset);
				new SheetImporter().importFile(file, copy,
						SheetImportOptions.DEFAULT.withHolder(Fixtures.party(copy, "绿建建工集团有限公司")));
			}
			assertSameLists(original.getDutyLists(), copy.getDutyLists());
		}
	}

	@Test
	void otherColumnsKeepTheirHeadingsAndValues() throws Exception {
		ResponsibilityModel original = richModel();
		Path file = dir.resolve("p.csv");
		new SheetExporter().exportCsv(original.getDutyLists().get(0), file, StandardCharsets.UTF_8);
		ResponsibilityModel copy = Fixtures.organisation();
		new SheetImporter().importFile(file, copy, SheetImportOptions.DEFAULT);
		List<ColumnValue> kept = copy.getDutyLists().get(0).getDuties().get(1).getOtherColumns();
		assertEquals("考核分值=-5, 联系电话=+86 010-12345678",
				String.join(", ", kept.stream().map(c -> c.getHeading() + "=" + c.getValue()).toList()));
		LegalReference ref = copy.getDutyLists().get(0).getDuties().get(1).getLegalReferences().get(0);
		assertEquals("97/1/3 （2021修正）", ref.getArticle() + "/" + ref.getParagraph() + "/" + ref.getItem() + " " + ref.getNote());
	}
}
