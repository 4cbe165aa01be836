package org.example.zeren.firesafety.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.example.zeren.firesafety.FireSafetyDuty;
import org.junit.jupiter.api.Test;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.template.TemplateApplier;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.Obligation;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/** The fire-safety work area as Zeren uses it: accepted by the registry, its templates applied, its rules run. */
class FireSafetyWorkAreaTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private static WorkAreaRegistry registry() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		assertTrue(registry.add(new FireSafetyWorkArea(), "org.example.zeren.firesafety"),
				() -> "refused: " + registry.diagnostics());
		return registry;
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name, String industry, EnterpriseScale scale) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		e.setIndustry(industry);
		e.setScale(scale);
		Post leader = F.createPost();
		leader.setName("总经理");
		leader.setKind(PostKind.PRINCIPAL_LEADER);
		e.getChildren().add(leader);
		model.getParties().add(e);
		DutyList list = F.createDutyList();
		list.setName(name + "主体责任清单");
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(e);
		Obligation general = F.createObligation();
		general.setCode("E-01");
		general.setTitle("建立健全全员安全生产责任制");
		list.getDuties().add(general);
		model.getDutyLists().add(list);
		return e;
	}

	private static List<String> codes(ResponsibilityModel model, Enterprise e) {
		return Parties.dutiesOf(model, e).stream().map(Duty::getCode).toList();
	}

	private static List<Finding> findings(ResponsibilityModel model, String ruleId) {
		ValidationReport report = new ValidationEngine(List.of(), registry()).validate(model, () -> false);
		return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	@Test
	void identityTemplatesAndRules() {
		FireSafetyWorkArea area = new FireSafetyWorkArea();
		assertEquals("fire-safety", area.id());
		assertEquals("消防安全", area.name().zh());
		assertEquals(List.of("FS-E-01", "FS-E-02", "FS-E-03", "FS-E-04", "FS-P-01"),
				area.dutyTemplates().stream().map(DutyTemplate::code).toList());
		for (DutyTemplate t : area.dutyTemplates()) {
			assertTrue(t.legalCitations().stream().anyMatch(c -> c.title().equals("中华人民共和国消防法")),
					() -> t.code() + " cites the Fire Protection Law");
		}
		assertEquals(List.of("fire-safety.drill-interval", "fire-safety.manager-missing"),
				area.validationRules().stream().map(r -> r.id()).toList());
	}

	@Test
	void templatesGiveLabourIntensiveEnterprisesTheirFireSafetyDuties() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise textiles = enterprise(model, "绿建纺织有限公司", "纺织（劳动密集型）", EnterpriseScale.MEDIUM);
		Enterprise workshop = enterprise(model, "新丰家具加工坊", "家具制造（木粉尘，小作坊）", EnterpriseScale.MICRO);
		Enterprise chemicals = enterprise(model, "绿建精细化工有限公司", "危险化学品生产", EnterpriseScale.MEDIUM);

		new TemplateApplier(registry()).apply(model, Parties.all(model));

		assertEquals(List.of("E-01", "FS-E-01", "FS-E-02", "FS-E-03", "FS-E-04"), codes(model, textiles));
		assertEquals(List.of("E-01"), codes(model, workshop), "micro enterprises are not labour-intensive");
		assertEquals(List.of("E-01"), codes(model, chemicals), "not a labour-intensive industry");
		Duty drill = Parties.dutiesOf(model, textiles).get(4);
		FireSafetyDuty fireDuty = assertInstanceOf(FireSafetyDuty.class, drill);
		assertEquals(6, fireDuty.getDrillIntervalMonths());
		assertTrue(fireDuty.isKeyUnit());
		Duty leaderDuty = Parties.dutiesOf(model, textiles.getChildren().get(0)).get(0);
		assertEquals("FS-P-01", leaderDuty.getCode());
		assertEquals(Parties.dutiesOf(model, textiles).get(1), leaderDuty.getDelegatedFrom(),
				"the principal leader's duty implements FS-E-01");
	}

	@Test
	void keyUnitsWithoutAFireSafetyManagerAreWarnedAbout() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise electronics = enterprise(model, "明远电子科技有限公司", "电子元器件制造", EnterpriseScale.LARGE);
		assertEquals(List.of(), findings(model, "fire-safety.manager-missing"), "no fire-safety duty yet");
		new TemplateApplier(registry()).apply(model, Parties.all(model));
		List<Finding> found = findings(model, "fire-safety.manager-missing");
		assertEquals(1, found.size());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertEquals("消防安全重点单位“明远电子科技有限公司”未确定消防安全管理人（FS-E-01，消防法第十七条）",
				found.get(0).message().zh());

		FireSafetyDuty system = (FireSafetyDuty) Parties.dutiesOf(model, electronics).get(1);
		system.setFireSafetyManager("安全生产管理人员");
		assertEquals(List.of(), findings(model, "fire-safety.manager-missing"));
	}

	@Test
	void drillsLessOftenThanEverySixMonthsAtAKeyUnitAreAnError() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise textiles = enterprise(model, "绿建纺织有限公司", "纺织（劳动密集型）", EnterpriseScale.MEDIUM);
		new TemplateApplier(registry()).apply(model, Parties.all(model));
		FireSafetyDuty drill = (FireSafetyDuty) Parties.dutiesOf(model, textiles).get(4);
		assertEquals(List.of(), findings(model, "fire-safety.drill-interval"));

		drill.setDrillIntervalMonths(12);
		List<Finding> found = findings(model, "fire-safety.drill-interval");
		assertEquals(1, found.size());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("消防演练间隔12个月，消防安全重点单位应当至少每6个月演练一次（FS-E-04）", found.get(0).message().zh());

		drill.setKeyUnit(false);
		assertEquals(List.of(), findings(model, "fire-safety.drill-interval"), "other units: every 12 months");
	}
}
