package org.zeren.workarea.emergency;

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
 * The work area 应急管理 (emergency management), plan item 9 of 绿建区2017年安全生产工作要点: emergency
 * duty, preparation and revision of emergency response plans (应急预案编制修订), drills (演练), rescue
 * teams (应急救援队伍) and rescue materials (应急物资).
 * <p>
 * Templates, by level (codes {@code EM-<level>-<nn>}):
 * <ul>
 * <li>supervisory departments: EM-D-01 guidance and supervision of enterprises' emergency work,
 * EM-D-02 the department's own plan and drills; both implement the committee's RS-C-01;</li>
 * <li>every enterprise: EM-E-01 emergency response plan and its revision, EM-E-02 drills;
 * enterprises of the industries of {@link Parties#RESCUE_INDUSTRIES}: EM-E-03 rescue organisation,
 * equipment and materials; all under EM-D-01;</li>
 * <li>posts of an enterprise: EM-P-01 principal leader (under EM-E-01), EM-P-02 safety manager
 * (under EM-E-02).</li>
 * </ul>
 * Stateless and immutable: every method may be called from any thread.
 */
@Component(service = WorkAreaContribution.class)
public class EmergencyManagementWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models ({@code WorkArea.id}); never changes. */
	public static final String ID = "emergency-management";

	static final String WORK_SAFETY_LAW = "中华人民共和国安全生产法";
	static final LegalCitation PLAN_RULES = LegalCitation.document("生产安全事故应急预案管理办法",
			LegalBasisKind.DEPARTMENTAL_RULE, "国家安全生产监督管理总局令第88号");
	static final LegalCitation EMERGENCY_REGULATION = LegalCitation.document("生产安全事故应急条例",
			LegalBasisKind.ADMINISTRATIVE_REGULATION, "国务院令第708号");
	static final LegalCitation PLAN = LegalCitation.document("绿建区2017年安全生产工作要点", LegalBasisKind.PLAN, null);

	private static final String LAW = "《中华人民共和国安全生产法》(2021修正)";
	private static final String PLAN_RULES_SOURCE = "《生产安全事故应急预案管理办法》(国家安全生产监督管理总局令第88号，2019年应急管理部令第2号修正)";
	private static final String REGULATION_SOURCE = "《生产安全事故应急条例》(国务院令第708号)";
	private static final String PLAN_ITEM = "绿建区2017年安全生产工作要点 第9项";

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("EM-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全监管职责的部门 / supervisory departments",
							p -> p instanceof Department d && d.isSupervisory())
					.title("指导监督生产经营单位应急预案编制修订、培训演练和应急救援准备")
					.text("加强应急值守；对监管行业领域内生产经营单位应急预案的编制、评审、公布、备案、评估和修订，"
							+ "应急预案培训和演练，应急救援队伍建设和应急救援物资装备配备开展工作指导和监督检查。")
					.cites(PLAN_RULES).cites(EMERGENCY_REGULATION).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY).evidence("应急值守记录")
					.evidence("监督检查记录").upstream("RS-C-01")
					.source(PLAN_RULES_SOURCE + "; " + REGULATION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("EM-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全监管职责的部门 / supervisory departments",
							p -> p instanceof Department d && d.isSupervisory())
					.title("编制本部门生产安全事故应急救援预案并组织演练")
					.text("结合本行业领域事故风险编制本部门生产安全事故应急救援预案，与本级人民政府的应急预案相衔接，"
							+ "及时修订，并按规定定期组织应急预案演练。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 80)).cites(EMERGENCY_REGULATION).cites(PLAN_RULES)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY).evidence("部门应急预案")
					.evidence("演练记录").upstream("RS-C-01")
					.source(LAW + " 第八十条; " + REGULATION_SOURCE + "; " + PLAN_RULES_SOURCE).build(),
			DutyTemplate.builder("EM-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位 / every enterprise", p -> p instanceof Enterprise)
					.title("制定生产安全事故应急救援预案并及时评估修订")
					.text("制定本单位生产安全事故应急救援预案（综合应急预案、专项应急预案和现场处置方案），"
							+ "与所在地县级以上地方人民政府组织制定的生产安全事故应急救援预案相衔接；"
							+ "按规定评审或者论证、公布、备案，定期评估，情况变化时及时修订。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 81)).cites(PLAN_RULES).cites(EMERGENCY_REGULATION)
					.recurrence(Recurrence.AS_NEEDED).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("应急预案文本").evidence("评审或者论证意见").evidence("备案材料").evidence("评估和修订记录")
					.upstream("EM-D-01")
					.source(LAW + " 第八十一条; " + PLAN_RULES_SOURCE + "; " + REGULATION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("EM-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("生产经营单位 / every enterprise", p -> p instanceof Enterprise)
					.title("制定应急预案演练计划并定期组织应急演练")
					.text("根据本单位事故风险特点制定应急预案演练计划，定期组织综合应急预案、专项应急预案和现场处置方案演练，"
							+ "演练结束后对演练效果进行评估，针对发现的问题修订预案、改进应急准备。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 81)).cites(PLAN_RULES).cites(EMERGENCY_REGULATION)
					.recurrence(Recurrence.SEMIANNUAL).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("演练计划").evidence("演练记录").evidence("演练评估报告").upstream("EM-D-01")
					.source(LAW + " 第八十一条; " + PLAN_RULES_SOURCE + "; " + REGULATION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("EM-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("危险物品、矿山、金属冶炼、城市轨道交通运营、建筑施工单位 / enterprises of high-risk industries",
							p -> p instanceof Enterprise e && RescueIndustries.inRescueIndustry(e))
					.title("建立应急救援组织，配备必要的应急救援器材、设备和物资")
					.text("建立应急救援组织（生产经营规模较小的，指定兼职的应急救援人员），加强应急救援队伍建设；"
							+ "配备必要的应急救援器材、设备和物资，并进行经常性维护、保养，保证正常运转。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 82)).cites(EMERGENCY_REGULATION).cites(PLAN)
					.recurrence(Recurrence.CONTINUOUS).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("应急救援组织成立文件或兼职救援人员名单").evidence("应急物资装备台账和维护保养记录")
					.upstream("EM-D-01").source(LAW + " 第八十二条; " + REGULATION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("EM-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的主要负责人岗位 / principal leader posts of enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER))
					.title("组织制定并实施本单位的生产安全事故应急救援预案")
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 21, 1, 6))
					.recurrence(Recurrence.CONTINUOUS).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("签署发布的应急预案").upstream("EM-E-01").source(LAW + " 第二十一条第（六）项").build(),
			DutyTemplate.builder("EM-P-02").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("生产经营单位的安全生产管理人员岗位 / safety manager posts of enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.SAFETY_MANAGER))
					.title("组织或者参与拟订应急救援预案，组织或者参与本单位应急救援演练")
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 25, 1, 1))
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 25, 1, 4))
					.recurrence(Recurrence.SEMIANNUAL).evidence("演练记录").upstream("EM-E-02")
					.source(LAW + " 第二十五条第一款第（一）项、第（四）项").build());

	private static final List<ValidationRule> RULES = List.of(new PlanMissingRule(), new DrillNotPeriodicRule(),
			new RescueOrganisationMissingRule());

	private static final List<String> KEYWORDS = List.of("应急救援队伍", "应急救援物资", "应急物资", "应急预案", "应急演练", "预案编制",
			"应急值守", "应急管理");

	/** Creates the contribution; it holds no state. */
	public EmergencyManagementWorkArea() {
	}

	/** @return {@value #ID} */
	@Override
	public String id() {
		return ID;
	}

	/** @return 应急管理 / Emergency management */
	@Override
	public LocalizedText name() {
		return new LocalizedText("应急管理", "Emergency management");
	}

	/** @return {@code #C62828} (red) */
	@Override
	public String colour() {
		return "#C62828";
	}

	/** @return the seven templates listed in the class comment, in that order; immutable */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return TEMPLATES;
	}

	/**
	 * @return the rules {@code emergency-management.plan-missing},
	 *         {@code emergency-management.drill-not-periodic} and
	 *         {@code emergency-management.rescue-organisation-missing}; immutable
	 */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	/**
	 * @return words of plan text on emergency plans, drills, rescue teams and materials, most specific
	 *         first; in the 2017 plan they recognise item 9 only (item 3's 应急救援到位 is deliberately
	 *         not matched); immutable
	 */
	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
