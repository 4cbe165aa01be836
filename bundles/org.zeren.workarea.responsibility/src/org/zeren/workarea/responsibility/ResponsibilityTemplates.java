package org.zeren.workarea.responsibility;

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
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * The duty templates of the responsibility-system work area. The codes {@code RS-C-01},
 * {@code RS-D-01}, {@code RS-E-01} and {@code RS-P-01} are the chain anchors that other work
 * areas name as upstream codes; they must never change.
 */
final class ResponsibilityTemplates {

	private ResponsibilityTemplates() {
	}

	static final String SAFETY_LAW = "中华人民共和国安全生产法";

	private static final LegalCitation LEADERS_REGULATION = LegalCitation.document("地方党政领导干部安全生产责任制规定",
			LegalBasisKind.NORMATIVE_DOCUMENT, null);

	private static final LegalCitation REFORM_OPINION = LegalCitation.document(
			"中共中央 国务院关于推进安全生产领域改革发展的意见", LegalBasisKind.NORMATIVE_DOCUMENT, "中发〔2016〕32号");

	/**
	 * Industries whose entities must set up a safety management body or employ full-time safety
	 * managers (《中华人民共和国安全生产法》(2021修正) 第二十四条第一款: 矿山、金属冶炼、建筑施工、运输单位和危险物品的
	 * 生产、经营、储存、装卸单位), matched as substrings of {@code Enterprise.industry}.
	 */
	static final List<String> HIGH_RISK_INDUSTRIES = List.of("矿山", "煤矿", "金属冶炼", "建筑施工", "运输", "危险化学品",
			"危险物品", "烟花爆竹", "民用爆炸物品");

	private static LegalCitation law(int article) {
		return LegalCitation.law(SAFETY_LAW, article);
	}

	private static LegalCitation law(int article, int paragraph) {
		return new LegalCitation(SAFETY_LAW, LegalBasisKind.LAW, null, article, paragraph, null);
	}

	static boolean isSupervisoryDepartment(Party p) {
		return p instanceof Department d && d.isSupervisory();
	}

	/** @return whether the entity's industry is one of {@link #HIGH_RISK_INDUSTRIES} */
	static boolean isHighRiskIndustry(Party p) {
		return p instanceof Enterprise e && e.getIndustry() != null
				&& HIGH_RISK_INDUSTRIES.stream().anyMatch(e.getIndustry()::contains);
	}

	static final List<DutyTemplate> ALL = List.of(
			DutyTemplate.builder("RS-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("安全生产委员会", p -> p instanceof Committee)
					.title("统筹协调本辖区安全生产工作，落实党政同责、一岗双责、失职追责")
					.text("加强对本辖区安全生产工作的领导，建立健全安全生产工作协调机制，支持、督促各有关部门依法履行安全生产监督管理职责；"
							+ "落实安全生产“一票否决”制、安全生产约谈制度和行政问责制度。")
					.cites(law(9)).cites(LEADERS_REGULATION).cites(REFORM_OPINION)
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMONITORY_INTERVIEW)
					.accountability(AccountabilityMeasure.ONE_VOTE_VETO)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("安委会会议纪要").evidence("年度安全生产工作部署文件")
					.source("绿建区2017年安全生产工作要点 第1项; 《中华人民共和国安全生产法》(2021修正) 第九条; "
							+ "《地方党政领导干部安全生产责任制规定》(2018); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016)")
					.build(),
			DutyTemplate.builder("RS-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", ResponsibilityTemplates::isSupervisoryDepartment)
					.title("按照“三个必须”依法履行本行业领域安全生产监督管理职责")
					.text("按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的原则，对本行业、领域的安全生产工作实施监督管理，"
							+ "依法独立承担监管责任，日常照单监管，失职照单追责。")
					.cites(law(3)).cites(law(10)).cites(REFORM_OPINION)
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMONITORY_INTERVIEW)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第2项; 《中华人民共和国安全生产法》(2021修正) 第三条、第十条")
					.build(),
			DutyTemplate.builder("RS-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全生产监督管理职责的部门", ResponsibilityTemplates::isSupervisoryDepartment)
					.title("编制并公开本部门安全生产权力清单和责任清单（两张清单）")
					.text("依法编制安全生产权力和责任清单，公开并接受社会监督；做到各负其责，照单履职。")
					.cites(law(17)).cites(REFORM_OPINION)
					.recurrence(Recurrence.AS_NEEDED)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("权力清单").evidence("责任清单").evidence("清单公开记录")
					.upstream("RS-C-01")
					.source("绿建区2017年安全生产工作要点 第2项; 《中华人民共和国安全生产法》(2021修正) 第十七条")
					.build(),
			DutyTemplate.builder("RS-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("落实安全生产主体责任（一必须五到位）")
					.text("必须依法生产经营；安全责任到位，安全投入到位，安全培训到位，安全管理到位，应急救援到位。")
					.cites(law(4)).cites(REFORM_OPINION)
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.upstream("RS-D-01")
					.source("绿建区2017年安全生产工作要点 第3项; 《中华人民共和国安全生产法》(2021修正) 第四条; "
							+ "《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016)（安全责任、管理、投入、培训和应急救援“五到位”）")
					.build(),
			DutyTemplate.builder("RS-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位", p -> p instanceof Enterprise)
					.title("建立健全并落实全员安全生产责任制")
					.text("全员安全生产责任制应当明确各岗位的责任人员、责任范围和考核标准等内容，做到一岗双责、全员有责。")
					.cites(law(22))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("全员安全生产责任制文件")
					.upstream("RS-D-01")
					.source("绿建区2017年安全生产工作要点 第1项、第3项; 《中华人民共和国安全生产法》(2021修正) 第二十二条")
					.build(),
			DutyTemplate.builder("RS-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位（按所属行业判断）",
							ResponsibilityTemplates::isHighRiskIndustry)
					.title("设置安全生产管理机构或者配备专职安全生产管理人员")
					.text("矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位，应当设置安全生产管理机构或者配备专职安全生产管理人员。")
					.cites(law(24, 1))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("安全生产管理机构设置文件或专职安全生产管理人员任命文件")
					.upstream("RS-D-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十四条第一款; 绿建区2017年安全生产工作要点 第3项")
					.build(),
			DutyTemplate.builder("RS-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位", p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER))
					.title("主要负责人对本单位安全生产工作全面负责（安全生产法第五条、第二十一条）")
					.text("作为本单位安全生产第一责任人：（一）建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设；"
							+ "（二）组织制定并实施本单位安全生产规章制度和操作规程；（三）组织制定并实施本单位安全生产教育和培训计划；"
							+ "（四）保证本单位安全生产投入的有效实施；（五）组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，"
							+ "督促、检查本单位的安全生产工作，及时消除生产安全事故隐患；（六）组织制定并实施本单位的生产安全事故应急救援预案；"
							+ "（七）及时、如实报告生产安全事故。")
					.cites(law(5)).cites(law(21)).cites(law(94))
					.recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.accountability(AccountabilityMeasure.CRIMINAL_LIABILITY)
					.upstream("RS-E-01")
					.source("《中华人民共和国安全生产法》(2021修正) 第五条、第二十一条（主要负责人七项职责）、第九十四条（法律责任）; "
							+ "绿建区2017年安全生产工作要点 第3项")
					.build(),
			DutyTemplate.builder("RS-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的安全生产管理人员岗位", p -> Parties.isEnterprisePost(p, PostKind.SAFETY_MANAGER))
					.title("安全生产管理人员履行本单位安全生产管理职责")
					.text("组织或者参与拟订本单位安全生产规章制度、操作规程和生产安全事故应急救援预案；组织或者参与安全生产教育和培训；"
							+ "督促落实重大危险源的安全管理措施；组织或者参与应急救援演练；检查安全生产状况，及时排查生产安全事故隐患；"
							+ "制止和纠正违章指挥、强令冒险作业、违反操作规程的行为；督促落实安全生产整改措施。")
					.cites(law(25))
					.recurrence(Recurrence.CONTINUOUS)
					.upstream("RS-E-02")
					.source("《中华人民共和国安全生产法》(2021修正) 第二十五条; 绿建区2017年安全生产工作要点 第1项（一岗双责）")
					.build());
}
