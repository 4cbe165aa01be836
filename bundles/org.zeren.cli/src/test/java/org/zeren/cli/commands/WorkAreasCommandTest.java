package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code zeren workareas}: what is installed, and the diagnostics of failing contributions. */
class WorkAreasCommandTest {

	private static final String NL = System.lineSeparator();

	@Test
	void listsWorkAreasWithTemplatesRulesKeywordsAndDiagnostics() {
		Fixture fx = new Fixture();
		fx.registry.add(Fixture.brokenArea(), "org.zeren.workarea.broken");
		Fixture.Run r = fx.run("workareas");
		assertEquals(0, r.code(), r.err());
		assertEquals(String.join(NL,
				"Installed work areas: 2",
				"",
				"broken-area  坏领域 / Broken area  #000000  bundle org.zeren.workarea.broken",
				"  templates (0): ",
				"  rules (0): ",
				"  keywords (0): ",
				"",
				"test-area  测试领域 / Test area  #AA0000  bundle org.zeren.workarea.test",
				"  templates (5): T-C-01, T-D-01, T-D-02, T-E-01, T-P-01",
				"  rules (1): test-area.enterprise-has-posts",
				"  keywords (2): 监管, 主体责任",
				"",
				"Registry diagnostics: 1",
				"  work area broken-area from bundle org.zeren.workarea.broken failed in dutyTemplates:"
						+ " java.lang.IllegalStateException: templates unavailable",
				""), r.out());
	}

	@Test
	void emptyRegistryIsNotAnError() {
		Fixture fx = new Fixture();
		fx.registry.workAreas().forEach(w -> fx.registry.remove(w.contribution()));
		Fixture.Run r = fx.run("workareas");
		assertEquals(0, r.code());
		assertEquals("Installed work areas: 0" + NL + NL + "Registry diagnostics: 0" + NL, r.out());
	}
}
