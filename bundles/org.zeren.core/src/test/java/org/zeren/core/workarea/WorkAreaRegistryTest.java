package org.zeren.core.workarea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.model.ZerenFactory;

/** The registry outside OSGi: filled by hand, isolating faulty contributions. */
class WorkAreaRegistryTest {

	static WorkAreaContribution area(String id, List<ValidationRule> rules) {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("领域" + id, "area " + id);
			}

			@Override
			public String colour() {
				return "#336699";
			}

			@Override
			public List<ValidationRule> validationRules() {
				return rules;
			}

			@Override
			public List<String> keywords() {
				return List.of(id);
			}
		};
	}

	static ValidationRule rule(String id, Runnable body) {
		return new ValidationRule() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public String source() {
				return "test";
			}

			@Override
			public void check(ValidationContext context) {
				body.run();
				context.report(Severity.INFO, context.model(), new LocalizedText("已检查 " + id, "checked " + id));
			}
		};
	}

	@Test
	void addAndRemoveAreSeenAtOnceAndNotifyListeners() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		AtomicInteger changes = new AtomicInteger();
		registry.addListener(r -> changes.incrementAndGet());
		WorkAreaContribution b = area("b-area", List.of());
		WorkAreaContribution a = area("a-area", List.of());
		assertTrue(registry.add(b, "bundle.b"));
		assertTrue(registry.add(a, "bundle.a"));
		assertEquals(List.of("a-area", "b-area"), registry.workAreas().stream().map(RegisteredWorkArea::id).toList());
		assertEquals("bundle.b", registry.find("b-area").contributor());
		registry.remove(b);
		assertEquals(List.of("a-area"), registry.workAreas().stream().map(RegisteredWorkArea::id).toList());
		assertNull(registry.find("b-area"));
		assertEquals(3, changes.get());
	}

	@Test
	void contributionFailingOnActivationIsRefusedWithADiagnosticNamingItsBundle() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		WorkAreaContribution broken = new WorkAreaContribution() {
			@Override
			public String id() {
				return "broken";
			}

			@Override
			public LocalizedText name() {
				throw new IllegalStateException("resource bundle missing");
			}

			@Override
			public String colour() {
				return "#000000";
			}
		};
		assertFalse(registry.add(broken, "org.example.broken"));
		assertTrue(registry.add(area("good", List.of()), "org.example.good"));
		assertEquals(1, registry.workAreas().size());
		RegistryDiagnostic d = registry.diagnostics().get(0);
		assertEquals("org.example.broken", d.contributor());
		assertEquals("activation", d.operation());
		assertTrue(d.message().contains("resource bundle missing"), d.message());
	}

	@Test
	void invalidIdColourAndDuplicateIdsAreRefused() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertFalse(registry.add(area("Bad Id", List.of()), "x"));
		assertTrue(registry.add(area("ok", List.of()), "first"));
		assertFalse(registry.add(area("ok", List.of()), "second"));
		assertEquals(2, registry.diagnostics().size());
		assertTrue(registry.diagnostics().get(1).message().contains("already contributed by first"));
	}

	@Test
	void ePackagesAreRegisteredWhilePresent() {
		EPackage p = EcoreFactory.eINSTANCE.createEPackage();
		p.setName("testarea");
		p.setNsURI("http://www.zeren.org/test/registry-package");
		p.setNsPrefix("t");
		WorkAreaContribution withPackage = new WorkAreaContribution() {
			@Override
			public String id() {
				return "with-package";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("扩展", "extension");
			}

			@Override
			public String colour() {
				return "#123456";
			}

			@Override
			public List<EPackage> ePackages() {
				return List.of(p);
			}
		};
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(withPackage, "x");
		assertSame(p, EPackage.Registry.INSTANCE.getEPackage(p.getNsURI()));
		registry.remove(withPackage);
		assertNull(EPackage.Registry.INSTANCE.getEPackage(p.getNsURI()));
	}

	@Test
	void faultyRuleYieldsOneFindingAndTheOthersStillRun() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area("a-area", List.of(rule("a-area.bad", () -> {
			throw new NullPointerException("boom");
		}), rule("a-area.good", () -> {
		}))), "bundle.a");
		registry.add(area("b-area", List.of(rule("b-area.good", () -> {
		}))), "bundle.b");
		ValidationReport report = new ValidationEngine(List.of(), registry)
				.validate(ZerenFactory.eINSTANCE.createResponsibilityModel(), null);
		List<String> ids = report.findings().stream().map(Finding::ruleId).toList();
		assertEquals(List.of("core.rule-failed", "a-area.good", "b-area.good"), ids);
		Finding failed = report.findings().get(0);
		assertEquals(Severity.ERROR, failed.severity());
		assertEquals("bundle.a", failed.contributor());
		assertTrue(failed.message().en().contains("a-area.bad") && failed.message().en().contains("boom"));
		assertTrue(registry.diagnostics().stream().anyMatch(d -> d.operation().equals("rule a-area.bad")));
	}

	@Test
	void keywordsOfAFailingContributionAreSkippedOthersKept() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area("good", List.of()), "g");
		WorkAreaContribution bad = new WorkAreaContribution() {
			@Override
			public String id() {
				return "bad";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("坏", "bad");
			}

			@Override
			public String colour() {
				return "#FFFFFF";
			}

			@Override
			public List<String> keywords() {
				throw new UnsupportedOperationException("no keywords today");
			}
		};
		registry.add(bad, "b");
		Map<RegisteredWorkArea, List<String>> keywords = registry.keywords();
		assertEquals(1, keywords.size());
		assertEquals(List.of("good"), keywords.values().iterator().next());
		assertEquals("keywords", registry.diagnostics().get(0).operation());
	}

	@Test
	void cancelledRunStopsEarly() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(area("a-area", List.of(rule("a-area.one", () -> {
		}))), "a");
		ValidationReport report = new ValidationEngine(List.of(), registry)
				.validate(ZerenFactory.eINSTANCE.createResponsibilityModel(), () -> true);
		assertTrue(report.cancelled());
		assertEquals(0, report.findings().size());
	}
}
