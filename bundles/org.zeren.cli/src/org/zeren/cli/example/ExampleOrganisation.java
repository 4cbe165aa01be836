package org.zeren.cli.example;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.StandardizationLevel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/**
 * The invented organisation of the district 绿建区: the district Work Safety Committee with eight member
 * departments (six supervisory), twelve production and business entities of different industries, sizes, risk
 * grades, standardization levels and hazards, each with its posts, and one supervision relation per supervisory
 * department listing the entities of its sector.
 * <p>
 * Every name, code and figure is made up. Unified social credit codes are well-formed (GB 32100-2015 check
 * characters) but use the administrative division code 329999, which does not exist. Every element gets an
 * {@code xmi:id} derived from its key ({@link #id(String)}), so the same program always writes the same file.
 */
public final class ExampleOrganisation {

	/** The name of the model written by {@link #create}. */
	public static final String MODEL_NAME = "绿建区安全生产责任体系（示例）";

	/** The name of the committee; the real plan names it as its issuer. */
	public static final String COMMITTEE_NAME = "绿建区安全生产委员会";

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	/** The administrative division code used in credit codes: 32 (Jiangsu) 99 99, a district that does not exist. */
	private static final String DIVISION = "329999";

	private record Dept(String code, String name, String shortName, boolean supervisory, String description) {
	}

	private record P(String key, String name, PostKind kind, boolean certificate, List<String> businessDuties) {
	}

	private record Ent(String key, String name, String shortName, String industry, EnterpriseScale scale,
			RiskGrade risk, StandardizationLevel level, boolean hazards, String description, List<String> supervisors,
			List<P> posts) {
	}

	private static final List<Dept> DEPARTMENTS = List.of(
			new Dept("LJ-AJJ", "安全生产监督管理局", "区安监局", true,
					"综合监管全区安全生产工作；负责工贸、危险化学品等行业（领域）的安全生产监督管理；区安委会办公室设在本局"),
			new Dept("LJ-JSJ", "建设局", "区建设局", true, "负责建筑施工、城镇燃气和物业管理行业的安全生产监督管理"),
			new Dept("LJ-JFJ", "经济发展局", "区经发局", true, "负责工业、商贸、物流和机动车维修行业的安全生产监督管理"),
			new Dept("LJ-XFDD", "消防救援大队", "区消防大队", true, "负责消防安全监督检查，重点是劳动密集型企业和仓储场所"),
			new Dept("LJ-SCJGJ", "市场监督管理局", "区市场监管局", true, "负责特种设备（锅炉、压力容器、电梯、场（厂）内专用机动车辆等）安全监察"),
			new Dept("LJ-WJJ", "卫生健康局", "区卫健局", true, "负责用人单位职业卫生和职业病防治的监督管理"),
			new Dept("LJ-YJB", "应急管理办公室", "区应急办", false, "负责应急值守、应急预案管理和应急救援的组织协调"),
			new Dept("LJ-DZB", "党政办公室", "区党政办", false, "负责综合协调、督查督办和安全生产责任目标考核的组织"));

	private static P leader(String name, boolean certificate) {
		return new P("leader", name, PostKind.PRINCIPAL_LEADER, certificate, List.of("主持本单位全面生产经营工作"));
	}

	private static P safety(String name, boolean certificate) {
		return new P("safety", name, PostKind.SAFETY_MANAGER, certificate, List.of());
	}

	private static P special(String key, String name) {
		return new P(key, name, PostKind.SPECIAL_OPERATIONS, true, List.of());
	}

	private static P other(String key, String name, String... businessDuties) {
		return new P(key, name, PostKind.OTHER, false, List.of(businessDuties));
	}

	private static final List<Ent> ENTERPRISES = List.of(
			new Ent("E01", "绿建建工集团有限公司", "绿建建工", "建筑施工", EnterpriseScale.LARGE, RiskGrade.HIGH,
					StandardizationLevel.LEVEL_2, true, "房屋建筑和市政工程施工总承包；在建项目6个；施工现场有噪声和粉尘",
					List.of("LJ-JSJ", "LJ-WJJ"),
					List.of(leader("董事长", true), safety("安全生产管理部经理", true),
							other("pm", "项目经理", "组织项目施工生产", "负责项目进度和质量管理"),
							special("crane", "塔式起重机司机"), special("scaffold", "建筑架子工"), special("welder", "电焊工"))),
			new Ent("E02", "绿建精细化工有限公司", "绿建化工", "危险化学品生产", EnterpriseScale.MEDIUM, RiskGrade.MAJOR,
					StandardizationLevel.LEVEL_2, true, "涉及氯化工艺的精细化工企业；构成危险化学品重大危险源（三级）",
					List.of("LJ-AJJ", "LJ-XFDD", "LJ-SCJGJ", "LJ-WJJ"),
					List.of(leader("总经理", true), safety("安全环保部部长", true),
							other("production", "生产部经理", "组织生产计划的实施", "负责工艺和设备管理"),
							special("chlorination", "氯化工艺作业人员"), special("vessel", "压力容器操作工"),
							special("electrician", "电工"))),
			new Ent("E03", "青禾金属制品有限公司", "青禾金属", "金属制品加工（涉爆粉尘）", EnterpriseScale.SMALL, RiskGrade.HIGH,
					StandardizationLevel.LEVEL_3, true, "铝合金配件抛光打磨，产生铝粉尘（涉爆粉尘），设干式除尘系统",
					List.of("LJ-AJJ", "LJ-WJJ"),
					List.of(leader("总经理", false), safety("专职安全员", false),
							other("workshop", "抛光车间主任", "组织抛光打磨车间生产", "负责除尘系统的日常运行"),
							special("electrician", "电工"), special("welder", "焊工"))),
			new Ent("E04", "绿建纺织有限公司", "绿建纺织", "纺织（劳动密集型）", EnterpriseScale.MEDIUM, RiskGrade.GENERAL,
					StandardizationLevel.LEVEL_3, true, "棉纺织企业，员工约420人，生产车间存在棉尘和噪声；自备燃气锅炉一台",
					List.of("LJ-JFJ", "LJ-XFDD", "LJ-SCJGJ", "LJ-WJJ"),
					List.of(leader("总经理", false), safety("安全管理员", false),
							other("weaving", "织造车间主任", "组织织造车间生产", "负责车间人员排班"),
							special("electrician", "电工"), special("boiler", "锅炉操作工"))),
			new Ent("E05", "禾润食品有限公司", "禾润食品", "食品加工（涉氨制冷）", EnterpriseScale.SMALL, RiskGrade.HIGH,
					StandardizationLevel.NONE, false, "速冻食品加工，使用液氨制冷系统（液氨储量约8吨）",
					List.of("LJ-AJJ", "LJ-JFJ", "LJ-XFDD", "LJ-SCJGJ"),
					List.of(leader("总经理", false), safety("安全员", false),
							other("production", "生产主管", "组织速冻食品生产", "负责冷库和制冷系统的运行管理"),
							special("refrigeration", "制冷与空调作业人员"), special("electrician", "电工"))),
			new Ent("E06", "通达物流仓储有限公司", "通达物流", "道路货物运输及仓储", EnterpriseScale.MEDIUM, RiskGrade.GENERAL,
					StandardizationLevel.LEVEL_3, false, "普通货物道路运输和仓储配送；高架仓库两座，叉车12台",
					List.of("LJ-JFJ", "LJ-XFDD", "LJ-SCJGJ"),
					List.of(leader("总经理", true), safety("安全主管", true),
							other("warehouse", "仓储部经理", "组织货物出入库和仓储作业", "负责车辆调度"),
							special("forklift", "叉车司机"), special("electrician", "电工"))),
			new Ent("E07", "绿建物业管理有限公司", "绿建物业", "物业管理（电梯使用单位）", EnterpriseScale.SMALL, RiskGrade.LOW,
					StandardizationLevel.NONE, false, "管理住宅小区3个，在用电梯46台",
					List.of("LJ-JSJ", "LJ-XFDD", "LJ-SCJGJ"),
					List.of(leader("总经理", false), safety("安全管理员", false),
							other("engineering", "工程部主管", "负责小区设备设施的维护保养"),
							special("lift", "电梯安全管理员"), special("electrician", "电工"))),
			new Ent("E08", "恒昌机械加工厂", "恒昌机械", "机械加工", EnterpriseScale.MICRO, RiskGrade.GENERAL,
					StandardizationLevel.NONE, true, "小型机械零件加工，员工18人；存在噪声和金属粉尘",
					List.of("LJ-AJJ", "LJ-JFJ", "LJ-WJJ"),
					List.of(leader("厂长", false), safety("兼职安全员", false),
							other("turner", "车工", "操作车床加工零件"), special("welder", "电焊工"))),
			new Ent("E09", "新丰家具加工坊", "新丰家具", "家具制造（木粉尘，小作坊）", EnterpriseScale.MICRO, RiskGrade.HIGH,
					StandardizationLevel.NONE, true, "家庭作坊式木制家具加工，员工9人；木粉尘和喷漆作业，厂房与宿舍相邻",
					List.of("LJ-AJJ", "LJ-XFDD", "LJ-WJJ"),
					List.of(leader("负责人", false), safety("兼职安全员", false),
							other("carpenter", "木工", "木料开料、刨削和组装"), other("painter", "喷漆工", "家具表面喷漆"),
							special("electrician", "电工"))),
			new Ent("E10", "绿建燃气有限公司", "绿建燃气", "城镇燃气经营（危险物品经营、储存）", EnterpriseScale.MEDIUM,
					RiskGrade.MAJOR, StandardizationLevel.LEVEL_2, false, "管道燃气供应和液化石油气储配站一座",
					List.of("LJ-JSJ", "LJ-XFDD", "LJ-SCJGJ"),
					List.of(leader("总经理", true), safety("安全管理部经理", true),
							other("station", "储配站站长", "组织储配站的运行和充装作业"),
							other("patrol", "管网巡检工", "燃气管网日常巡检"),
							special("vessel", "压力容器操作工"), special("electrician", "电工"))),
			new Ent("E11", "明远电子科技有限公司", "明远电子", "电子元器件制造", EnterpriseScale.LARGE, RiskGrade.LOW,
					StandardizationLevel.LEVEL_2, true, "印制电路板组装，员工约900人；焊接烟尘和有机溶剂",
					List.of("LJ-JFJ", "LJ-XFDD", "LJ-WJJ"),
					List.of(leader("总经理", false), safety("EHS经理", false),
							other("production", "生产总监", "组织全厂生产", "负责生产线布局和产能计划"),
							special("electrician", "电工"))),
			new Ent("E12", "鑫源汽车维修厂", "鑫源汽修", "机动车维修", EnterpriseScale.MICRO, RiskGrade.GENERAL,
					StandardizationLevel.NONE, true, "二类机动车维修，设喷漆房一间（苯系物）",
					List.of("LJ-JFJ", "LJ-XFDD", "LJ-WJJ"),
					List.of(leader("负责人", false), safety("安全员", false),
							other("painter", "喷漆工", "车辆钣金喷漆"), special("welder", "电焊工"))));

	/**
	 * The departments that supervise by industry: their supervision relation lists, as its scope, the industries
	 * of the entities it holds (exact texts, as {@code Supervision.scopeIndustries} is matched). The other
	 * supervisory departments supervise across industries (fire safety, special equipment, occupational health)
	 * and have no industry scope.
	 */
	private static final List<String> BY_INDUSTRY = List.of("LJ-AJJ", "LJ-JSJ", "LJ-JFJ");

	private ExampleOrganisation() {
	}

	/**
	 * @param key what an element is, e.g. {@code enterprise/E01/post/leader}
	 * @return the element's {@code xmi:id}: a name-based UUID of the key (the same key always gives the same id)
	 */
	public static String id(String key) {
		return UUID.nameUUIDFromBytes(("zeren-example/lvjian-organisation\u0000" + key).getBytes(StandardCharsets.UTF_8))
				.toString();
	}

	/**
	 * Creates the example organisation as a new model of the store, bound to {@code file}; nothing is written.
	 *
	 * @param store the model store; never null
	 * @param file  the file the model will be saved to; never null
	 * @return the model; never null
	 */
	public static LoadedModel create(ModelStore store, Path file) {
		LoadedModel loaded = store.create(file, MODEL_NAME);
		XMLResource resource = loaded.resource();
		ResponsibilityModel model = loaded.model();
		model.setDescription("虚构的示例组织，用于演示 Zeren：名称、代码和数字均为编造。"
				+ " An invented example organisation for Zeren: every name, code and figure is made up.");
		resource.setID(model, id("model"));

		Committee committee = F.createCommittee();
		committee.setName(COMMITTEE_NAME);
		committee.setShortName("区安委会");
		committee.setCode("LJ-AWH");
		committee.setJurisdiction("绿建区");
		model.getParties().add(committee);
		resource.setID(committee, id("committee"));

		Map<String, Department> departments = new LinkedHashMap<>();
		for (Dept d : DEPARTMENTS) {
			Department dept = F.createDepartment();
			dept.setName(d.name());
			dept.setShortName(d.shortName());
			dept.setCode(d.code());
			dept.setSupervisory(d.supervisory());
			dept.setDescription(d.description());
			committee.getChildren().add(dept);
			resource.setID(dept, id("department/" + d.code()));
			departments.put(d.code(), dept);
		}

		Map<String, List<Enterprise>> supervised = new LinkedHashMap<>();
		int serial = 1;
		for (Ent e : ENTERPRISES) {
			Enterprise ent = F.createEnterprise();
			ent.setName(e.name());
			ent.setShortName(e.shortName());
			ent.setIndustry(e.industry());
			ent.setScale(e.scale());
			ent.setRiskGrade(e.risk());
			ent.setStandardizationLevel(e.level());
			ent.setHasOccupationalHazards(e.hazards());
			ent.setDescription(e.description());
			String credit = creditCode(serial++);
			ent.setCreditCode(credit);
			ent.setCode(credit);
			model.getParties().add(ent);
			String key = "enterprise/" + e.key();
			resource.setID(ent, id(key));
			for (P p : e.posts()) {
				Post post = F.createPost();
				post.setName(p.name());
				post.setKind(p.kind());
				post.setCertificateRequired(p.certificate());
				post.getBusinessDuties().addAll(p.businessDuties());
				post.setCode(e.key() + "-" + p.key());
				ent.getChildren().add(post);
				resource.setID(post, id(key + "/post/" + p.key()));
			}
			for (String s : e.supervisors()) {
				supervised.computeIfAbsent(s, k -> new ArrayList<>()).add(ent);
			}
		}

		for (Dept d : DEPARTMENTS) {
			List<Enterprise> list = supervised.get(d.code());
			if (list == null) {
				continue;
			}
			Supervision s = F.createSupervision();
			s.setSupervisor(Objects.requireNonNull(departments.get(d.code())));
			s.getSupervised().addAll(list);
			if (BY_INDUSTRY.contains(d.code())) {
				list.stream().map(Enterprise::getIndustry).distinct().forEach(s.getScopeIndustries()::add);
			}
			s.setDescription(d.shortName() + "监管：" + d.description());
			model.getSupervisions().add(s);
			resource.setID(s, id("supervision/" + d.code()));
		}
		return loaded;
	}

	/**
	 * Makes the unified social credit code of the n-th example enterprise (GB 32100-2015): registration authority 9
	 * (market regulation), type 1 (enterprise), division {@value #DIVISION}, the organisation code {@code MA0LJnnn}
	 * with its GB 11714 check character, and the GB 32100 check character.
	 *
	 * @param n the serial number, 1 to 999
	 * @return the 18-character code
	 */
	static String creditCode(int n) {
		if (n < 1 || n > 999) {
			throw new IllegalArgumentException("serial must be 1 to 999, got " + n);
		}
		String org = String.format(java.util.Locale.ROOT, "MA0LJ%03d", n);
		String first17 = "91" + DIVISION + org + orgCheck(org);
		return first17 + creditCheck(first17);
	}

	private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** GB 11714-1997 check character of the 8-character organisation code. */
	static char orgCheck(String eight) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = eight.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * weights[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/** GB 32100-2015 check character of the first 17 characters. */
	static char creditCheck(String seventeen) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_ALPHABET.indexOf(seventeen.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		int check = 31 - sum % 31;
		return CREDIT_ALPHABET.charAt(check == 31 ? 0 : check);
	}
}
