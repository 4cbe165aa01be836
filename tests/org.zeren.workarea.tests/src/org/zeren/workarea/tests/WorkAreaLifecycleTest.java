package org.zeren.workarea.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.core.validation.rules.CoreRules;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Obligation;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.RiskGrade;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/** Work-area bundles come and go at runtime; the registry and validation follow at once. */
class WorkAreaLifecycleTest {

	static final Set<String> ALL = Set.of("responsibility-system", "supervision-inspection", "occupational-health",
			"special-rectification", "standardization", "education-training", "emergency-management", "appraisal");

	private static Set<String> ids(WorkAreaRegistry registry) {
		return registry.workAreas().stream().map(RegisteredWorkArea::id).collect(Collectors.toSet());
	}

	/**
	 * An organisation whose enterprise keeps a primary-responsibility list with a single general
	 * duty: most work areas find their own duties missing.
	 */
	static ResponsibilityModel bareOrganisation() {
		ZerenFactory f = ZerenFactory.eINSTANCE;
		ResponsibilityModel model = f.createResponsibilityModel();
		Committee committee = f.createCommittee();
		committee.setName("绿建区安全生产委员会");
		Department department = f.createDepartment();
		department.setName("安全生产监督管理局");
		department.setSupervisory(true);
		committee.getChildren().add(department);
		Enterprise enterprise = f.createEnterprise();
		enterprise.setName("绿建金属制品有限公司");
		enterprise.setIndustry("工贸");
		enterprise.setScale(EnterpriseScale.SMALL);
		enterprise.setRiskGrade(RiskGrade.HIGH);
		enterprise.setHasOccupationalHazards(true);
		for (PostKind kind : PostKind.values()) {
			Post post = f.createPost();
			post.setName(kind.getLiteral());
			post.setKind(kind);
			post.setCertificateRequired(kind != PostKind.OTHER);
			enterprise.getChildren().add(post);
		}
		model.getParties().add(committee);
		model.getParties().add(enterprise);
		Supervision s = f.createSupervision();
		s.setSupervisor(department);
		s.getSupervised().add(enterprise);
		model.getSupervisions().add(s);
		DutyList list = f.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(enterprise);
		list.setName("主体责任清单");
		Obligation general = f.createObligation();
		general.setCode("E-01");
		general.setTitle("建立健全全员安全生产责任制");
		list.getDuties().add(general);
		model.getDutyLists().add(list);
		return model;
	}

	private static Set<String> contributors(ValidationReport report) {
		return report.findings().stream().map(Finding::contributor).collect(Collectors.toSet());
	}

	@Test
	void allEightWorkAreasAreRegisteredByDeclarativeServices() throws Exception {
		WorkAreaRegistry registry = Services.get(WorkAreaRegistry.class);
		assertTrue(Services.eventually(() -> ids(registry).containsAll(ALL)), () -> "registered: " + ids(registry));
		// (the faulty contributions of this test bundle may have left diagnostics of their own)
		assertEquals(List.of(), registry.diagnostics().stream()
				.filter(d -> d.contributor().startsWith("org.zeren.workarea.") && !d.contributor().endsWith(".tests"))
				.map(d -> d.message()).toList());
	}

	@Test
	void stoppedBundleDisappearsAndReturnsWhenStartedAgain() throws Exception {
		WorkAreaRegistry registry = Services.get(WorkAreaRegistry.class);
		assertTrue(Services.eventually(() -> ids(registry).contains("emergency-management")));
		ValidationEngine engine = new ValidationEngine(CoreRules.all(), registry);
		ResponsibilityModel model = bareOrganisation();
		String emergencyBundle = "org.zeren.workarea.emergency";
		assertTrue(contributors(engine.validate(model, null)).contains(emergencyBundle),
				"the emergency rules should find the missing emergency plan duties");

		Bundle bundle = Services.bundle(emergencyBundle);
		bundle.stop();
		try {
			assertTrue(Services.eventually(() -> !ids(registry).contains("emergency-management")));
			assertFalse(contributors(engine.validate(model, null)).contains(emergencyBundle));
			assertTrue(ids(registry).contains("occupational-health"), "other work areas stay");
		} finally {
			bundle.start();
		}
		assertTrue(Services.eventually(() -> ids(registry).contains("emergency-management")));
		assertTrue(contributors(engine.validate(model, null)).contains(emergencyBundle));
	}

	@Test
	void faultyContributionsAreIsolated() throws Exception {
		WorkAreaRegistry registry = Services.get(WorkAreaRegistry.class);
		assertTrue(Services.eventually(() -> ids(registry).containsAll(ALL)));
		WorkAreaContribution failsOnActivation = new WorkAreaContribution() {
			@Override
			public String id() {
				return "faulty-activation";
			}

			@Override
			public LocalizedText name() {
				throw new IllegalStateException("deliberately broken name()");
			}

			@Override
			public String colour() {
				return "#FF0000";
			}
		};
		WorkAreaContribution ruleThrows = new WorkAreaContribution() {
			@Override
			public String id() {
				return "faulty-rule";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("故障规则", "faulty rule");
			}

			@Override
			public String colour() {
				return "#FF0000";
			}

			@Override
			public List<ValidationRule> validationRules() {
				return List.of(new ValidationRule() {
					@Override
					public String id() {
						return "faulty-rule.always-throws";
					}

					@Override
					public String source() {
						return "test";
					}

					@Override
					public void check(ValidationContext context) {
						throw new IllegalStateException("deliberately broken rule");
					}
				});
			}
		};
		ServiceRegistration<WorkAreaContribution> r1 = Services.context()
				.registerService(WorkAreaContribution.class, failsOnActivation, null);
		ServiceRegistration<WorkAreaContribution> r2 = Services.context()
				.registerService(WorkAreaContribution.class, ruleThrows, null);
		try {
			assertTrue(Services.eventually(() -> ids(registry).contains("faulty-rule")));
			assertFalse(ids(registry).contains("faulty-activation"));
			assertTrue(registry.diagnostics().stream().anyMatch(d -> d.contributor().equals("org.zeren.workarea.tests")
					&& d.message().contains("deliberately broken name()")));
			ValidationReport report = new ValidationEngine(CoreRules.all(), registry).validate(bareOrganisation(), null);
			assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("core.rule-failed")
					&& f.message().en().contains("faulty-rule.always-throws")));
			assertTrue(contributors(report).containsAll(Set.of("org.zeren.workarea.emergency",
					"org.zeren.workarea.training", "org.zeren.core")), () -> contributors(report).toString());
		} finally {
			r1.unregister();
			r2.unregister();
		}
		assertTrue(Services.eventually(() -> !ids(registry).contains("faulty-rule")));
	}
}
