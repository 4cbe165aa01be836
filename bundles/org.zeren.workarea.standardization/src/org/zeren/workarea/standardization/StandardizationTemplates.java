package org.zeren.workarea.standardization;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Party;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.StandardizationLevel;
import org.zeren.model.ZerenPackage;

/**
 * The duty templates of the standardization work area. Department duties implement the committee
 * anchor {@code RS-C-01} (responsibility-system work area).
 */
final class StandardizationTemplates {

	private StandardizationTemplates() {
	}

	static final String SAFETY_LAW = "中华人民共和国安全生产法";

	/** Title of GB/T 33000-2016 as cited (LegalBasis.title). */
	static final String STANDARD_TITLE = "企业安全生产标准化基本规范";

	/** Code of the standard in force since 2017-04-01. */
	static final String STANDARD_CODE = "GB/T 33000-2016";

	static final LegalCitation STANDARD = LegalCitation.document(STANDARD_TITLE, LegalBasisKind.NATIONAL_STANDARD,
			STANDARD_CODE);

	private static final LegalCitation GRADING_MEASURES = LegalCitation.document("企业安全生产标准化建设定级办法",
			LegalBasisKind.NORMATIVE_DOCUMENT, "应急〔2021〕83号");

	private static final LegalCitation PLAN_2017 = LegalCitation.document("绿建区2017年安全生产工作要点", LegalBasisKind.PLAN,
			null);

	private static LegalCitation law(int article) {
		return LegalCitation.law(SAFETY_LAW, article);
	}

	private static LegalCitation law(int article, int paragraph, int item) {
		return new LegalCitation(SAFETY_LAW, LegalBasisKind.LAW, null, article, paragraph, item);
	}

	static boolean isSupervisoryDepartment(Party p) {
		return p instanceof Department d && d.isSupervisory();
	}

	/** @return whether the party is an entity whose scale is known to be small or micro (小微企业) */
	static boolean isSmallOrMicro(Party p) {
		return p instanceof Enterprise e && e.isSetScale()
				&& (e.getScale() == EnterpriseScale.SMALL || e.getScale() == EnterpriseScale.MICRO);
	}

	/** @return whether the party is an entity holding a standardization grade */
	static boolean isGraded(Party p) {
		return p instanceof Enterprise e && e.getStandardizationLevel() != StandardizationLevel.NONE;
	}

	static final List<DutyTemplate> ALL = List.of(
			DutyTemplate.builder("ST-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", StandardizationTemplates::isSupervisoryDepartment)
					.title("推进本行业领域企业安全生产标准化创建和提档升级")
					.text("宣传贯彻GB/T 33000-2016《企业安全生产标准化基本规范》，开展安全生产标准化提档升级工程，"
							+ "促进企业安全管理、设施设备、作业环境、操作过程标准化，大力推进小微企业标准化创建工作。")
					.cites(STANDARD).cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.evidence("标准化创建工作方案").evidence("企业达标情况台账")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第7项; GB/T 33000-2016 企业安全生产标准化基本规范")
					.build(),
			DutyTemplate.builder("ST-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", StandardizationTemplates::isSupervisoryDepartment)
					.title("组织企业安全生产标准化评审（定级）、复审和运行质量抽查")
					.text("按照定级办法组织或者参与企业安全生产标准化定级评审，完善企业安全生产标准化复审制度，"
							+ "开展企业标准化运行质量抽查（审计），督促企业提升标准化运行质量；对不再具备相应等级条件的企业依规处理。")
					.cites(GRADING_MEASURES).cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.evidence("评审（定级）记录").evidence("运行质量抽查记录")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第7项（复审制度、运行质量审计）; 《企业安全生产标准化建设定级办法》(应急〔2021〕83号)")
					.build(),
			DutyTemplate.builder("ST-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("按照GB/T 33000-2016加强安全生产标准化建设")
					.text("建立并保持安全生产标准化管理体系（目标职责、制度化管理、教育培训、现场管理、安全风险管控及隐患排查治理、"
							+ "应急管理、事故管理、持续改进），实现安全管理、设施设备、作业环境、操作过程标准化。")
					.cites(law(4)).cites(STANDARD)
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("ST-D-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第四条; GB/T 33000-2016 第5章 核心要求; 绿建区2017年安全生产工作要点 第7项")
					.build(),
			DutyTemplate.builder("ST-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("小型、微型企业（规模已确定）", StandardizationTemplates::isSmallOrMicro)
					.title("开展小微企业安全生产标准化创建")
					.text("结合本单位实际，按照适用于小微企业的安全生产标准化创建方式开展创建，达到相应要求。")
					.cites(PLAN_2017).cites(STANDARD)
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("ST-D-01")
					.source("绿建区2017年安全生产工作要点 第7项（大力推进小微企业标准化创建工作）")
					.build(),
			DutyTemplate.builder("ST-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("已取得安全生产标准化等级的生产经营单位", StandardizationTemplates::isGraded)
					.title("每年开展安全生产标准化自评，保持标准化等级")
					.text("每年至少一次对安全生产标准化管理体系的运行情况进行自评，验证各项安全生产制度措施的适宜性、充分性和有效性；"
							+ "接受运行质量抽查，等级有效期届满前按规定申请复评（复审）。")
					.cites(STANDARD).cites(GRADING_MEASURES)
					.recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.CIRCULATED_CRITICISM)
					.evidence("安全生产标准化自评报告")
					.upstream("ST-D-02")
					.source("GB/T 33000-2016 第5.8.1条 绩效评定; 《企业安全生产标准化建设定级办法》(应急〔2021〕83号); "
							+ "绿建区2017年安全生产工作要点 第7项")
					.build(),
			DutyTemplate.builder("ST-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位", p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER))
					.title("主要负责人组织加强本单位安全生产标准化建设")
					.text("建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设。")
					.cites(law(21, 1, 1))
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("ST-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十一条第（一）项; 绿建区2017年安全生产工作要点 第7项")
					.build(),
			DutyTemplate.builder("ST-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的安全生产管理人员岗位", p -> Parties.isEnterprisePost(p, PostKind.SAFETY_MANAGER))
					.title("组织安全生产标准化管理体系的日常运行和自评，督促落实整改措施")
					.text("组织标准化管理体系的日常运行和年度自评，对自评和运行质量抽查发现的问题督促落实本单位安全生产整改措施。")
					.cites(STANDARD).cites(law(25, 1, 7))
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("ST-E-01")
					.source("GB/T 33000-2016 第5.8条 持续改进; 《中华人民共和国安全生产法》(2021修正) 第二十五条第（七）项")
					.build());
}
