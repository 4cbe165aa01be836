package org.zeren.workarea.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.zeren.test.support.Anchors;
import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;
import org.zeren.model.DutyListKind;
import org.zeren.model.Power;
import org.zeren.model.PowerKind;

/**
 * Applying the templates to a small organisation links this work area's duties into the chain
 * that ends at the committee anchor RS-C-01, next to the anchor chain RS-P-01 → RS-E-01 → RS-D-01
 * → RS-C-01 (anchors from a stand-in of the responsibility-system work area).
 */
class ChainTest {

	@Test
	void chainsFromPrincipalLeaderToCommittee() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(new Anchors(), "test.anchors");
		registry.add(new SupervisionInspectionWorkArea(), "org.zeren.workarea.supervision");
		Fixtures.Org org = Fixtures.organisation();

		ApplyResult result = new TemplateApplier(registry).apply(org.model(), null);

		assertEquals(List.of("RS-C-01", "RS-D-01", "SI-D-01", "SI-D-02", "SI-D-03", "SI-D-04", "SI-D-05", "SI-D-06",
				"RS-E-01", "SI-E-01", "SI-E-02", "SI-E-03", "RS-P-01", "SI-P-02"),
				result.created().stream().map(Duty::getCode).toList());
		assertEquals(13, result.linked());
		assertEquals(List.of(), result.unlinked());
		assertEquals(List.of(), result.diagnostics());

		Duty rs = Fixtures.duty(org.model(), org.leader(), "RS-P-01");
		assertEquals("RS-E-01", rs.getDelegatedFrom().getCode());
		assertEquals("RS-D-01", rs.getDelegatedFrom().getDelegatedFrom().getCode());
		assertEquals("RS-C-01", rs.getDelegatedFrom().getDelegatedFrom().getDelegatedFrom().getCode());

		Duty p = Fixtures.duty(org.model(), org.leader(), "SI-P-02");
		Duty e = p.getDelegatedFrom();
		assertEquals("SI-E-01", e.getCode());
		assertSame(org.enterprise(), e.getList().getHolder());
		Duty d = e.getDelegatedFrom();
		assertEquals("SI-D-03", d.getCode());
		assertSame(org.department(), d.getList().getHolder(), "the supervising department's duty");
		Duty c = d.getDelegatedFrom();
		assertEquals("RS-C-01", c.getCode());
		assertSame(org.committee(), c.getList().getHolder());
		assertNull(c.getDelegatedFrom());
		assertEquals("supervision-inspection", p.getWorkArea().getId());
		assertEquals("SI-D-02", Fixtures.duty(org.model(), org.enterprise(), "SI-E-03").getDelegatedFrom().getCode());
		// the power list: powers of 第六十五条 implementing the department's own inspection duty
		Duty penalty = Fixtures.duty(org.model(), org.department(), "SI-D-05");
		assertEquals(DutyListKind.POWER_LIST, penalty.getList().getKind());
		assertEquals(PowerKind.PENALTY, ((Power) penalty).getPowerKind());
		assertSame(Fixtures.duty(org.model(), org.department(), "SI-D-02"), penalty.getDelegatedFrom());
		assertEquals(Integer.valueOf(2), penalty.getLegalReferences().get(0).getItem());

		List<Finding> findings = new ValidationEngine(List.of(), registry).validate(org.model(), null).findings();
		assertEquals(List.of("supervision-inspection.enterprise-not-graded"), findings.stream().map(Finding::ruleId).toList(),
				"only the missing risk grade of the supervised entity is left");
		assertSame(org.enterprise(), findings.get(0).element());
	}
}
