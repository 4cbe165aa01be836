package org.example.zeren.firesafety.internal;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.example.zeren.firesafety.FireSafetyPackage;
import org.osgi.service.component.annotations.Component;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.PostKind;
import org.zeren.model.Recurrence;

/**
 * The work area 消防安全 (fire safety) of the example district's fire-safety office: the fire-safety duties of
 * labour-intensive enterprises ({@link LabourIntensive}) under 《中华人民共和国消防法》(2021修正) 第十六条, 第十七条 and
 * 《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号).
 * <p>
 * Templates (codes {@code FS-<level>-<nn>}), all {@link FireSafetyPackage#getFireSafetyDuty() FireSafetyDuty}
 * obligations in the enterprise's primary-responsibility list unless said otherwise:
 * <ul>
 * <li>FS-E-01 fire-safety responsibility system, rules, operating procedures and the fire-fighting and evacuation
 * plan (第十六条第一款第（一）项);</li>
 * <li>FS-E-02 fire-fighting facilities and equipment to standard, tested in full at least once a year (第（二）项、
 * 第（三）项);</li>
 * <li>FS-E-03 fire inspections and daily fire patrols, escape routes, exits and fire lanes kept clear (第（四）项、
 * 第（五）项, 第二十八条; 61号令 第二十五条);</li>
 * <li>FS-E-04 drills of the fire-fighting and evacuation plan, every 6 months for a key unit (第（六）项; 61号令
 * 第四十条), {@code drillIntervalMonths = 6};</li>
 * <li>FS-P-01 in the post duty list of the principal leader: the person responsible for fire safety of the unit
 * (第十六条第二款), under FS-E-01.</li>
 * </ul>
 * Rules: {@code fire-safety.drill-interval} ({@link DrillIntervalRule}) and {@code fire-safety.manager-missing}
 * ({@link FireSafetyManagerMissingRule}). (That a labour-intensive enterprise lists fire-safety duties at all is
 * checked by Zeren's own work area special-rectification.) Stateless and immutable: every method may be called from any thread.
 */
@Component(service = WorkAreaContribution.class)
public class FireSafetyWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models ({@code WorkArea.id}); never changes. */
	public static final String ID = "fire-safety";

	static final String FIRE_LAW = "中华人民共和国消防法";
	static final String LAW = "《中华人民共和国消防法》(2021修正)";
	static final String ORDER_61 = "机关、团体、企业、事业单位消防安全管理规定";
	static final String ORDER_61_SOURCE = "《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号)";
	private static final String ORDER_61_CODE = "公安部令第61号";
	private static final String LABOUR_INTENSIVE = "劳动密集型企业 / labour-intensive enterprises";

	/** Article 16 paragraph 1 item {@code item} of the Fire Protection Law. */
	private static LegalCitation article16(int item) {
		return new LegalCitation(FIRE_LAW, LegalBasisKind.LAW, null, 16, 1, item);
	}

	private static LegalCitation order61(int article) {
		return new LegalCitation(ORDER_61, LegalBasisKind.DEPARTMENTAL_RULE, ORDER_61_CODE, article, null, null);
	}

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("FS-E-01").dutyClass(FireSafetyPackage.Literals.FIRE_SAFETY_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(LABOUR_INTENSIVE, LabourIntensive::test)
					.title("落实消防安全责任制，制定消防安全制度、消防安全操作规程和灭火和应急疏散预案")
					.text("落实消防安全责任制，制定本单位的消防安全制度、消防安全操作规程，制定灭火和应急疏散预案；"
							+ "确定消防安全管理人，组织实施本单位的消防安全管理工作。")
					.cites(article16(1)).cites(LegalCitation.law(FIRE_LAW, 17)).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("消防安全责任制和消防安全制度")
					.evidence("灭火和应急疏散预案")
					.source(LAW + " 第十六条第一款第（一）项、第十七条").build(),
			DutyTemplate.builder("FS-E-02").dutyClass(FireSafetyPackage.Literals.FIRE_SAFETY_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(LABOUR_INTENSIVE, LabourIntensive::test)
					.title("按标准配置消防设施、器材，对建筑消防设施每年至少全面检测一次")
					.text("按照国家标准、行业标准配置消防设施、器材，设置消防安全标志，并定期组织检验、维修，确保完好有效；"
							+ "对建筑消防设施每年至少进行一次全面检测，检测记录完整准确，存档备查。")
					.cites(article16(2)).cites(article16(3)).recurrence(Recurrence.ANNUAL)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("建筑消防设施检测报告")
					.evidence("消防设施、器材维修保养记录")
					.source(LAW + " 第十六条第一款第（二）项、第（三）项").build(),
			DutyTemplate.builder("FS-E-03").dutyClass(FireSafetyPackage.Literals.FIRE_SAFETY_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(LABOUR_INTENSIVE, LabourIntensive::test)
					.title("组织防火检查和每日防火巡查，保障疏散通道、安全出口、消防车通道畅通")
					.text("组织防火检查，及时消除火灾隐患；进行每日防火巡查；保障疏散通道、安全出口、消防车通道畅通，"
							+ "人员密集场所的门窗不得设置影响逃生和灭火救援的障碍物。")
					.cites(article16(4)).cites(article16(5)).cites(LegalCitation.law(FIRE_LAW, 28)).cites(order61(25))
					.recurrence(Recurrence.DAILY).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("防火巡查记录").evidence("防火检查和火灾隐患整改记录")
					.source(LAW + " 第十六条第一款第（四）项、第（五）项、第二十八条; " + ORDER_61_SOURCE + " 第二十五条").build(),
			DutyTemplate.builder("FS-E-04").dutyClass(FireSafetyPackage.Literals.FIRE_SAFETY_DUTY)
					.listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST).appliesTo(LABOUR_INTENSIVE, LabourIntensive::test)
					.title("按照灭火和应急疏散预案组织消防演练，消防安全重点单位至少每半年一次")
					.text("组织进行有针对性的消防演练；消防安全重点单位按照灭火和应急疏散预案至少每半年进行一次演练，"
							+ "并结合实际不断完善预案。")
					.cites(article16(6)).cites(order61(40)).recurrence(Recurrence.SEMIANNUAL)
					.set(FireSafetyPackage.Literals.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS, 6)
					.accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY).evidence("消防演练记录和评估")
					.source(LAW + " 第十六条第一款第（六）项; " + ORDER_61_SOURCE + " 第四十条").build(),
			DutyTemplate.builder("FS-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("劳动密集型企业的主要负责人岗位 / principal leader posts of labour-intensive enterprises",
							p -> Parties.isEnterprisePost(p, PostKind.PRINCIPAL_LEADER)
									&& LabourIntensive.test(Parties.enterpriseOf(p)))
					.title("作为本单位的消防安全责任人，对本单位的消防安全工作全面负责")
					.cites(new LegalCitation(FIRE_LAW, LegalBasisKind.LAW, null, 16, 2, null))
					.recurrence(Recurrence.CONTINUOUS).accountability(AccountabilityMeasure.ADMINISTRATIVE_PENALTY)
					.evidence("消防安全责任书").upstream("FS-E-01").source(LAW + " 第十六条第二款").build());

	private static final List<ValidationRule> RULES = List.of(new DrillIntervalRule(), new FireSafetyManagerMissingRule());

	private static final List<String> KEYWORDS = List.of("消防安全", "火灾隐患", "消防", "防火", "疏散通道", "人员密集场所");

	/** Creates the contribution; it holds no state. */
	public FireSafetyWorkArea() {
	}

	/** @return {@value #ID} */
	@Override
	public String id() {
		return ID;
	}

	/** @return 消防安全 / Fire safety */
	@Override
	public LocalizedText name() {
		return new LocalizedText("消防安全", "Fire safety");
	}

	/** @return {@code #C62828} (red) */
	@Override
	public String colour() {
		return "#C62828";
	}

	/** @return the package {@code http://www.example.org/zeren/fire-safety/1.0} with {@code FireSafetyDuty} */
	@Override
	public List<EPackage> ePackages() {
		return List.of(FireSafetyPackage.eINSTANCE);
	}

	/** @return the five templates listed in the class comment, in that order; immutable */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return TEMPLATES;
	}

	/** @return the rules {@code fire-safety.drill-interval} and {@code fire-safety.manager-missing}; immutable */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	/** @return words of plan text on fire safety, most specific first; immutable */
	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
