package org.zeren.workarea.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.template.ApplyResult;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;
import org.zeren.model.LegalReference;
import org.zeren.model.Obligation;
import org.zeren.model.Responsibility;

/** Applying the templates to a small organisation builds the anchor chain RS-P-01 → RS-E-01 → RS-D-01 → RS-C-01. */
class ChainTest {

	@Test
	void anchorChainFromPrincipalLeaderToCommittee() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(new ResponsibilitySystemWorkArea(), "org.zeren.workarea.responsibility");
		Fixtures.Org org = Fixtures.organisation();

		ApplyResult result = new TemplateApplier(registry).apply(org.model(), null);

		// committee 1, bureau 2, 建筑施工 entity 3 (RS-E-03 included), principal leader 1
		assertEquals(List.of("RS-C-01", "RS-D-01", "RS-D-02", "RS-E-01", "RS-E-02", "RS-E-03", "RS-P-01"),
				result.created().stream().map(Duty::getCode).toList());
		assertEquals(6, result.linked());
		assertEquals(List.of(), result.unlinked());
		assertEquals(List.of(), result.diagnostics());

		Duty p = Fixtures.duty(org.model(), org.leader(), "RS-P-01");
		assertNotNull(p);
		Duty e = p.getDelegatedFrom();
		assertEquals("RS-E-01", e.getCode());
		assertSame(org.enterprise(), e.getList().getHolder());
		Duty d = e.getDelegatedFrom();
		assertEquals("RS-D-01", d.getCode());
		assertSame(org.department(), d.getList().getHolder());
		Duty c = d.getDelegatedFrom();
		assertEquals("RS-C-01", c.getCode());
		assertSame(org.committee(), c.getList().getHolder());
		assertNull(c.getDelegatedFrom());

		assertInstanceOf(Obligation.class, p);
		assertInstanceOf(Responsibility.class, c);
		assertEquals("董事长岗位安全生产责任清单", p.getList().getName());
		assertEquals("responsibility-system", p.getWorkArea().getId());
		assertEquals("#5D4037", p.getWorkArea().getColour());
		LegalReference first = p.getLegalReferences().get(0);
		assertEquals("中华人民共和国安全生产法", first.getBasis().getTitle());
		assertEquals(5, first.getArticle());

		assertEquals(0, new TemplateApplier(registry).apply(org.model(), null).created().size(),
				"applying twice creates nothing new");
		assertEquals(List.of(), new ValidationEngine(List.of(), registry).validate(org.model(), null).findings(),
				"the organisation with its applied duties keeps every rule of the work area");
	}
}
