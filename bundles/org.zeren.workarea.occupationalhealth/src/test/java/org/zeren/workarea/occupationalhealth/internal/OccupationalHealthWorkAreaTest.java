package org.zeren.workarea.occupationalhealth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.DutyListKind;
import org.zeren.model.ZerenPackage;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/** Identity, EPackage, templates and keywords of the occupational-health work area. */
class OccupationalHealthWorkAreaTest {

	private final OccupationalHealthWorkArea area = new OccupationalHealthWorkArea();

	@Test
	void identityIsStable() {
		assertEquals("occupational-health", area.id());
		assertEquals(new LocalizedText("职业卫生", "Occupational health"), area.name());
		assertEquals("#2E7D32", area.colour());
	}

	@Test
	void thePackageExtendsTheCoreObligationAndIsRegisteredWhileTheWorkAreaIs() {
		EPackage p = OccupationalHealthPackage.eINSTANCE;
		assertEquals(List.of(p), area.ePackages());
		assertEquals("occupationalhealth", p.getName());
		assertEquals("http://www.zeren.org/workarea/occupational-health/1.0", p.getNsURI());
		assertEquals("oh", p.getNsPrefix());
		assertEquals(List.of(ZerenPackage.Literals.OBLIGATION),
				OccupationalHealthPackage.Literals.HAZARD_FACTOR_DUTY.getESuperTypes());
		assertEquals(List.of(ZerenPackage.Literals.MODEL_ELEMENT), OccupationalHealthPackage.Literals.HAZARD_FACTOR.getESuperTypes());

		EPackage.Registry.INSTANCE.remove(p.getNsURI());
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(area, "org.zeren.workarea.occupationalhealth"));
		assertEquals(List.of(), registry.diagnostics());
		assertSame(p, EPackage.Registry.INSTANCE.get(p.getNsURI()));
		registry.remove(area);
		assertNull(EPackage.Registry.INSTANCE.get(p.getNsURI()));
	}

	@Test
	void templatesAreListedPerLevelAndCiteTheirSources() {
		List<DutyTemplate> templates = area.dutyTemplates();
		assertEquals(List.of("OH-D-01", "OH-E-01", "OH-E-02", "OH-E-03", "OH-E-04", "OH-E-05", "OH-E-06", "OH-P-01"),
				templates.stream().map(DutyTemplate::code).toList());
		for (DutyTemplate t : templates) {
			assertFalse(t.legalCitations().isEmpty(), t.code() + " cites nothing");
			assertNull(Citations.missingFromSource(t));
			char level = t.code().charAt(3);
			DutyListKind expectedKind = switch (level) {
			case 'D' -> DutyListKind.RESPONSIBILITY_LIST;
			case 'E' -> DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			default -> DutyListKind.POST_DUTY_LIST;
			};
			assertEquals(expectedKind, t.listKind(), t.code());
		}
		assertEquals(List.of("Responsibility", "HazardFactorDuty", "HazardFactorDuty", "Obligation", "Obligation", "Obligation",
				"Obligation", "Obligation"), templates.stream().map(t -> t.dutyClass().getName()).toList());
		assertEquals("OH-D-01 RS-C-01, OH-E-01 OH-D-01, OH-E-02 OH-D-01, OH-E-03 OH-D-01, OH-E-04 OH-D-01, "
				+ "OH-E-05 OH-D-01, OH-E-06 OH-D-01, OH-P-01 OH-E-01",
				String.join(", ", templates.stream().map(t -> t.code() + " " + t.upstreamCode()).toList()));
		assertEquals("《中华人民共和国职业病防治法》(2018修正) 第二十六条; 《工作场所职业卫生管理规定》(国家卫生健康委员会令第5号) 第二十条; "
				+ "绿建区2017年安全生产工作要点 第5项", templates.get(1).source());
	}

	@Test
	void keywordsRecogniseItems5And6OfThe2017PlanAndNoOtherItem() throws IOException {
		Map<Integer, String> items = PlanItems.load();
		assertEquals(10, items.size());
		// item 6 names 粉尘职业病危害防治: a true match; item 4 only cites the law and is not matched
		assertEquals(Set.of(5, 6), PlanItems.matching(items, area.keywords()));
		assertEquals(Set.of(5), PlanItems.matching(items, List.of("职业病危害因素")));
		assertEquals(Set.of(5), PlanItems.matching(items, List.of("职业卫生")));
		assertEquals(Set.of(4, 5), PlanItems.matching(items, List.of("职业病防治")));
	}
}
