package org.zeren.workarea.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.zeren.test.support.Anchors;
import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;

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
		registry.add(new AppraisalWorkArea(), "org.zeren.workarea.appraisal");
		Fixtures.Org org = Fixtures.organisation();

		ApplyResult result = new TemplateApplier(registry).apply(org.model(), null);

		assertEquals(List.of("RS-C-01", "AP-C-01", "RS-D-01", "AP-D-01", "AP-D-02", "RS-E-01", "AP-E-01", "AP-E-02",
				"RS-P-01", "AP-P-01"), result.created().stream().map(Duty::getCode).toList());
		assertEquals(8, result.linked());
		assertEquals(List.of(), result.unlinked());
		assertEquals(List.of(), result.diagnostics());

		Duty rs = Fixtures.duty(org.model(), org.leader(), "RS-P-01");
		assertEquals("RS-E-01", rs.getDelegatedFrom().getCode());
		assertEquals("RS-D-01", rs.getDelegatedFrom().getDelegatedFrom().getCode());
		assertEquals("RS-C-01", rs.getDelegatedFrom().getDelegatedFrom().getDelegatedFrom().getCode());

		Duty p = Fixtures.duty(org.model(), org.leader(), "AP-P-01");
		Duty e = p.getDelegatedFrom();
		assertEquals("AP-E-01", e.getCode());
		assertSame(org.enterprise(), e.getList().getHolder());
		Duty d = e.getDelegatedFrom();
		assertEquals("AP-D-01", d.getCode());
		assertSame(org.department(), d.getList().getHolder());
		Duty c = d.getDelegatedFrom();
		assertEquals("RS-C-01", c.getCode());
		assertSame(org.committee(), c.getList().getHolder());
		assertNull(c.getDelegatedFrom());
		assertNull(Fixtures.duty(org.model(), org.committee(), "AP-C-01").getDelegatedFrom());
		assertEquals("appraisal", p.getWorkArea().getId());
	}
}
