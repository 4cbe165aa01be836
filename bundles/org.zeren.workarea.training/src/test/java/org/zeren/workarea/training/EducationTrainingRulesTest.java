package org.zeren.workarea.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/** Each rule of the education-and-training work area, on a model that violates it and one that does not. */
class EducationTrainingRulesTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private static List<Finding> findings(ResponsibilityModel model, String ruleId) {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		registry.add(new EducationTrainingWorkArea(), "org.zeren.workarea.training");
		return new ValidationEngine(List.of(), registry).validate(model, null).findings().stream()
				.filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	private static Enterprise enterprise(ResponsibilityModel model, String name, String industry) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		e.setIndustry(industry);
		model.getParties().add(e);
		return e;
	}

	private static Post post(Enterprise e, String name, PostKind kind, boolean certificate) {
		Post p = F.createPost();
		p.setName(name);
		p.setKind(kind);
		p.setCertificateRequired(certificate);
		e.getChildren().add(p);
		return p;
	}

	private static DutyList primaryList(ResponsibilityModel model, Enterprise e, String... titles) {
		DutyList list = F.createDutyList();
		list.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		list.setHolder(e);
		for (String t : titles) {
			Obligation o = F.createObligation();
			o.setTitle(t);
			list.getDuties().add(o);
		}
		model.getDutyLists().add(list);
		return list;
	}

	@Test
	void everyRuleHasAnIdOfThisWorkAreaAndASource() {
		List<ValidationRule> rules = new EducationTrainingWorkArea().validationRules();
		assertEquals(List.of("education-training.special-operations-certificate",
				"education-training.high-risk-leader-assessment", "education-training.training-duty-missing"),
				rules.stream().map(ValidationRule::id).toList());
		for (ValidationRule r : rules) {
			assertTrue(r.source().startsWith("《中华人民共和国安全生产法》(2021修正) 第"), r.source());
		}
	}

	@Test
	void specialOperationsPostWithoutCertificateIsAnError() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		Post welder = post(e, "电焊工", PostKind.SPECIAL_OPERATIONS, false);
		post(e, "叉车司机", PostKind.SPECIAL_OPERATIONS, true);
		post(e, "文员", PostKind.OTHER, false);

		List<Finding> found = findings(model, "education-training.special-operations-certificate");

		assertEquals(1, found.size());
		assertSame(welder, found.get(0).element());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertTrue(found.get(0).message().zh().startsWith("特种作业岗位“电焊工”未标明须持证上岗"), found.get(0).message().zh());
		assertTrue(found.get(0).message().en().startsWith("special operations post \"电焊工\""), found.get(0).message().en());
	}

	@Test
	void specialOperationsPostsWithCertificatesPass() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		post(e, "电焊工", PostKind.SPECIAL_OPERATIONS, true);
		assertEquals(List.of(), findings(model, "education-training.special-operations-certificate"));
	}

	@Test
	void constructionLeaderWithoutAssessmentIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise builder = enterprise(model, "某建设工程有限公司", "建筑施工");
		Post leader = post(builder, "总经理", PostKind.PRINCIPAL_LEADER, false);
		Post manager = post(builder, "专职安全员", PostKind.SAFETY_MANAGER, true);
		Enterprise shop = enterprise(model, "某服装厂", "工贸");
		post(shop, "厂长", PostKind.PRINCIPAL_LEADER, false);

		List<Finding> found = findings(model, "education-training.high-risk-leader-assessment");

		assertEquals(1, found.size());
		assertSame(leader, found.get(0).element());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertTrue(found.get(0).message().zh().contains("属于建筑施工行业"), found.get(0).message().zh());
		manager.setCertificateRequired(false);
		assertEquals(2, findings(model, "education-training.high-risk-leader-assessment").size());
	}

	@Test
	void assessedLeadersAndLowRiskIndustriesPass() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise chem = enterprise(model, "某化工有限公司", "危险化学品");
		post(chem, "总经理", PostKind.PRINCIPAL_LEADER, true);
		post(chem, "安全科长", PostKind.SAFETY_MANAGER, true);
		Enterprise shop = enterprise(model, "某商场", null);
		post(shop, "店长", PostKind.PRINCIPAL_LEADER, false);
		assertEquals(List.of(), findings(model, "education-training.high-risk-leader-assessment"));
	}

	@Test
	void primaryListWithoutTrainingDutyIsAWarning() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		primaryList(model, e, "建立健全全员安全生产责任制", "保证安全生产投入");
		Enterprise noList = enterprise(model, "某新设公司", "工贸");

		List<Finding> found = findings(model, "education-training.training-duty-missing");

		assertEquals(1, found.size());
		assertSame(e, found.get(0).element());
		assertEquals("生产经营单位“某机械厂”的主体责任清单缺少从业人员安全生产教育和培训事项", found.get(0).message().zh());
		assertTrue(findings(model, "education-training.training-duty-missing").stream().noneMatch(f -> f.element() == noList));
	}

	@Test
	void primaryListWithTrainingDutyPasses() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = enterprise(model, "某机械厂", "工贸");
		DutyList list = primaryList(model, e, "建立健全全员安全生产责任制");
		Duty training = list.getDuties().get(0);
		training.setText("组织全员安全生产教育");
		assertEquals(List.of(), findings(model, "education-training.training-duty-missing"));
	}
}
