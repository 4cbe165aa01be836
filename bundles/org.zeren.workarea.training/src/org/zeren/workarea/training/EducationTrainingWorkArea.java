package org.zeren.workarea.training;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * The work area 宣传教育培训 (education and training), plan item 8 of 绿建区2017年安全生产工作要点:
 * three-level safety education of enterprises (三级安全教育), training and certification of principal
 * leaders, safety managers and special operations personnel (持证上岗), and the Safety Month
 * (安全生产月).
 * <p>
 * Templates, by level (codes {@code ET-<level>-<nn>}):
 * <ul>
 * <li>supervisory departments: ET-D-01 supervision of training and certification, ET-D-02 Safety
 * Month and publicity; both implement the committee's RS-C-01;</li>
 * <li>every enterprise: ET-E-01 training of employees and three-level safety education, ET-E-02
 * certification of key personnel (both under ET-D-01), ET-E-03 Safety Month activities (under
 * ET-D-02);</li>
 * <li>posts of an enterprise: ET-P-01 principal leader, ET-P-02 safety manager (under ET-E-01),
 * ET-P-03 special operations personnel (under ET-E-02).</li>
 * </ul>
 * Stateless and immutable: every method may be called from any thread.
 */
@Component(service = WorkAreaContribution.class)
public class EducationTrainingWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models ({@code WorkArea.id}); never changes. */
	public static final String ID = "education-training";

	static final String WORK_SAFETY_LAW = "中华人民共和国安全生产法";
	static final String PLAN_TITLE = "绿建区2017年安全生产工作要点";
	static final LegalCitation TRAINING_RULES = LegalCitation.document("生产经营单位安全培训规定",
			LegalBasisKind.DEPARTMENTAL_RULE, "国家安全生产监督管理总局令第3号");
	static final LegalCitation SPECIAL_OPERATIONS_RULES = LegalCitation.document("特种作业人员安全技术培训考核管理规定",
			LegalBasisKind.DEPARTMENTAL_RULE, "国家安全生产监督管理总局令第30号");
	static final LegalCitation PLAN = LegalCitation.document(PLAN_TITLE, LegalBasisKind.PLAN, null);

	private static final String PLAN_ITEM = PLAN_TITLE + " 第8项";
	private static final String LAW = "《中华人民共和国安全生产法》(2021修正)";
	private static final String TRAINING_RULES_SOURCE = "《生产经营单位安全培训规定》(国家安全生产监督管理总局令第3号)";

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("ET-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全监管职责的部门 / supervisory departments",
							p -> p instanceof Department d && d.isSupervisory())
					.title("监督检查生产经营单位安全生产教育培训和持证上岗情况")
					.text("对监管行业领域内生产经营单位的三级安全教育、主要负责人和安全生产管理人员安全生产知识和管理能力考核、"
							+ "特种作业人员持证上岗情况开展监督检查，确保企业三级教育有人抓、有计划、有措施、有落实、有成效。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 27)).cites(TRAINING_RULES).cites(PLAN)
					.recurrence(Recurrence.ANNUAL).accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("监督检查记录").evidence("培训考核和持证情况抽查台账").upstream("RS-C-01")
					.source(LAW + " 第二十七条; " + TRAINING_RULES_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("ET-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全监管职责的部门 / supervisory departments",
							p -> p instanceof Department d && d.isSupervisory())
					.title("组织开展“安全生产月”等安全生产宣传教育活动")
					.text("结合本行业领域组织开展“安全生产月”等专题活动，宣传安全生产法律法规和新要求、新规定，"
							+ "推进安全生产信息公开，提高宣传工作的针对性和实效性。")
					.cites(LegalCitation.document(WORK_SAFETY_LAW, LegalBasisKind.LAW, null)).cites(PLAN)
					.recurrence(Recurrence.ANNUAL).evidence("活动方案").evidence("活动总结").upstream("RS-C-01")
					.source(LAW + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("ET-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位 / every enterprise", p -> p instanceof Enterprise)
					.title("开展从业人员安全生产教育和培训（三级安全教育）")
					.text("对从业人员进行安全生产教育和培训，新上岗从业人员经厂（矿）、车间（工段、区、队）、班组三级安全教育；"
							+ "未经安全生产教育和培训合格的从业人员，不得上岗作业；建立安全生产教育和培训档案，"
							+ "如实记录教育和培训的时间、内容、参加人员以及考核结果等情况。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 28)).cites(TRAINING_RULES).cites(PLAN)
					.recurrence(Recurrence.ANNUAL).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("安全生产教育和培训档案").evidence("三级安全教育记录").upstream("ET-D-01")
					.source(LAW + " 第二十八条; " + TRAINING_RULES_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("ET-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位 / every enterprise", p -> p instanceof Enterprise)
					.title("主要负责人、安全生产管理人员和特种作业人员依法培训、持证上岗")
					.text("主要负责人和安全生产管理人员具备与本单位所从事的生产经营活动相应的安全生产知识和管理能力，"
							+ "危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位的由主管部门考核合格；"
							+ "特种作业人员经专门的安全作业培训，取得相应资格，方可上岗作业。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 27)).cites(LegalCitation.law(WORK_SAFETY_LAW, 30))
					.cites(SPECIAL_OPERATIONS_RULES).cites(PLAN).recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("安全生产知识和管理能力考核合格证明")
					.evidence("特种作业操作证台账").upstream("ET-D-01")
					.source(LAW + " 第二十七条、第三十条; 《特种作业人员安全技术培训考核管理规定》(国家安全生产监督管理总局令第30号); "
							+ PLAN_ITEM)
					.build(),
			DutyTemplate.builder("ET-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位 / every enterprise", p -> p instanceof Enterprise)
					.title("组织开展“安全生产月”活动")
					.text("按照上级部署组织开展“安全生产月”等安全生产宣传教育活动，不断提高职工的安全生产意识。").cites(PLAN)
					.recurrence(Recurrence.ANNUAL).evidence("活动记录").upstream("ET-D-02").source(PLAN_ITEM).build(),
			DutyTemplate.builder("ET-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位 / principal leader posts of enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER))
					.title("组织制定并实施本单位安全生产教育和培训计划")
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 21, 1, 3))
					.recurrence(Recurrence.ANNUAL).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("年度安全生产教育和培训计划").upstream("ET-E-01").source(LAW + " 第二十一条第（三）项").build(),
			DutyTemplate.builder("ET-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的安全生产管理人员岗位 / safety manager posts of enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.SAFETY_MANAGER))
					.title("组织或者参与本单位安全生产教育和培训，如实记录安全生产教育和培训情况")
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 25, 1, 2))
					.recurrence(Recurrence.CONTINUOUS).evidence("培训记录").upstream("ET-E-01")
					.source(LAW + " 第二十五条第一款第（二）项").build(),
			DutyTemplate.builder("ET-P-03").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的特种作业人员岗位 / special operations posts of enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.SPECIAL_OPERATIONS))
					.title("经专门的安全作业培训取得特种作业操作证后上岗作业，并按期复审")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 30)).cites(SPECIAL_OPERATIONS_RULES)
					.recurrence(Recurrence.CONTINUOUS).evidence("特种作业操作证").upstream("ET-E-02")
					.source(LAW + " 第三十条; 《特种作业人员安全技术培训考核管理规定》(国家安全生产监督管理总局令第30号)").build());

	private static final List<ValidationRule> RULES = List.of(new SpecialOperationsCertificateRule(),
			new HighRiskLeaderAssessmentRule(), new TrainingDutyMissingRule());

	private static final List<String> KEYWORDS = List.of("三级安全教育", "三级教育", "特种作业人员", "持证上岗", "安全生产月",
			"宣传教育", "教育培训");

	/** Creates the contribution; it holds no state. */
	public EducationTrainingWorkArea() {
	}

	/** @return {@value #ID} */
	@Override
	public String id() {
		return ID;
	}

	/** @return 宣传教育培训 / Education and training */
	@Override
	public LocalizedText name() {
		return new LocalizedText("宣传教育培训", "Education and training");
	}

	/** @return {@code #1565C0} (blue) */
	@Override
	public String colour() {
		return "#1565C0";
	}

	/** @return the eight templates listed in the class comment, in that order; immutable */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return TEMPLATES;
	}

	/**
	 * @return the rules {@code education-training.special-operations-certificate},
	 *         {@code education-training.high-risk-leader-assessment} and
	 *         {@code education-training.training-duty-missing}; immutable
	 */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	/**
	 * @return words of plan text on three-level education, certification, the Safety Month and
	 *         publicity, most specific first; in the 2017 plan they recognise item 8 only; immutable
	 */
	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
