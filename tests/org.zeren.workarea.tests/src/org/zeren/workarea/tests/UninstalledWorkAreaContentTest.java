package org.zeren.workarea.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.StoreDiagnostic;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.ZerenFactory;
import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HazardCategory;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthFactory;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * A model that uses the occupational-health EPackage is opened while that work area's bundle is
 * stopped: it loads with a warning, saves, and once the bundle is back the content is whole.
 */
class UninstalledWorkAreaContentTest {

	private static final String BUNDLE = "org.zeren.workarea.occupationalhealth";

	@Test
	void contentOfAStoppedWorkAreaSurvivesLoadAndSave(@TempDir Path dir) throws Exception {
		ModelStore store = Services.get(ModelStore.class);
		WorkAreaRegistry registry = Services.get(WorkAreaRegistry.class);
		assertTrue(Services.eventually(() -> registry.find("occupational-health") != null));

		Path file = dir.resolve("金属制品.zeren");
		LoadedModel original = store.create(file, "职业卫生示例");
		ZerenFactory f = ZerenFactory.eINSTANCE;
		Enterprise enterprise = f.createEnterprise();
		enterprise.setName("绿建金属制品有限公司");
		enterprise.setHasOccupationalHazards(true);
		original.model().getParties().add(enterprise);
		DutyList list = f.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(enterprise);
		list.setName("主体责任清单");
		original.model().getDutyLists().add(list);
		Obligation upstream = f.createObligation();
		upstream.setCode("OH-E-00");
		upstream.setTitle("落实职业病防治主体责任");
		HazardFactorDuty testing = OccupationalHealthFactory.eINSTANCE.createHazardFactorDuty();
		testing.setCode("OH-E-01");
		testing.setTitle("职业病危害因素定期检测");
		testing.setSeriousHazard(true);
		testing.setDelegatedFrom(upstream);
		HazardFactor dust = OccupationalHealthFactory.eINSTANCE.createHazardFactor();
		dust.setName("其他粉尘");
		dust.setCategory(HazardCategory.DUST);
		dust.setWorkplace("抛光车间");
		dust.setTestingIntervalMonths(12);
		testing.getHazardFactors().add(dust);
		HealthExamination exam = OccupationalHealthFactory.eINSTANCE.createHealthExamination();
		exam.setKind(ExaminationKind.PERIODIC);
		exam.setIntervalMonths(12);
		testing.getExaminations().add(exam);
		Obligation downstream = f.createObligation();
		downstream.setCode("OH-E-02");
		downstream.setTitle("检测结果公布");
		downstream.setDelegatedFrom(testing); // a known element pointing at the extension element
		list.getDuties().add(upstream);
		list.getDuties().add(testing);
		list.getDuties().add(downstream);
		store.save(original);
		String testingId = original.resource().getID(testing);

		Bundle bundle = Services.bundle(BUNDLE);
		bundle.stop();
		Path copy = dir.resolve("另存.zeren");
		try {
			assertTrue(Services.eventually(() -> registry.find("occupational-health") == null));
			assertNull(EPackage.Registry.INSTANCE.getEPackage(OccupationalHealthPackage.eNS_URI),
					"the package leaves the registry with its work area");
			LoadedModel without = store.load(file);
			assertTrue(without.warnings().stream().anyMatch(w -> w.kind() == StoreDiagnostic.Kind.UNKNOWN_TYPE),
					without.warnings().toString());
			DutyList loadedList = without.model().getDutyLists().get(0);
			assertEquals(2, loadedList.getDuties().size(), "the unknown duty is kept aside, not in the typed list");
			store.save(without.resource(), copy);
		} finally {
			bundle.start();
		}
		assertTrue(Services.eventually(() -> registry.find("occupational-health") != null));
		assertTrue(Files.exists(copy));
		LoadedModel back = store.load(copy);
		assertEquals(java.util.List.of(), back.warnings());
		HazardFactorDuty restored = assertInstanceOf(HazardFactorDuty.class,
				back.model().getDutyLists().get(0).getDuties().get(1));
		assertEquals(testingId, back.resource().getID(restored));
		assertTrue(EcoreUtil.equals(original.model(), back.model()), "the whole model is equal after the round trip");
		assertEquals("OH-E-00", restored.getDelegatedFrom().getCode());
		assertEquals(restored, back.model().getDutyLists().get(0).getDuties().get(2).getDelegatedFrom());
		RegisteredWorkArea area = registry.find("occupational-health");
		assertEquals(BUNDLE, area.contributor());
	}
}
