package org.zeren.workarea.occupationalhealth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.model.Duty;
import org.zeren.model.LegalReference;
import org.zeren.model.Obligation;
import org.zeren.model.Recurrence;
import org.zeren.model.Responsibility;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;

/** Applying the occupational-health templates to a small organisation. */
class OccupationalHealthApplyTest {

	@Test
	void createsHazardFactorDutiesAndChainsFromCommitteeToPost() {
		Organisation org = new Organisation();

		ApplyResult result = new TemplateApplier(Organisation.registry()).apply(org.model, null);

		assertEquals(List.of(), result.diagnostics());
		assertEquals(List.of("OH-D-01"), org.codes(org.department));
		assertEquals(List.of(), org.codes(org.office));
		assertEquals(List.of("OH-E-01", "OH-E-02", "OH-E-03", "OH-E-04", "OH-E-05", "OH-E-06"), org.codes(org.foundry));
		assertEquals(List.of("OH-P-01"), org.codes(org.safetyManager));
		assertEquals(List.of(), org.codes(org.clerk));
		assertEquals(List.of(), org.codes(org.agency));
		assertEquals(List.of(), result.unlinked());
		assertEquals(1 + 6 + 1, result.linked()); // RS-C-01 is the top of its chain

		Duty committeeDuty = org.duty(org.committee, "RS-C-01");
		Duty supervision = org.duty(org.department, "OH-D-01");
		HazardFactorDuty testing = assertInstanceOf(HazardFactorDuty.class, org.duty(org.foundry, "OH-E-01"));
		HazardFactorDuty examinations = assertInstanceOf(HazardFactorDuty.class, org.duty(org.foundry, "OH-E-02"));
		Duty manager = org.duty(org.safetyManager, "OH-P-01");
		assertNotNull(committeeDuty);
		assertInstanceOf(Responsibility.class, supervision);
		assertInstanceOf(Obligation.class, manager);

		// the chain committee → department → enterprise → post
		assertSame(committeeDuty, supervision.getDelegatedFrom());
		assertSame(supervision, testing.getDelegatedFrom());
		assertSame(supervision, examinations.getDelegatedFrom());
		assertSame(testing, manager.getDelegatedFrom());
		for (String code : List.of("OH-E-03", "OH-E-04", "OH-E-05", "OH-E-06")) {
			assertSame(supervision, org.duty(org.foundry, code).getDelegatedFrom(), code);
		}

		assertEquals("职业病危害因素日常监测和定期检测、评价", testing.getTitle());
		assertEquals(Recurrence.ANNUAL, testing.getRecurrence());
		assertTrue(testing.getHazardFactors().isEmpty());
		assertEquals("occupational-health", testing.getWorkArea().getId());
		assertEquals("#2E7D32", testing.getWorkArea().getColour());
		LegalReference first = testing.getLegalReferences().get(0);
		assertEquals("中华人民共和国职业病防治法", first.getBasis().getTitle());
		assertEquals(Integer.valueOf(26), first.getArticle());
		assertEquals("工作场所职业卫生管理规定", testing.getLegalReferences().get(1).getBasis().getTitle());
		assertEquals("国家卫生健康委员会令第5号", testing.getLegalReferences().get(1).getBasis().getCode());
		assertEquals(Integer.valueOf(20), testing.getLegalReferences().get(1).getArticle());
	}

	@Test
	void applyingTwiceChangesNothing() {
		Organisation org = new Organisation();
		TemplateApplier applier = new TemplateApplier(Organisation.registry());
		applier.apply(org.model, null);
		ApplyResult again = applier.apply(org.model, null);
		assertEquals(List.of(), again.created());
		assertEquals(List.of("OH-E-01", "OH-E-02", "OH-E-03", "OH-E-04", "OH-E-05", "OH-E-06"), org.codes(org.foundry));
	}

	@Test
	void aDepartmentSupervisingNoHazardousEnterpriseGetsNoOccupationalHealthDuty() {
		Organisation org = new Organisation();
		org.foundry.setHasOccupationalHazards(false);
		ApplyResult result = new TemplateApplier(Organisation.registry()).apply(org.model, null);
		assertEquals(List.of("RS-C-01"), result.created().stream().map(Duty::getCode).toList());
	}
}
