package org.zeren.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Power;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;
import org.zeren.model.util.ZerenResourceFactoryImpl;

/** Templates become duties linked into a chain committee → department → enterprise → post. */
class TemplateApplierTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("T-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
					.title("统筹协调安全生产工作").source("test").build(),
			DutyTemplate.builder("T-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("supervisory departments", p -> p instanceof Department d && d.isSupervisory())
					.title("依法监管本行业").upstream("T-C-01").source("test").build(),
			DutyTemplate.builder("T-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("enterprises", p -> p instanceof Enterprise).title("落实主体责任")
					.cites(LegalCitation.law("中华人民共和国安全生产法", 4)).recurrence(Recurrence.CONTINUOUS)
					.upstream("T-D-01").source("test").build(),
			DutyTemplate.builder("T-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("principal leaders", p -> p instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER)
					.title("全面负责").cites(LegalCitation.law("中华人民共和国安全生产法", 21)).upstream("T-E-01")
					.source("test").build(),
			DutyTemplate.builder("T-X-01").listKind(DutyListKind.POST_DUTY_LIST).appliesTo("broken", p -> {
				throw new IllegalStateException("condition failed");
			}).title("坏条件").source("test").build());

	private static WorkAreaContribution area() {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return "test-area";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("测试领域", "test area");
			}

			@Override
			public String colour() {
				return "#AA0000";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return TEMPLATES;
			}
		};
	}

	private record Org(ResponsibilityModel model, Committee committee, Department department, Enterprise enterprise,
			Post leader) {
	}

	private static Org organisation() {
		Resource resource = new ZerenResourceFactoryImpl().createResource(URI.createFileURI("/tmp/test.zeren"));
		ResponsibilityModel model = F.createResponsibilityModel();
		resource.getContents().add(model);
		Committee committee = F.createCommittee();
		committee.setName("安委会");
		Department department = F.createDepartment();
		department.setName("建设局");
		department.setSupervisory(true);
		Department office = F.createDepartment();
		office.setName("党政办");
		committee.getChildren().add(department);
		committee.getChildren().add(office);
		Enterprise enterprise = F.createEnterprise();
		enterprise.setName("绿建建工集团");
		Post leader = F.createPost();
		leader.setName("董事长");
		leader.setKind(PostKind.PRINCIPAL_LEADER);
		enterprise.getChildren().add(leader);
		model.getParties().add(committee);
		model.getParties().add(enterprise);
		Supervision s = F.createSupervision();
		s.setSupervisor(department);
		s.getSupervised().add(enterprise);
		model.getSupervisions().add(s);
		return new Org(model, committee, department, enterprise, leader);
	}

	@Test
	void createsChainAcrossPartiesAndIsolatesBrokenConditions() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		Org org = organisation();
		TemplateApplier applier = new TemplateApplier(registry);

		List<PlannedDuty> preview = applier.preview(org.model(), null);
		assertEquals(List.of("安委会 T-C-01", "建设局 T-D-01", "绿建建工集团 T-E-01", "董事长 T-P-01"),
				preview.stream().map(p -> p.party().getName() + " " + p.template().code()).toList());
		assertEquals(0, org.model().getDutyLists().size(), "preview must not change the model");

		ApplyResult result = applier.apply(org.model(), null);
		assertEquals(4, result.created().size());
		assertEquals(3, result.linked());
		assertEquals(List.of(), result.unlinked());
		Duty post = findDuty(org.model(), org.leader(), DutyListKind.POST_DUTY_LIST, "T-P-01");
		assertNotNull(post);
		assertEquals("T-E-01", post.getDelegatedFrom().getCode());
		assertSame(org.enterprise(), post.getDelegatedFrom().getList().getHolder());
		assertEquals("T-D-01", post.getDelegatedFrom().getDelegatedFrom().getCode());
		assertSame(org.department(), post.getDelegatedFrom().getDelegatedFrom().getList().getHolder());
		assertEquals("T-C-01", post.getDelegatedFrom().getDelegatedFrom().getDelegatedFrom().getCode());
		assertEquals("董事长岗位安全生产责任清单", post.getList().getName());
		assertEquals(21, post.getLegalReferences().get(0).getArticle());
		assertEquals(1, org.model().getLegalBases().size(), "one legal basis per document");
		assertEquals("test-area", post.getWorkArea().getId());
		assertEquals("#AA0000", post.getWorkArea().getColour());
		assertTrue(result.diagnostics().stream().anyMatch(d -> d.operation().equals("condition of template T-X-01")
				&& d.contributor().equals("test.bundle")), result.diagnostics().toString());

		ApplyResult again = applier.apply(org.model(), null);
		assertEquals(0, again.created().size(), "applying twice creates nothing new");
	}

	@Test
	void sameInputGivesSameIdentifiers() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		Org first = organisation();
		Org second = organisation();
		// parties get the same ids in both, as a loaded organisation file would have
		for (Org o : List.of(first, second)) {
			XMLResource r = (XMLResource) o.model().eResource();
			r.setID(o.committee(), "c");
			r.setID(o.department(), "d");
			r.setID(o.enterprise(), "e");
			r.setID(o.leader(), "l");
		}
		new TemplateApplier(registry).apply(first.model(), null);
		new TemplateApplier(registry).apply(second.model(), null);
		XMLResource r1 = (XMLResource) first.model().eResource();
		XMLResource r2 = (XMLResource) second.model().eResource();
		Duty d1 = findDuty(first.model(), first.leader(), null, "T-P-01");
		Duty d2 = findDuty(second.model(), second.leader(), null, "T-P-01");
		assertEquals(r1.getID(d1), r2.getID(d2));
		assertEquals(r1.getID(d1.getList()), r2.getID(d2.getList()));
	}

	@Test
	void dutyCreatedEarlierIsLinkedWhenItsUpstreamAppears() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		Org org = organisation();
		TemplateApplier applier = new TemplateApplier(registry);
		Duty post = applier.apply(org.model(), List.of(org.leader())).created().get(0);
		assertEquals(null, post.getDelegatedFrom());
		ApplyResult rest = applier.apply(org.model(), null);
		assertEquals(3, rest.created().size());
		assertEquals("T-E-01", post.getDelegatedFrom().getCode());
		assertEquals(3, rest.linked());
	}

	@Test
	void templateValuesAreSetAndCheckedWhenBuilt() {
		DutyTemplate power = DutyTemplate.builder("T-D-02").dutyClass(ZerenPackage.Literals.POWER)
				.listKind(DutyListKind.POWER_LIST).appliesTo("supervisory departments",
						p -> p instanceof Department d && d.isSupervisory())
				.set(ZerenPackage.Literals.POWER__POWER_KIND, PowerKind.INSPECTION)
				.title("行政检查").upstream("T-D-01").source("test").build();
		IllegalArgumentException wrongClass = org.junit.jupiter.api.Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> DutyTemplate.builder("T-X-02").listKind(DutyListKind.POST_DUTY_LIST).appliesTo("all", p -> true)
						.set(ZerenPackage.Literals.POWER__POWER_KIND, PowerKind.PENALTY).title("x")
						.source("test").build());
		assertTrue(wrongClass.getMessage().contains("T-X-02"), wrongClass.getMessage());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		registry.add(new WorkAreaContribution() {
			@Override
			public String id() {
				return "powers";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("权力", "powers");
			}

			@Override
			public String colour() {
				return "#00AA00";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return List.of(power);
			}
		}, "powers.bundle");
		Org org = organisation();
		new TemplateApplier(registry).apply(org.model(), null);
		Duty created = findDuty(org.model(), org.department(), DutyListKind.POWER_LIST, "T-D-02");
		assertEquals(PowerKind.INSPECTION, ((Power) created).getPowerKind());
		// the upstream duty is another duty of the same department
		assertSame(findDuty(org.model(), org.department(), null, "T-D-01"), created.getDelegatedFrom());
	}

	@Test
	void planTasksGetTheCommitteeAndDepartmentDutiesOfTheirWorkAreas() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		Org org = organisation();
		WorkArea testArea = F.createWorkArea();
		testArea.setId("test-area");
		org.model().getWorkAreas().add(testArea);
		WorkPlan plan = F.createWorkPlan();
		PlanSection section = F.createPlanSection();
		PlanTask task = F.createPlanTask();
		task.getWorkAreas().add(testArea);
		PlanTask other = F.createPlanTask();
		section.getTasks().add(task);
		section.getTasks().add(other);
		plan.getSections().add(section);
		org.model().getWorkPlans().add(plan);

		ApplyResult result = new TemplateApplier(registry).apply(org.model(), null);
		assertEquals(List.of("T-C-01", "T-D-01"), task.getAssignedDuties().stream().map(Duty::getCode).toList());
		assertEquals(List.of(), other.getAssignedDuties(), "a task of no work area gets nothing");
		assertEquals(2, result.assigned());
		assertSame(testArea, task.getAssignedDuties().get(0).getWorkArea(), "the existing work area is reused");
		assertEquals(0, new TemplateApplier(registry).apply(org.model(), null).assigned(), "nothing twice");
	}

	@Test
	void onlySelectedPartiesGetDuties() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area(), "test.bundle");
		Org org = organisation();
		ApplyResult result = new TemplateApplier(registry).apply(org.model(), List.of(org.leader()));
		assertEquals(1, result.created().size());
		assertEquals(List.of(result.created().get(0)), result.unlinked(), "no upstream duty exists yet");
	}

	/** The holder's first duty with this code in a list of this kind (any kind when null), or null. */
	private static Duty findDuty(ResponsibilityModel model, org.zeren.model.Party holder, DutyListKind kind,
			String code) {
		for (org.zeren.model.DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder && (kind == null || l.getKind() == kind)) {
				for (Duty d : l.getDuties()) {
					if (code.equals(d.getCode())) {
						return d;
					}
				}
			}
		}
		return null;
	}
}
