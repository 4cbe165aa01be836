package org.zeren.workarea.appraisal;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * The duty templates of the appraisal work area. Department duties implement the committee anchor
 * {@code RS-C-01} (responsibility-system work area); the committee's own appraisal duty heads no
 * chain because the applier never links duties of the same party.
 */
final class AppraisalTemplates {

	private AppraisalTemplates() {
	}

	static final String SAFETY_LAW = "中华人民共和国安全生产法";

	private static final LegalCitation LEADERS_REGULATION = LegalCitation.document("地方党政领导干部安全生产责任制规定",
			LegalBasisKind.NORMATIVE_DOCUMENT, null);

	private static final LegalCitation REFORM_OPINION = LegalCitation.document(
			"中共中央 国务院关于推进安全生产领域改革发展的意见", LegalBasisKind.NORMATIVE_DOCUMENT, "中发〔2016〕32号");

	private static final LegalCitation PLAN_2017 = LegalCitation.document("绿建区2017年安全生产工作要点", LegalBasisKind.PLAN,
			null);

	private static LegalCitation law(int article) {
		return LegalCitation.law(SAFETY_LAW, article);
	}

	private static LegalCitation law(int article, int paragraph, int item) {
		return new LegalCitation(SAFETY_LAW, LegalBasisKind.LAW, null, article, paragraph, item);
	}

	/** @return whether the party is a post inside a production and business entity, other than its principal leader */
	static boolean isOtherEnterprisePost(Party p) {
		return p instanceof Post post && post.getKind() != PostKind.PRINCIPAL_LEADER && Parties.enterpriseOf(post) != null;
	}

	static final List<DutyTemplate> ALL = List.of(
			DutyTemplate.builder("AP-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("安全生产委员会", p -> p instanceof Committee)
					.title("完善安全生产责任目标考核指标体系，组织年度考核")
					.text("注重过程考核和结果考核相结合，最大限度发挥考核的导向作用；落实安全生产“一票否决”制；"
							+ "以考核结果为安全生产评先评优提供依据。")
					.cites(LEADERS_REGULATION).cites(REFORM_OPINION).cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ONE_VOTE_VETO)
					.evidence("考核指标体系").evidence("年度考核结果通报")
					.source("绿建区2017年安全生产工作要点 第1项、第10项; 《地方党政领导干部安全生产责任制规定》(2018); "
							+ "《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016)")
					.build(),
			DutyTemplate.builder("AP-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", p -> p instanceof Department d && d.isSupervisory())
					.title("将日常安全监督检查与企业安全生产长效管理考核和年度安全管理工作考核相结合")
					.text("结合日常安全监督检查情况考核所监管的生产经营单位，真实反映企业安全管理水平，为安全生产评先评优提供科学依据。")
					.cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.evidence("企业年度安全管理工作考核结果")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第10项")
					.build(),
			DutyTemplate.builder("AP-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("部门（安全生产委员会成员单位）", p -> p instanceof Department)
					.title("接受安全生产责任目标年度考核，如实报告履职情况")
					.text("按照安全生产责任目标考核指标体系接受过程考核和结果考核；发生一票否决情形的，年度考核实行一票否决。")
					.cites(LEADERS_REGULATION).cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ONE_VOTE_VETO)
					.accountability(AccountabilityMeasure.ADMONITORY_INTERVIEW)
					.evidence("年度履职情况报告")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第1项; 《地方党政领导干部安全生产责任制规定》(2018)")
					.build(),
			DutyTemplate.builder("AP-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("建立全员安全生产责任制落实情况的监督考核机制")
					.text("建立相应的机制，加强对全员安全生产责任制落实情况的监督考核，保证全员安全生产责任制的落实。")
					.cites(law(22))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("全员安全生产责任制考核记录")
					.upstream("AP-D-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十二条; 绿建区2017年安全生产工作要点 第10项")
					.build(),
			DutyTemplate.builder("AP-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("参加安全生产长效管理考核和年度安全管理工作考核")
					.text("如实提供安全管理资料，接受监管部门结合日常监督检查开展的考核。")
					.cites(PLAN_2017)
					.recurrence(Recurrence.ANNUAL)
					.upstream("AP-D-01")
					.source("绿建区2017年安全生产工作要点 第10项")
					.build(),
			DutyTemplate.builder("AP-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位",
							p -> p instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER
									&& Parties.enterpriseOf(post) != null)
					.title("组织考核本单位全员安全生产责任制落实情况")
					.text("建立健全并落实本单位全员安全生产责任制，按照各岗位的考核标准组织考核。")
					.cites(law(21, 1, 1)).cites(law(22))
					.recurrence(Recurrence.ANNUAL)
					.upstream("AP-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十一条第（一）项、第二十二条")
					.build(),
			DutyTemplate.builder("AP-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位中主要负责人以外的岗位（安全生产管理人员、特种作业人员和其他岗位）",
							AppraisalTemplates::isOtherEnterprisePost)
					.title("按照本岗位安全生产责任的考核标准接受考核")
					.text("全员安全生产责任制明确本岗位的责任人员、责任范围和考核标准，按标准接受考核。")
					.cites(law(22))
					.recurrence(Recurrence.ANNUAL)
					.upstream("AP-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十二条")
					.build());
}
