package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.XmiModelStore;
import org.zeren.core.validation.Severity;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;

/** A registry filled by hand, a store, a small organisation and a way to run commands. */
final class Fixture {

	static final ZerenFactory F = ZerenFactory.eINSTANCE;

	/** The id of the test work area. */
	static final String AREA = "test-area";

	/** Templates: committee → supervisory department (both lists) → enterprise → principal leader. */
	static final List<DutyTemplate> TEMPLATES = List.of(
			DutyTemplate.builder("T-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
					.title("统筹协调安全生产工作").cites(LegalCitation.law("中华人民共和国安全生产法", 9)).source("test")
					.build(),
			DutyTemplate.builder("T-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
					.listKind(DutyListKind.RESPONSIBILITY_LIST)
					.appliesTo("supervisory departments", p -> p instanceof Department d && d.isSupervisory())
					.title("依法监管本行业").cites(LegalCitation.law("中华人民共和国安全生产法", 10)).upstream("T-C-01")
					.source("test").build(),
			DutyTemplate.builder("T-D-02").dutyClass(ZerenPackage.Literals.POWER).listKind(DutyListKind.POWER_LIST)
					.appliesTo("supervisory departments", p -> p instanceof Department d && d.isSupervisory())
					.title("行政检查").cites(LegalCitation.law("中华人民共和国安全生产法", 65)).source("test").build(),
			DutyTemplate.builder("T-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
					.appliesTo("enterprises", p -> p instanceof Enterprise).title("落实主体责任")
					.cites(LegalCitation.law("中华人民共和国安全生产法", 4)).upstream("T-D-01").source("test").build(),
			DutyTemplate.builder("T-P-01").listKind(DutyListKind.POST_DUTY_LIST)
					.appliesTo("principal leaders", p -> p instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER)
					.title("全面负责").cites(LegalCitation.law("中华人民共和国安全生产法", 21)).upstream("T-E-01")
					.source("test").build());

	/** A work-area rule: every enterprise has a post; a warning otherwise. */
	static final ValidationRule ENTERPRISE_HAS_POSTS = new ValidationRule() {
		@Override
		public String id() {
			return AREA + ".enterprise-has-posts";
		}

		@Override
		public String source() {
			return "《中华人民共和国安全生产法》第二十二条";
		}

		@Override
		public void check(org.zeren.core.spi.ValidationContext context) {
			for (var p : context.model().getParties()) {
				if (p instanceof Enterprise e && e.getChildren().isEmpty()) {
					context.report(Severity.WARNING, e, new LocalizedText("生产经营单位“" + e.getName() + "”没有岗位",
							"enterprise \"" + e.getName() + "\" has no post"));
				}
			}
		}
	};

	static WorkAreaContribution area() {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return AREA;
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("测试领域", "Test area");
			}

			@Override
			public String colour() {
				return "#AA0000";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return TEMPLATES;
			}

			@Override
			public List<ValidationRule> validationRules() {
				return List.of(ENTERPRISE_HAS_POSTS);
			}

			@Override
			public List<String> keywords() {
				return List.of("监管", "主体责任");
			}
		};
	}

	/** A contribution whose templates throw: the registry turns that into a diagnostic. */
	static WorkAreaContribution brokenArea() {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return "broken-area";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("坏领域", "Broken area");
			}

			@Override
			public String colour() {
				return "#000000";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				throw new IllegalStateException("templates unavailable");
			}
		};
	}

	final WorkAreaRegistry registry = new WorkAreaRegistry();
	final ModelStore store = new XmiModelStore();

	Fixture() {
		registry.add(area(), "org.zeren.workarea.test");
	}

	/**
	 * Writes the small organisation: 安委会 ⊃ 安全生产监督管理局 (supervisory), 党政办公室; 绿建精细化工有限公司 ⊃ 总经理
	 * (principal leader with business duties), 电工; 青禾金属制品有限公司 without posts; the department supervises the
	 * chemical company. No duties yet: the department lacks its two lists and the manager his safety duties.
	 */
	Path organisation(Path file) throws Exception {
		LoadedModel loaded = store.create(file, "测试组织");
		ResponsibilityModel m = loaded.model();
		XMLResource r = loaded.resource();
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		committee.setCode("C");
		m.getParties().add(committee);
		Department dept = F.createDepartment();
		dept.setName("安全生产监督管理局");
		dept.setShortName("区安监局");
		dept.setCode("D1");
		dept.setSupervisory(true);
		committee.getChildren().add(dept);
		Department office = F.createDepartment();
		office.setName("党政办公室");
		office.setCode("D2");
		committee.getChildren().add(office);
		Enterprise chem = F.createEnterprise();
		chem.setName("绿建精细化工有限公司");
		chem.setCode("E1");
		m.getParties().add(chem);
		Post leader = F.createPost();
		leader.setName("总经理");
		leader.setKind(PostKind.PRINCIPAL_LEADER);
		leader.getBusinessDuties().add("主持公司生产经营管理工作");
		chem.getChildren().add(leader);
		Post electrician = F.createPost();
		electrician.setName("电工");
		electrician.setKind(PostKind.SPECIAL_OPERATIONS);
		electrician.setCertificateRequired(true);
		chem.getChildren().add(electrician);
		Enterprise metal = F.createEnterprise();
		metal.setName("青禾金属制品有限公司");
		metal.setCode("E2");
		m.getParties().add(metal);
		Supervision s = F.createSupervision();
		s.setSupervisor(dept);
		s.getSupervised().add(chem);
		m.getSupervisions().add(s);
		r.setID(committee, "committee");
		r.setID(dept, "dept-safety");
		r.setID(office, "dept-office");
		r.setID(chem, "ent-chem");
		r.setID(leader, "post-leader");
		r.setID(electrician, "post-electrician");
		r.setID(metal, "ent-metal");
		r.setID(s, "supervision");
		store.save(loaded);
		return file;
	}

	/** The namespace of a work-area package that no installation has. */
	static final String GONE_NS = "http://www.zeren.org/workarea/gone/1.0";

	/**
	 * Turns the first {@code zeren:Obligation} of a saved model into a {@code gone:Obligation} of the package
	 * {@link #GONE_NS}, as a model written with a work-area plugin that is not installed here would hold it.
	 *
	 * @return the xmi:id of the changed element
	 */
	static String makeFirstObligationUnknown(Path model) throws java.io.IOException {
		String xml = java.nio.file.Files.readString(model, java.nio.charset.StandardCharsets.UTF_8);
		String known = "xsi:type=\"zeren:Obligation\" xmi:id=\"";
		int at = xml.indexOf(known);
		if (at < 0 || !xml.contains(" xmlns:zeren=")) {
			throw new IllegalStateException("no zeren:Obligation in " + model);
		}
		String id = xml.substring(at + known.length(), xml.indexOf('"', at + known.length()));
		xml = xml.substring(0, at) + "xsi:type=\"gone:Obligation\" xmi:id=\"" + xml.substring(at + known.length());
		xml = xml.replaceFirst(" xmlns:zeren=", " xmlns:gone=\"" + GONE_NS + "\" xmlns:zeren=");
		java.nio.file.Files.writeString(model, xml, java.nio.charset.StandardCharsets.UTF_8);
		return id;
	}

	/** The result of one command: exit code and the two streams. */
	record Run(int code, String out, String err) {
	}

	Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ZerenCli.execute(registry, store, new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	/** @return a file of the repository, from the bundle folder (the working directory of the tests) */
	static Path repositoryFile(String path) {
		return Path.of("../..").resolve(path).toAbsolutePath().normalize();
	}
}
