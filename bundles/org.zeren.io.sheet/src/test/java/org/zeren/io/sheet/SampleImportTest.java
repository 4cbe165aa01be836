package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.zeren.core.text.TextEncoding;
import org.zeren.model.ResponsibilityModel;

/** Each realistic sample file imports to exactly the lists a reader of the file would write down. */
class SampleImportTest {

	private final SheetImporter importer = new SheetImporter();

	private SheetImportResult run(ResponsibilityModel model, String sample, SheetImportOptions options) throws Exception {
		return importer.importFile(Fixtures.sample(sample), model, options);
	}

	@Test
	void utf8WithBomAndCrlfResponsibilityListOfOneDepartment() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "a-responsibility-list-utf8-bom-crlf.csv",
				SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局")));
		assertEquals("csv", r.format());
		assertEquals(TextEncoding.UTF_8_WITH_BOM, r.encoding());
		assertEquals("""
				LIST RESPONSIBILITY_LIST "绿建区应急管理局安全生产监管责任清单" @应急管理局
				  Responsibility | code=1 | title=综合监管 | text=负责全区安全生产综合监督管理，指导协调、监督检查区有关部门和各街道履行安全生产监督管理职责。 | refs=中华人民共和国安全生产法(LAW) 10.1 | method=年度考核 | deadlineText=长期 | cases=未按规定履行综合监管职责，造成严重后果的
				  Responsibility | code=2 | title=隐患排查治理 | text=督促生产经营单位建立事故隐患排查治理制度，对重大事故隐患实行挂牌督办。 | refs=中华人民共和国安全生产法(LAW) 41; 安全生产事故隐患排查治理暂行规定(NORMATIVE_DOCUMENT) 20 | method=日常检查、专项督查 | deadline=2017-12-31 | cases=对发现的重大事故隐患未督办整改的
				  Responsibility | code=3 | title=事故调查处理 | text=按照规定组织或者参与生产安全事故调查处理。 | refs=生产安全事故报告和调查处理条例(ADMINISTRATIVE_REGULATION) 19; 生产安全事故报告和调查处理条例(ADMINISTRATIVE_REGULATION) 20 | deadlineText=立即 | remarks=事故发生后1小时内上报""",
				Describe.lists(r.lists()));
		assertEquals(3, r.duties());
		assertEquals(2, r.legalBases().size(), "the Work Safety Law is the model's; the two others are new");
		assertEquals(1, r.reusedBases());
		assertEquals(1, model.getDutyLists().size());
		assertEquals(3, model.getLegalBases().size());
		assertEquals("[]", r.warnings().toString());
	}

	@Test
	void gbkPrimaryResponsibilityListFillsDownTheCategoryOnly() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "b-primary-responsibility-gbk.csv",
				SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "绿建建工集团有限公司")));
		assertEquals(TextEncoding.GB18030, r.encoding());
		assertEquals("""
				LIST PRIMARY_RESPONSIBILITY_LIST "绿建建工集团有限公司安全生产主体责任清单" @绿建建工集团有限公司
				  Obligation | code=1 | title=建立健全并落实全员安全生产责任制，明确各岗位的责任人员、责任范围和考核标准 | text=建立健全并落实全员安全生产责任制，明确各岗位的责任人员、责任范围和考核标准。 | category=安全生产责任制 | refs=中华人民共和国安全生产法(LAW) 22 | recurrence=ANNUAL | evidence=[责任制文件, 考核记录]
				  Obligation | code=2 | title=组织制定并实施本单位安全生产规章制度和操作规程 | text=组织制定并实施本单位安全生产规章制度和操作规程。 | category=安全生产责任制 | refs=中华人民共和国安全生产法(LAW) 21(2) | recurrence=ANNUAL | evidence=[规章制度汇编]
				  Obligation | code=3 | title=保证本单位安全生产投入的有效实施，按规定提取和使用安全生产费用 | text=保证本单位安全生产投入的有效实施，按规定提取和使用安全生产费用。 | category=安全投入 | refs=中华人民共和国安全生产法(LAW) 23 | recurrence=MONTHLY | evidence=[安全费用台账]
				  Obligation | code=4 | title=依法参加工伤保险，为从业人员缴纳保险费 | text=依法参加工伤保险，为从业人员缴纳保险费。 | category=安全投入 | refs=中华人民共和国安全生产法(LAW) 51 | recurrence=ANNUAL
				  Obligation | code=5 | title=对从业人员进行安全生产教育和培训，未经安全生产教育和培训合格的从业人员，不得上岗作业 | text=对从业人员进行安全生产教育和培训，未经安全生产教育和培训合格的从业人员，不得上岗作业。 | category=教育培训 | refs=中华人民共和国安全生产法(LAW) 28 | recurrence=QUARTERLY | evidence=[培训签到表, 考核试卷]""",
				Describe.lists(r.lists()));
		assertEquals(0, r.legalBases().size());
	}

	@Test
	void quotedCellsWithLineBreaksAndDoubledQuotesGiveOneListPerPost() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "c-post-duties-quoted.csv",
				SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "绿建建工集团有限公司")));
		assertEquals(TextEncoding.UTF_8, r.encoding());
		assertEquals("""
				LIST POST_DUTY_LIST "绿建建工集团有限公司岗位安全生产责任清单（董事长）" @董事长
				  Obligation | code=1 | title=对本单位安全生产工作全面负责： | text=对本单位安全生产工作全面负责：⏎（一）建立健全并落实本单位全员安全生产责任制；⏎（二）组织制定并实施本单位安全生产规章制度和操作规程。 | refs=中华人民共和国安全生产法(LAW) 21(1); 中华人民共和国安全生产法(LAW) 21(2)
				  Obligation | code=2 | title=每季度至少主持召开一次安全生产委员会会议，研究解决"重大事故隐患"整改等问题 | text=每季度至少主持召开一次安全生产委员会会议，研究解决"重大事故隐患"整改等问题。 | refs=中华人民共和国安全生产法(LAW) 21
				LIST POST_DUTY_LIST "绿建建工集团有限公司岗位安全生产责任清单（项目经理）" @项目经理
				  Obligation | code=3 | title=落实项目部"一岗双责"，每周组织一次项目安全检查 | text=落实项目部"一岗双责"，每周组织一次项目安全检查。 | remarks=新任项目经理须经"三类人员"考核合格
				LIST POST_DUTY_LIST "绿建建工集团有限公司岗位安全生产责任清单（专职安全员）" @专职安全员
				  Obligation | code=4 | title=每日巡查施工现场，制止和纠正违章指挥、强令冒险作业、违反操作规程的行为 | text=每日巡查施工现场，制止和纠正违章指挥、强令冒险作业、违反操作规程的行为。 | refs=中华人民共和国安全生产法(LAW) 25.1(5)""",
				Describe.lists(r.lists()));
		assertEquals("绿建建工集团有限公司", ((org.zeren.model.Party) r.lists().get(2).getHolder().eContainer()).getName(),
				"专职安全员 is the builder's post, not the property company's");
	}

	@Test
	void mergedBlanksTitleNotesFooterAndSectionRows() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "d-merged-blanks-title-footer.csv", SheetImportOptions.DEFAULT);
		assertEquals("""
				LIST RESPONSIBILITY_LIST "绿建区安全生产委员会成员单位安全生产工作职责清单（应急管理局）" @应急管理局
				  GROUP 一 综合监管
				  Responsibility | code=1 | title=负责安全生产综合监督管理，组织开展安全生产大检查 | text=负责安全生产综合监督管理，组织开展安全生产大检查。 | group=一 综合监管 | refs=中华人民共和国安全生产法(LAW) 10 | deadlineText=2017年12月底前
				  Responsibility | code=2 | title=组织编制区级生产安全事故应急预案并定期组织演练 | text=组织编制区级生产安全事故应急预案并定期组织演练。 | group=一 综合监管 | refs=生产安全事故应急条例(ADMINISTRATIVE_REGULATION) 5 | deadlineText=每年6月
				LIST RESPONSIBILITY_LIST "绿建区安全生产委员会成员单位安全生产工作职责清单（住房和城乡建设局）" @住房和城乡建设局
				  GROUP 二 行业监管
				    GROUP （一） 建设领域
				  Responsibility | code=3 | title=负责房屋建筑和市政基础设施工程施工安全监督管理 | text=负责房屋建筑和市政基础设施工程施工安全监督管理。 | group=（一） 建设领域 | refs=建设工程安全生产管理条例(ADMINISTRATIVE_REGULATION) 40
				  Responsibility | code=4 | title=开展建筑施工领域专项整治，严防高处坠落、坍塌事故 | text=开展建筑施工领域专项整治，严防高处坠落、坍塌事故。 | group=（一） 建设领域 | deadline=2017-06-30
				LIST RESPONSIBILITY_LIST "绿建区安全生产委员会成员单位安全生产工作职责清单（市场监督管理局）" @市场监督管理局
				  GROUP 二 行业监管
				    GROUP （二） 特种设备
				  Responsibility | code=5 | title=负责特种设备安全监督检查，依法查处违法行为 | text=负责特种设备安全监督检查，依法查处违法行为。 | group=（二） 特种设备 | refs=中华人民共和国特种设备安全法(LAW) 57""",
				Describe.lists(r.lists()));
	}

	@Test
	void utf16LittleEndianTabSeparatedWithMeasuresAndSupervisors() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "e-utf16le-tab.txt", SheetImportOptions.DEFAULT);
		assertEquals("tsv", r.format());
		assertEquals(TextEncoding.UTF_16LE_WITH_BOM, r.encoding());
		assertEquals("""
				LIST RESPONSIBILITY_LIST "住房和城乡建设局安全生产责任清单" @住房和城乡建设局
				  Responsibility | code=1 | title=施工安全监督 | text=对在建工程开展安全生产监督检查，每月不少于一次。 | measures=[ADMONITORY_INTERVIEW, CIRCULATED_CRITICISM] | supervisors=[绿建区安全生产委员会]
				  Responsibility | code=2 | title=起重机械使用登记 | text=办理建筑起重机械使用登记，督促落实安装拆卸告知。 | measures=[ADMINISTRATIVE_ACCOUNTABILITY] | supervisors=[应急管理局]
				  Responsibility | code=3 | title=违法行为查处 | text=对建筑施工企业违法行为依法实施行政处罚。 | measures=[CRIMINAL_LIABILITY, ONE_VOTE_VETO] | [问责方式]=追究刑事责任、一票否决""",
				Describe.lists(r.lists()));
	}

	@Test
	void powerListWithSubItemsAndSameAsAbove() throws Exception {
		ResponsibilityModel model = Fixtures.organisation();
		SheetImportResult r = run(model, "f-power-list-subitems.csv", SheetImportOptions.DEFAULT);
		assertEquals("""
				LIST POWER_LIST "绿建区应急管理局安全生产权力清单" @应急管理局
				  GROUP 1 对生产经营单位安全生产违法行为的行政处罚
				  Power/PENALTY | code=1-1 | title=未按规定设置安全生产管理机构或者配备安全生产管理人员的 | group=1 对生产经营单位安全生产违法行为的行政处罚 | category=行政处罚 | refs=中华人民共和国安全生产法(LAW) 97(1) | cases=对应当予以处罚而未予处罚的；违法实施处罚的
				  Power/PENALTY | code=1-2 | title=未按规定对从业人员进行安全生产教育和培训的 | group=1 对生产经营单位安全生产违法行为的行政处罚 | category=行政处罚 | refs=中华人民共和国安全生产法(LAW) 97(3) | cases=对应当予以处罚而未予处罚的；违法实施处罚的
				  Power/PENALTY | code=1-3 | title=未如实记录安全生产教育和培训情况的 | group=1 对生产经营单位安全生产违法行为的行政处罚 | category=行政处罚 | refs=中华人民共和国安全生产法(LAW) 97(3) | cases=对应当予以处罚而未予处罚的；违法实施处罚的
				  Power/LICENSING | code=2 | title=危险化学品经营许可 | category=行政许可 | refs=危险化学品安全管理条例(ADMINISTRATIVE_REGULATION) 33 | cases=对不符合条件的申请准予许可的
				  Power/INSPECTION | code=3 | title=安全生产监督检查 | category=行政检查 | refs=中华人民共和国安全生产法(LAW) 65; 中华人民共和国安全生产法(LAW) 66""",
				Describe.lists(r.lists()));
		assertNull(r.encoding() == TextEncoding.UTF_8_WITH_BOM ? null : r.encoding());
	}
}
