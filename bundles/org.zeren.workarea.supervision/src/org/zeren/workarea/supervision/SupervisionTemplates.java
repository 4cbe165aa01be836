package org.zeren.workarea.supervision;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Party;
import org.zeren.model.PostKind;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * The duty templates of the supervision-and-inspection work area. Department duties implement
 * the committee anchor {@code RS-C-01} (responsibility-system work area); the department's
 * powers ({@code SI-D-04}..{@code SI-D-06}, its power list) implement its own inspection duty
 * {@code SI-D-02}.
 */
final class SupervisionTemplates {

	private SupervisionTemplates() {
	}

	static final String SAFETY_LAW = "中华人民共和国安全生产法";

	private static final LegalCitation JIANGSU_REGULATION = LegalCitation.document("江苏省安全生产条例",
			LegalBasisKind.LOCAL_REGULATION, null);

	private static LegalCitation law(int article) {
		return LegalCitation.law(SAFETY_LAW, article);
	}

	private static LegalCitation law(int article, Integer paragraph, Integer item) {
		return new LegalCitation(SAFETY_LAW, LegalBasisKind.LAW, null, article, paragraph, item);
	}

	/**
	 * A power of 《中华人民共和国安全生产法》(2021修正) 第六十五条第一款 as an item of the department's
	 * power list; it implements the department's inspection responsibility {@code SI-D-02}.
	 */
	private static DutyTemplate power(String code, PowerKind kind, int item, String title, String text,
			String evidence) {
		return DutyTemplate.builder(code).dutyClass(ZerenPackage.Literals.POWER).listKind(DutyListKind.POWER_LIST)
				.appliesTo("负有安全生产监督管理职责的部门", SupervisionTemplates::isSupervisoryDepartment)
				.set(ZerenPackage.Literals.POWER__POWER_KIND, kind).title(title).text(text)
				.cites(law(65, 1, item)).recurrence(Recurrence.AS_NEEDED)
				.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY).evidence(evidence)
				.upstream("SI-D-02")
				.source("《中华人民共和国安全生产法》(2021修正) 第六十五条第一款第（" + "一二三四".charAt(item - 1) + "）项; "
						+ "绿建区2017年安全生产工作要点 第2项（权力和责任“两张清单”）")
				.build();
	}

	static boolean isSupervisoryDepartment(Party p) {
		return p instanceof Department d && d.isSupervisory();
	}

	static final List<DutyTemplate> ALL = List.of(
			DutyTemplate.builder("SI-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", SupervisionTemplates::isSupervisoryDepartment)
					.title("按照分类分级监督管理的要求制定并实施年度监督检查计划")
					.text("根据职责规定，按照分类分级监督管理的要求，制定安全生产年度监督检查计划，明确检查重点和相关要求，"
							+ "并按照年度监督检查计划进行监督检查，发现事故隐患及时处理。")
					.cites(law(62, 2, null)).cites(JIANGSU_REGULATION)
					.recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("年度监督检查计划").evidence("监督检查记录")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第4项; 《中华人民共和国安全生产法》(2021修正) 第六十二条第二款; 《江苏省安全生产条例》")
					.build(),
			DutyTemplate.builder("SI-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", SupervisionTemplates::isSupervisoryDepartment)
					.title("按照“四不两直”要求开展监督检查，依法处理检查中发现的违法行为和事故隐患")
					.text("采取不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场的方式开展暗查暗访和执法检查；"
							+ "对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正；对检查中发现的事故隐患，责令立即排除；"
							+ "检查的时间、地点、内容、发现的问题及其处理情况作出书面记录，由检查人员和被检查单位的负责人签字。")
					.cites(law(65)).cites(law(68)).cites(law(90))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("现场检查记录").evidence("责令限期整改指令书")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第4项（四不两直、打非治违）; "
							+ "《中华人民共和国安全生产法》(2021修正) 第六十五条、第六十八条、第九十条")
					.build(),
			DutyTemplate.builder("SI-D-03").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", SupervisionTemplates::isSupervisoryDepartment)
					.title("督促企业排查治理事故隐患，对重大事故隐患实行治理督办")
					.text("督促生产经营单位排查治理事故隐患；将重大事故隐患纳入相关信息系统，建立健全重大事故隐患治理督办制度，"
							+ "督促生产经营单位消除重大事故隐患；重大安全隐患及时上报。")
					.cites(law(41)).cites(law(90, 1, 4))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("重大事故隐患治理督办台账")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第4项（督促企业排查治理事故隐患，重大安全隐患及时上报）; "
							+ "《中华人民共和国安全生产法》(2021修正) 第四十一条、第九十条第（四）项")
					.build(),
			// the power list (权力清单) of every supervisory department: the powers of 第六十五条第一款
			power("SI-D-04", PowerKind.INSPECTION, 1, "安全生产行政检查",
					"进入生产经营单位进行检查，调阅有关资料，向有关单位和人员了解情况。", "现场检查记录"),
			power("SI-D-05", PowerKind.PENALTY, 2, "安全生产行政处罚",
					"对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正；对依法应当给予行政处罚的行为，依照法律、行政法规的规定作出行政处罚决定。",
					"行政处罚决定书"),
			power("SI-D-06", PowerKind.ENFORCEMENT, 4, "查封、扣押不符合标准的设施设备器材和违法危险物品",
					"对有根据认为不符合保障安全生产的国家标准或者行业标准的设施、设备、器材以及违法生产、储存、使用、经营、运输的危险物品予以查封或者扣押，"
							+ "对违法生产、储存、使用、经营危险物品的作业场所予以查封，并依法作出处理决定。",
					"查封扣押决定书"),
			DutyTemplate.builder("SI-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("建立健全并落实生产安全事故隐患排查治理制度")
					.text("采取技术、管理措施，及时发现并消除事故隐患；事故隐患排查治理情况应当如实记录，"
							+ "并通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报。")
					.cites(law(41))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("事故隐患排查治理台账")
					.upstream("SI-D-03")
					.source("《中华人民共和国安全生产法》(2021修正) 第四十一条; 绿建区2017年安全生产工作要点 第4项")
					.build(),
			DutyTemplate.builder("SI-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("及时报告重大事故隐患排查治理情况")
					.text("重大事故隐患排查治理情况应当及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告。")
					.cites(law(41))
					.recurrence(Recurrence.AS_NEEDED)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("重大事故隐患报告")
					.upstream("SI-D-03")
					.source("《中华人民共和国安全生产法》(2021修正) 第四十一条; 绿建区2017年安全生产工作要点 第4项（重大安全隐患及时上报）")
					.build(),
			DutyTemplate.builder("SI-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("配合负有安全生产监督管理职责的部门依法实施的监督检查")
					.text("对安全生产监督检查人员依法履行监督检查职责，应当予以配合，不得拒绝、阻挠。")
					.cites(law(66))
					.recurrence(Recurrence.AS_NEEDED)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.upstream("SI-D-02")
					.source("《中华人民共和国安全生产法》(2021修正) 第六十六条; 绿建区2017年安全生产工作要点 第4项")
					.build(),
			DutyTemplate.builder("SI-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的安全生产管理人员岗位", p -> Parties.isEnterprisePost(p, PostKind.SAFETY_MANAGER))
					.title("对本单位安全生产状况进行经常性检查，及时排查事故隐患")
					.text("根据本单位的生产经营特点，对安全生产状况进行经常性检查；对检查中发现的安全问题，应当立即处理；"
							+ "不能处理的，应当及时报告本单位有关负责人。检查及处理情况应当如实记录在案。")
					.cites(law(25, 1, 5)).cites(law(46))
					.recurrence(Recurrence.CONTINUOUS)
					.evidence("安全检查记录")
					.upstream("SI-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十五条第（五）项、第四十六条; 绿建区2017年安全生产工作要点 第4项")
					.build(),
			DutyTemplate.builder("SI-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位", p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER))
					.title("组织建立并落实隐患排查治理双重预防工作机制，及时消除生产安全事故隐患")
					.text("组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查本单位的安全生产工作，及时消除生产安全事故隐患。")
					.cites(law(21, 1, 5))
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("SI-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十一条第（五）项; 绿建区2017年安全生产工作要点 第4项")
					.build());
}
