package org.zeren.diagram;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.model.StableIds;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.Supervision;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;
import org.zeren.model.util.ZerenResourceFactoryImpl;

/**
 * Models built like the example organisation of 绿建区 (a committee with departments and enterprises with posts,
 * supervision relations), with duties created by the TemplateApplier from a hand-filled work-area registry, and a
 * work plan shaped like the real 2017 plan. Every element gets a stable id, so two builds are identical.
 */
final class TestModels {

	static final ZerenFactory F = ZerenFactory.eINSTANCE;

	static final String RS = "responsibility-system";
	static final String OH = "occupational-health";
	static final String RS_COLOUR = "#5D4037";
	static final String OH_COLOUR = "#2E7D32";

	static final String COMMITTEE_DUTY = "统筹协调全区安全生产工作";
	static final String DEPARTMENT_DUTY = "按照“三个必须”依法履行本行业领域安全生产监督管理职责";
	static final String ENTERPRISE_DUTY = "建立健全并落实全员安全生产责任制";
	static final String LEADER_DUTY = "对本单位安全生产工作全面负责";
	static final String HEALTH_DEPARTMENT_DUTY = "依法开展用人单位职业卫生监督检查";
	static final String HEALTH_ENTERPRISE_DUTY = "定期检测职业病危害因素并公布结果";

	/** The parties of the organisation. */
	record Org(ResponsibilityModel model, Committee committee, Department safety, Department construction,
			Department health, Department office, Enterprise builder, Enterprise chemical, Enterprise food,
			WorkAreaRegistry registry) {
	}

	private TestModels() {
	}

	static ResponsibilityModel emptyModel() {
		Resource resource = new ZerenResourceFactoryImpl().createResource(URI.createFileURI("/tmp/diagram-test.zeren"));
		ResponsibilityModel model = F.createResponsibilityModel();
		resource.getContents().add(model);
		((XMLResource) resource).setID(model, "model");
		return model;
	}

	/** The organisation without duties. */
	static Org organisation() {
		ResponsibilityModel model = emptyModel();
		model.setName("绿建区安全生产责任体系（测试）");
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		committee.setShortName("区安委会");
		committee.setCode("LJ-AWH");
		model.getParties().add(committee);
		StableIds.assign(committee, "party", "LJ-AWH");
		Department safety = department(committee, "安全生产监督管理局", "区安监局", "LJ-AJJ", true);
		Department construction = department(committee, "建设局", "区建设局", "LJ-JSJ", true);
		Department health = department(committee, "卫生健康局", "区卫健局", "LJ-WJJ", true);
		Department office = department(committee, "党政办公室", "区党政办", "LJ-DZB", false);
		Enterprise builder = enterprise(model, "绿建建工集团有限公司", "绿建建工", "E01", "建筑施工", true);
		post(builder, "董事长", "E01-leader", PostKind.PRINCIPAL_LEADER);
		post(builder, "安全生产管理部经理", "E01-safety", PostKind.SAFETY_MANAGER);
		post(builder, "塔式起重机司机", "E01-crane", PostKind.SPECIAL_OPERATIONS);
		Enterprise chemical = enterprise(model, "绿建精细化工有限公司", "绿建化工", "E02", "危险化学品生产", true);
		chemical.setRiskGrade(RiskGrade.MAJOR);
		post(chemical, "总经理", "E02-leader", PostKind.PRINCIPAL_LEADER);
		post(chemical, "安全环保部部长", "E02-safety", PostKind.SAFETY_MANAGER);
		Enterprise food = enterprise(model, "禾润食品有限公司", "禾润食品", "E05", "食品加工（涉氨制冷）", false);
		post(food, "总经理", "E05-leader", PostKind.PRINCIPAL_LEADER);
		supervision(model, safety, chemical, food);
		supervision(model, construction, builder);
		supervision(model, health, builder, chemical);
		return new Org(model, committee, safety, construction, health, office, builder, chemical, food, registry());
	}

	/** The organisation with the duties the templates of {@link #registry()} give it, linked into chains. */
	static Org withDuties() {
		Org org = organisation();
		new TemplateApplier(org.registry()).apply(org.model(), null);
		return org;
	}

	/** Two work areas, as their plugins would contribute them. */
	static WorkAreaRegistry registry() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(RS, "责任体系", "Responsibility system", RS_COLOUR, List.of(
				DutyTemplate.builder("RS-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
						.title(COMMITTEE_DUTY).source("test").build(),
				DutyTemplate.builder("RS-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST)
						.appliesTo("supervisory departments", p -> p instanceof Department d && d.isSupervisory())
						.title(DEPARTMENT_DUTY).upstream("RS-C-01").source("test").build(),
				DutyTemplate.builder("RS-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						.appliesTo("enterprises", p -> p instanceof Enterprise).title(ENTERPRISE_DUTY).upstream("RS-D-01")
						.source("test").build(),
				DutyTemplate.builder("RS-P-01").listKind(DutyListKind.POST_DUTY_LIST)
						.appliesTo("principal leaders", p -> p instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER)
						.title(LEADER_DUTY).upstream("RS-E-01").source("test").build())), "test.responsibility");
		registry.add(area(OH, "职业卫生", "Occupational health", OH_COLOUR, List.of(
				DutyTemplate.builder("OH-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST)
						.appliesTo("health department", p -> p instanceof Department d && "LJ-WJJ".equals(d.getCode()))
						.title(HEALTH_DEPARTMENT_DUTY).upstream("RS-C-01").source("test").build(),
				DutyTemplate.builder("OH-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						.appliesTo("enterprises with hazards", p -> p instanceof Enterprise e && e.isHasOccupationalHazards())
						.title(HEALTH_ENTERPRISE_DUTY).upstream("OH-D-01").source("test").build())), "test.health");
		return registry;
	}

	/** A work plan shaped like the real one: two sections, three tasks, work areas and one assigned duty. */
	static WorkPlan addPlan(Org org) {
		ResponsibilityModel model = org.model();
		WorkPlan plan = F.createWorkPlan();
		plan.setTitle("绿建区2017年安全生产工作要点");
		plan.setYear(2017);
		model.getWorkPlans().add(plan);
		StableIds.assign(plan, "plan", plan.getTitle());
		PlanSection one = section(plan, "一", "强化安全生产责任落实");
		PlanTask t1 = task(one, "1", "强化落实党委政府安全生产责任");
		t1.getWorkAreas().add(workArea(model, RS));
		t1.getAssignedDuties().add(duty(org.committee(), "RS-C-01"));
		PlanTask t2 = task(one, "2", "加强职业卫生监管");
		t2.getWorkAreas().add(workArea(model, OH));
		PlanSection two = section(plan, "二", "深化隐患排查治理");
		PlanTask t3 = task(two, "1", "开展液氨制冷企业专项整治");
		t3.getAssignedDuties().add(duty(org.food(), "RS-E-01"));
		return plan;
	}

	static WorkArea workArea(ResponsibilityModel model, String id) {
		return model.getWorkAreas().stream().filter(w -> id.equals(w.getId())).findFirst().orElseThrow();
	}

	/** @return the duty with this code held by the party */
	static Duty duty(Party holder, String code) {
		ResponsibilityModel model = (ResponsibilityModel) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(holder);
		for (DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder) {
				for (Duty d : l.getDuties()) {
					if (code.equals(d.getCode())) {
						return d;
					}
				}
			}
		}
		throw new IllegalArgumentException(holder.getName() + " holds no " + code);
	}

	/** A responsibility duty in the list of the holder, created by hand. */
	static Duty handDuty(ResponsibilityModel model, Party holder, String code, String title) {
		DutyList list = model.getDutyLists().stream().filter(l -> l.getHolder() == holder).findFirst().orElseGet(() -> {
			DutyList l = F.createDutyList();
			l.setHolder(holder);
			l.setKind(DutyListKind.RESPONSIBILITY_LIST);
			model.getDutyLists().add(l);
			StableIds.assign(l, "list", String.valueOf(holder.getCode()), holder.getName());
			return l;
		});
		Duty d = F.createResponsibility();
		d.setCode(code);
		d.setTitle(title);
		list.getDuties().add(d);
		StableIds.assign(d, "duty", String.valueOf(holder.getCode()), holder.getName(), code);
		return d;
	}

	/**
	 * A generated chain: one committee duty, implemented by one duty in each of {@code departments} departments,
	 * each implemented by the duties of {@code enterprises} enterprises, each implemented by the duties of
	 * {@code posts} posts of the enterprise.
	 *
	 * @return the committee's duty, the top of the chain
	 */
	static Duty largeChain(ResponsibilityModel model, int departments, int enterprises, int posts) {
		Committee c = F.createCommittee();
		c.setName("绿建区安全生产委员会");
		c.setShortName("区安委会");
		c.setCode("C");
		model.getParties().add(c);
		Duty top = handDuty(model, c, "C-01", "统筹协调全区安全生产工作");
		for (int d = 0; d < departments; d++) {
			Department dep = F.createDepartment();
			dep.setName("部门" + (d + 1));
			dep.setCode("D" + d);
			dep.setSupervisory(true);
			c.getChildren().add(dep);
			Duty dd = handDuty(model, dep, "D-01", "依法履行本行业领域安全生产监督管理职责");
			dd.setDelegatedFrom(top);
			for (int e = 0; e < enterprises; e++) {
				Enterprise ent = F.createEnterprise();
				ent.setName("企业" + (d + 1) + "-" + (e + 1));
				ent.setCode("E" + d + "-" + e);
				model.getParties().add(ent);
				Duty ed = handDuty(model, ent, "E-01", "落实安全生产主体责任");
				ed.setDelegatedFrom(dd);
				for (int p = 0; p < posts; p++) {
					Post post = F.createPost();
					post.setName("岗位" + (p + 1));
					post.setCode(ent.getCode() + "-" + p);
					ent.getChildren().add(post);
					handDuty(model, post, "P-01", "履行本岗位安全生产职责").setDelegatedFrom(ed);
				}
			}
		}
		return top;
	}

	private static WorkAreaContribution area(String id, String zh, String en, String colour, List<DutyTemplate> templates) {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText(zh, en);
			}

			@Override
			public String colour() {
				return colour;
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return templates;
			}
		};
	}

	private static Department department(Committee committee, String name, String shortName, String code,
			boolean supervisory) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setShortName(shortName);
		d.setCode(code);
		d.setSupervisory(supervisory);
		committee.getChildren().add(d);
		StableIds.assign(d, "party", code);
		return d;
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name, String shortName, String code,
			String industry, boolean hazards) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		e.setShortName(shortName);
		e.setCode(code);
		e.setIndustry(industry);
		e.setHasOccupationalHazards(hazards);
		model.getParties().add(e);
		StableIds.assign(e, "party", code);
		return e;
	}

	private static Post post(Enterprise e, String name, String code, PostKind kind) {
		Post p = F.createPost();
		p.setName(name);
		p.setCode(code);
		p.setKind(kind);
		e.getChildren().add(p);
		StableIds.assign(p, "party", code);
		return p;
	}

	private static void supervision(ResponsibilityModel model, Department supervisor, Enterprise... supervised) {
		Supervision s = F.createSupervision();
		s.setSupervisor(supervisor);
		s.getSupervised().addAll(List.of(supervised));
		model.getSupervisions().add(s);
		StableIds.assign(s, "supervision", supervisor.getCode());
	}

	private static PlanSection section(WorkPlan plan, String number, String title) {
		PlanSection s = F.createPlanSection();
		s.setNumber(number);
		s.setTitle(title);
		plan.getSections().add(s);
		StableIds.assign(s, "section", number);
		return s;
	}

	private static PlanTask task(PlanSection section, String number, String title) {
		PlanTask t = F.createPlanTask();
		t.setNumber(number);
		t.setTitle(title);
		section.getTasks().add(t);
		StableIds.assign(t, "task", section.getNumber(), number);
		return t;
	}
}
