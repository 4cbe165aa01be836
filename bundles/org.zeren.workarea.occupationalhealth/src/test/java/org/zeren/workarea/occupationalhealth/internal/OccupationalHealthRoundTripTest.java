package org.zeren.workarea.occupationalhealth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.util.ZerenResourceFactoryImpl;
import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HazardCategory;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthFactory;

/** A .zeren file with hazard-factor duties saves and loads back equal (plain EMF with the Zeren resource factory). */
class OccupationalHealthRoundTripTest {

	private static final OccupationalHealthFactory OH = OccupationalHealthFactory.eINSTANCE;

	private static ResourceSet resourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("zeren", new ZerenResourceFactoryImpl());
		return rs;
	}

	@Test
	void aModelWithHazardFactorDutiesSavesAndLoadsBackEqual(@TempDir Path dir) throws IOException {
		WorkAreaRegistry registry = Organisation.registry(); // registers the EPackage globally, as in OSGi
		Organisation org = new Organisation();
		URI uri = URI.createFileURI(dir.resolve("绿建区.zeren").toString());
		Resource resource = resourceSet().createResource(uri);
		resource.getContents().add(org.model);
		new TemplateApplier(registry).apply(org.model, null);
		HazardFactorDuty testing = (HazardFactorDuty) org.duty(org.foundry, "OH-E-01");
		testing.setSeriousHazard(true);
		HazardFactor dust = OH.createHazardFactor();
		dust.setName("矽尘");
		dust.setCategory(HazardCategory.DUST);
		dust.setWorkplace("清砂工段");
		dust.setTestingIntervalMonths(12);
		testing.getHazardFactors().add(dust);
		HazardFactorDuty exams = (HazardFactorDuty) org.duty(org.foundry, "OH-E-02");
		for (ExaminationKind kind : ExaminationKind.VALUES) {
			HealthExamination x = OH.createHealthExamination();
			x.setKind(kind);
			x.setIntervalMonths(kind == ExaminationKind.PERIODIC ? 12 : 0);
			exams.getExaminations().add(x);
		}
		resource.save(Map.of());

		String xml = Files.readString(dir.resolve("绿建区.zeren"), StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:oh=\"http://www.zeren.org/workarea/occupational-health/1.0\""), xml);
		assertTrue(xml.contains("xsi:type=\"oh:HazardFactorDuty\""), xml);
		assertTrue(xml.contains("name=\"矽尘\""), xml);

		Resource loaded = resourceSet().getResource(uri, true);

		assertEquals(List.of(), loaded.getErrors());
		ResponsibilityModel copy = assertInstanceOf(ResponsibilityModel.class, loaded.getContents().get(0));
		assertNotSame(org.model, copy);
		assertTrue(EcoreUtil.equals(org.model, copy), "the loaded model differs from the saved one");
		HazardFactorDuty loadedTesting = (HazardFactorDuty) EcoreUtil.getEObject(copy,
				EcoreUtil.getRelativeURIFragmentPath(org.model, testing));
		assertEquals(((XMLResource) resource).getID(testing), ((XMLResource) loaded).getID(loadedTesting));
		assertEquals("清砂工段", loadedTesting.getHazardFactors().get(0).getWorkplace());
		assertEquals(((XMLResource) resource).getID(testing.getDelegatedFrom()),
				((XMLResource) loaded).getID(loadedTesting.getDelegatedFrom()));
	}
}
