package org.zeren.workarea.occupationalhealth.internal;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
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
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * The work area 职业卫生 (occupational health), plan item 5 of 绿建区2017年安全生产工作要点: for employers with
 * occupational disease hazards, periodic testing of hazard factors (职业病危害因素定期检测), occupational
 * health training (职业卫生培训), health examinations before, during and at the end of exposure
 * (职业健康检查), online declaration of hazard projects (职业病危害项目网上申报), hazard notification
 * (告知), daily monitoring (日常监测), periodic reporting (定期报告) and protection (防护保障).
 * <p>
 * Templates, by level (codes {@code OH-<level>-<nn>}):
 * <ul>
 * <li>supervisory departments that supervise an enterprise with occupational hazards: OH-D-01
 * occupational health supervision, implementing the committee's RS-C-01;</li>
 * <li>enterprises with occupational hazards ({@code Enterprise.hasOccupationalHazards}), all under
 * OH-D-01: OH-E-01 daily monitoring and periodic testing of hazard factors and OH-E-02 health
 * examinations, both of class {@link org.zeren.workarea.occupationalhealth.HazardFactorDuty}; OH-E-03
 * declaration of hazard projects, OH-E-04 notification and warning, OH-E-05 training, OH-E-06
 * protective facilities and equipment;</li>
 * <li>safety manager posts of such enterprises (who serve as occupational health managers):
 * OH-P-01, under OH-E-01.</li>
 * </ul>
 * Stateless and immutable: every method may be called from any thread.
 */
@Component(service = WorkAreaContribution.class)
public class OccupationalHealthWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models ({@code WorkArea.id}); never changes. */
	public static final String ID = "occupational-health";

	static final String OCCUPATIONAL_DISEASE_LAW = "中华人民共和国职业病防治法";
	static final LegalCitation WORKPLACE_RULES_20 = new LegalCitation("工作场所职业卫生管理规定", LegalBasisKind.DEPARTMENTAL_RULE,
			"国家卫生健康委员会令第5号", 20, null, null);
	static final LegalCitation SURVEILLANCE_STANDARD = LegalCitation.document("职业健康监护技术规范",
			LegalBasisKind.NATIONAL_STANDARD, "GBZ 188-2014");
	static final LegalCitation PLAN = LegalCitation.document("绿建区2017年安全生产工作要点", LegalBasisKind.PLAN, null);

	static final String LAW = "《中华人民共和国职业病防治法》(2018修正)";
	static final String WORKPLACE_RULES_SOURCE = "《工作场所职业卫生管理规定》(国家卫生健康委员会令第5号) 第二十条";
	private static final String PLAN_ITEM = "绿建区2017年安全生产工作要点 第5项";
	private static final String ENTERPRISES = "存在职业病危害的生产经营单位 / enterprises with occupational hazards";

	private static LegalCitation law(int article) {
		return LegalCitation.law(OCCUPATIONAL_DISEASE_LAW, article);
	}

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("OH-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("监管存在职业病危害企业的负有安全监管职责的部门 / supervisory departments supervising enterprises with occupational hazards",
							p -> p instanceof Department d && d.isSupervisory() && Parties.supervisesHazards(d))
					.title("加强职业卫生监管执法，督促用人单位落实职业病防治主体责任")
					.text("对监管范围内存在职业病危害的用人单位开展职业卫生监督检查，督促落实职业病危害项目申报、"
							+ "职业病危害因素日常监测和定期检测、职业病危害告知、定期报告、防护保障、职业卫生培训和职业健康检查等制度措施。")
					.cites(law(9)).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY).evidence("职业卫生监督检查记录")
					.evidence("执法文书").upstream("RS-C-01").source(LAW + " 第九条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-01").dutyClass(OccupationalHealthPackage.Literals.HAZARD_FACTOR_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(ENTERPRISES, Parties::hasHazards)
					.title("职业病危害因素日常监测和定期检测、评价")
					.text("实施由专人负责的职业病危害因素日常监测，确保监测系统处于正常运行状态；委托具有相应资质的职业卫生技术服务机构"
							+ "定期检测、评价工作场所职业病危害因素（职业病危害严重的每年至少检测一次、每三年至少评价一次，"
							+ "职业病危害一般的每三年至少检测一次）；检测、评价结果存入职业卫生档案，定期向所在地卫生健康主管部门报告并向劳动者公布。")
					.cites(law(26)).cites(WORKPLACE_RULES_20).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("职业病危害因素检测报告")
					.evidence("职业病危害现状评价报告").evidence("日常监测记录").upstream("OH-D-01")
					.source(LAW + " 第二十六条; " + WORKPLACE_RULES_SOURCE + "; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-02").dutyClass(OccupationalHealthPackage.Literals.HAZARD_FACTOR_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(ENTERPRISES, Parties::hasHazards)
					.title("组织接触职业病危害的劳动者进行上岗前、在岗期间和离岗时职业健康检查")
					.text("对从事接触职业病危害作业的劳动者，按照国务院卫生行政部门的规定组织上岗前、在岗期间和离岗时的职业健康检查，"
							+ "将检查结果书面告知劳动者，检查费用由用人单位承担；建立职业健康监护档案。")
					.cites(law(35)).cites(SURVEILLANCE_STANDARD).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("职业健康检查报告")
					.evidence("检查结果书面告知记录").evidence("职业健康监护档案").upstream("OH-D-01")
					.source(LAW + " 第三十五条; GBZ 188-2014《职业健康监护技术规范》; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-03").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo(ENTERPRISES, Parties::hasHazards).title("及时、如实网上申报职业病危害项目")
					.text("工作场所存在职业病目录所列职业病的危害因素的，及时、如实向所在地卫生健康主管部门申报危害项目，接受监督；"
							+ "危害因素或者工作场所发生变化时及时变更申报。")
					.cites(law(16)).cites(PLAN).recurrence(Recurrence.AS_NEEDED)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("职业病危害项目申报回执")
					.upstream("OH-D-01").source(LAW + " 第十六条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-04").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo(ENTERPRISES, Parties::hasHazards).title("职业病危害告知和警示")
					.text("订立劳动合同时将工作过程中可能产生的职业病危害及其后果、职业病防护措施和待遇等如实告知劳动者，并在劳动合同中写明；"
							+ "在醒目位置设置公告栏，公布职业病防治的规章制度、操作规程、职业病危害事故应急救援措施和工作场所职业病危害因素检测结果；"
							+ "在产生严重职业病危害的作业岗位醒目位置设置警示标识和中文警示说明。")
					.cites(law(33)).cites(law(24)).cites(PLAN).recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("劳动合同职业病危害告知条款")
					.evidence("公告栏和警示标识照片").upstream("OH-D-01")
					.source(LAW + " 第三十三条、第二十四条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-05").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo(ENTERPRISES, Parties::hasHazards).title("开展职业卫生培训")
					.text("主要负责人和职业卫生管理人员接受职业卫生培训；对劳动者进行上岗前的职业卫生培训和在岗期间的定期职业卫生培训，"
							+ "普及职业卫生知识，督促劳动者遵守职业病防治法律、法规、规章和操作规程，"
							+ "指导劳动者正确使用职业病防护设备和个人使用的职业病防护用品。")
					.cites(law(34)).cites(PLAN).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("职业卫生培训记录")
					.upstream("OH-D-01").source(LAW + " 第三十四条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-E-06").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo(ENTERPRISES, Parties::hasHazards).title("采用有效的职业病防护设施，提供合格的个人职业病防护用品")
					.text("采用有效的职业病防护设施，并为劳动者提供符合防治职业病要求的个人使用的职业病防护用品；"
							+ "不符合要求的，不得使用。")
					.cites(law(22)).cites(PLAN).recurrence(Recurrence.CONTINUOUS)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("防护用品发放记录")
					.evidence("防护设施维护检修记录").upstream("OH-D-01").source(LAW + " 第二十二条; " + PLAN_ITEM).build(),
			DutyTemplate.builder("OH-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("存在职业病危害企业的安全生产管理人员岗位（兼职业卫生管理人员） / safety manager posts of enterprises with occupational hazards",
							p -> p instanceof Post post && post.getKind() == PostKind.SAFETY_MANAGER
									&& Parties.hasHazards(Parties.enterpriseOf(post)))
					.title("作为职业卫生管理人员，组织职业病危害因素日常监测和定期检测，管理职业卫生档案")
					.text("接受职业卫生培训；负责职业病危害因素日常监测，联系职业卫生技术服务机构定期检测、评价，"
							+ "建立、健全职业卫生档案和劳动者健康监护档案。")
					.cites(new LegalCitation(OCCUPATIONAL_DISEASE_LAW, LegalBasisKind.LAW, null, 20, 1, 1)).cites(law(34))
					.cites(law(26)).recurrence(Recurrence.CONTINUOUS).evidence("日常监测记录").evidence("职业卫生档案")
					.upstream("OH-E-01").source(LAW + " 第二十条第（一）项、第三十四条、第二十六条").build());

	private static final List<ValidationRule> RULES = List.of(new HazardFactorsMissingRule(), new TestingIntervalRule(),
			new ExaminationScheduleRule());

	private static final List<String> KEYWORDS = List.of("职业病危害因素", "职业健康检查", "职业病危害", "职业卫生", "职业健康");

	/** Creates the contribution; it holds no state. */
	public OccupationalHealthWorkArea() {
	}

	/** @return {@value #ID} */
	@Override
	public String id() {
		return ID;
	}

	/** @return 职业卫生 / Occupational health */
	@Override
	public LocalizedText name() {
		return new LocalizedText("职业卫生", "Occupational health");
	}

	/** @return {@code #2E7D32} (green) */
	@Override
	public String colour() {
		return "#2E7D32";
	}

	/** @return the package {@link OccupationalHealthPackage#eINSTANCE} only; immutable */
	@Override
	public List<EPackage> ePackages() {
		return List.of(OccupationalHealthPackage.eINSTANCE);
	}

	/** @return the eight templates listed in the class comment, in that order; immutable */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return TEMPLATES;
	}

	/**
	 * @return the rules {@code occupational-health.hazard-factors-missing},
	 *         {@code occupational-health.testing-interval} and
	 *         {@code occupational-health.examination-schedule}; immutable
	 */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	/**
	 * @return words of plan text on occupational disease hazards, occupational health and its
	 *         examinations, most specific first; in the 2017 plan they recognise item 5 and item 6 (which
	 *         names 粉尘职业病危害防治), not item 4, which only cites the law; immutable
	 */
	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
