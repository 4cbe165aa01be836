package org.zeren.workarea.rectification;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * The work area 专项整治 (special rectification), plan item 6 of 绿建区2017年安全生产工作要点: special
 * rectification campaigns and unannounced inspections (暗查暗访) in construction (建筑施工), fire safety
 * of labour-intensive enterprises (劳动密集型企业消防安全), special equipment (特种设备) and dust
 * (粉尘防爆, 粉尘职业病危害).
 * <p>
 * Templates, by level (codes {@code SR-<level>-<nn>}):
 * <ul>
 * <li>supervisory departments that supervise a construction enterprise: SR-D-01 construction
 * campaign; every supervisory department: SR-D-02 campaigns on fire safety of labour-intensive
 * enterprises, special equipment and dust; both implement the committee's RS-C-01;</li>
 * <li>construction enterprises: SR-E-01 self-inspection and rectification (under SR-D-01);
 * labour-intensive enterprises: SR-E-02 fire safety; enterprises with dust: SR-E-03 dust explosion
 * prevention (both under SR-D-02); sectors as {@link Sectors} recognises them;</li>
 * <li>safety manager posts of construction enterprises: SR-P-01 site inspection (under SR-E-01).</li>
 * </ul>
 * Enterprise-level campaign duties have no recurrence: a campaign is time-boxed, and the office sets
 * each duty's deadline for the year. Stateless and immutable: every method may be called from any
 * thread.
 */
@Component(service = WorkAreaContribution.class)
public class SpecialRectificationWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models ({@code WorkArea.id}); never changes. */
	public static final String ID = "special-rectification";

	static final String WORK_SAFETY_LAW = "中华人民共和国安全生产法";
	static final String FIRE_LAW = "中华人民共和国消防法";
	static final LegalCitation CONSTRUCTION_REGULATION = LegalCitation.document("建设工程安全生产管理条例",
			LegalBasisKind.ADMINISTRATIVE_REGULATION, "国务院令第393号");
	static final LegalCitation SPECIAL_EQUIPMENT_LAW = LegalCitation.document("中华人民共和国特种设备安全法", LegalBasisKind.LAW,
			null);
	static final LegalCitation DUST_RULES = LegalCitation.document("工贸企业粉尘防爆安全规定", LegalBasisKind.DEPARTMENTAL_RULE,
			"应急管理部令第6号");
	static final LegalCitation PLAN = LegalCitation.document("绿建区2017年安全生产工作要点", LegalBasisKind.PLAN, null);

	private static final String LAW = "《中华人民共和国安全生产法》(2021修正)";
	private static final String CONSTRUCTION_SOURCE = "《建设工程安全生产管理条例》(国务院令第393号)";
	private static final String PLAN_ITEM = "绿建区2017年安全生产工作要点 第6项";

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("SR-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("监管建筑施工企业的负有安全监管职责的部门 / supervisory departments supervising construction enterprises",
							p -> p instanceof Department d && d.isSupervisory()
									&& Sectors.supervisedBy(d).stream().anyMatch(Sectors::isConstruction))
					.title("组织建筑施工安全专项整治和暗查暗访")
					.text("对监管范围内的建筑施工企业和在建工程项目开展安全专项整治，按照“四不两直”要求开展暗查暗访，"
							+ "建立问题隐患清单，督促限期整改并跟踪复查，依法查处非法违法建设施工行为。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 65)).cites(CONSTRUCTION_REGULATION).cites(PLAN)
					.recurrence(Recurrence.ANNUAL).accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY)
					.evidence("专项整治方案").evidence("暗查暗访记录").evidence("隐患整改复查记录").upstream("RS-C-01")
					.source(LAW + " 第六十五条; " + CONSTRUCTION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("SR-D-02").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("负有安全监管职责的部门 / supervisory departments",
							p -> p instanceof Department d && d.isSupervisory())
					.title("开展劳动密集型企业消防安全、特种设备和粉尘防爆等重点行业领域专项整治")
					.text("在本行业领域组织开展劳动密集型企业消防安全、特种设备、粉尘防爆和粉尘职业病危害防治专项整治，"
							+ "开展暗查暗访，建立问题隐患清单，督促限期整改并跟踪复查，坚决遏制重特大事故发生。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 65)).cites(LegalCitation.document(FIRE_LAW, LegalBasisKind.LAW, null))
					.cites(SPECIAL_EQUIPMENT_LAW).cites(DUST_RULES).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY).evidence("专项整治方案")
					.evidence("暗查暗访记录").evidence("隐患整改复查记录").upstream("RS-C-01")
					.source(LAW + " 第六十五条; 《中华人民共和国消防法》; 《中华人民共和国特种设备安全法》; "
							+ "《工贸企业粉尘防爆安全规定》(应急管理部令第6号); " + PLAN_ITEM)
					.build(),
			DutyTemplate.builder("SR-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("建筑施工企业 / construction enterprises", Sectors::isConstruction)
					.title("开展建筑施工安全专项整治自查自改")
					.text("对照专项整治要求，对在建工程项目的危险性较大的分部分项工程、起重机械、脚手架、临时用电等开展自查自改，"
							+ "建立事故隐患排查治理台账，如实记录并按期整改销号。")
					.cites(LegalCitation.law(WORK_SAFETY_LAW, 41)).cites(CONSTRUCTION_REGULATION).cites(PLAN)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("自查自改记录")
					.evidence("隐患排查治理台账").upstream("SR-D-01")
					.source(LAW + " 第四十一条; " + CONSTRUCTION_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("SR-E-02").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("劳动密集型企业 / labour-intensive enterprises", Sectors::isLabourIntensive)
					.title("落实劳动密集型企业消防安全责任，整治火灾隐患")
					.text("落实消防安全责任制，制定消防安全制度、操作规程和灭火和应急疏散预案；保障疏散通道、安全出口、"
							+ "消防车通道畅通，生产经营场所和员工宿舍设有符合紧急疏散要求、标志明显、保持畅通的出口和疏散通道，"
							+ "不得占用、锁闭、封堵；组织防火检查，及时消除火灾隐患。")
					.cites(LegalCitation.law(FIRE_LAW, 16)).cites(LegalCitation.law(WORK_SAFETY_LAW, 42)).cites(PLAN)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("防火检查记录")
					.evidence("火灾隐患整改记录").upstream("SR-D-02")
					.source("《中华人民共和国消防法》(2021修正) 第十六条; " + LAW + " 第四十二条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("SR-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("存在粉尘危害的企业 / enterprises with dust hazards", Sectors::hasDust)
					.title("开展粉尘防爆和粉尘职业病危害专项整治")
					.text("辨识粉尘爆炸危险场所，落实除尘系统、防火防爆和粉尘清理等粉尘防爆安全措施，"
							+ "开展粉尘防爆和粉尘职业病危害自查自改，建立隐患台账并按期整改。")
					.cites(DUST_RULES).cites(PLAN).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("粉尘爆炸危险场所清单").evidence("粉尘清理记录").evidence("自查自改记录").upstream("SR-D-02")
					.source("《工贸企业粉尘防爆安全规定》(应急管理部令第6号); " + PLAN_ITEM).build(),
			DutyTemplate.builder("SR-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("建筑施工企业的安全生产管理人员岗位 / safety manager posts of construction enterprises",
							p -> p instanceof Post post && post.getKind() == PostKind.SAFETY_MANAGER
									&& Sectors.isConstruction(Sectors.enterpriseOf(post)))
					.title("检查施工现场安全生产状况，及时排查事故隐患并督促落实整改措施")
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 25, 1, 5))
					.cites(new LegalCitation(WORK_SAFETY_LAW, LegalBasisKind.LAW, null, 25, 1, 7))
					.recurrence(Recurrence.CONTINUOUS).evidence("安全检查记录").upstream("SR-E-01")
					.source(LAW + " 第二十五条第一款第（五）项、第（七）项").build());

	private static final List<ValidationRule> RULES = List.of(new CampaignEnterpriseUnsupervisedRule(),
			new FireSafetyDutyMissingRule());

	private static final List<String> KEYWORDS = List.of("专项整治", "暗查暗访", "劳动密集型", "特种设备", "粉尘防爆", "建筑施工",
			"消防安全");

	/** Creates the contribution; it holds no state. */
	public SpecialRectificationWorkArea() {
	}

	/** @return {@value #ID} */
	@Override
	public String id() {
		return ID;
	}

	/** @return 专项整治 / Special rectification */
	@Override
	public LocalizedText name() {
		return new LocalizedText("专项整治", "Special rectification");
	}

	/** @return {@code #EF6C00} (orange) */
	@Override
	public String colour() {
		return "#EF6C00";
	}

	/** @return the six templates listed in the class comment, in that order; immutable */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return TEMPLATES;
	}

	/**
	 * @return the rules {@code special-rectification.campaign-enterprise-unsupervised} and
	 *         {@code special-rectification.fire-safety-duty-missing}; immutable
	 */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	/**
	 * @return words of plan text on the campaigns and their sectors, most specific first; in the 2017
	 *         plan they recognise item 6 only; immutable
	 */
	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
