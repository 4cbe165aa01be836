package org.zeren.core.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.core.validation.ValidationReport;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.LegalBasisVersion;
import org.zeren.model.LegalReference;
import org.zeren.model.Obligation;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/** Each core rule against a model that violates it and one that does not. */
class CoreRulesTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	/** A clean small model: committee > supervisory department with both lists, all duties cited. */
	private static final class Fixture {
		final ResponsibilityModel model = F.createResponsibilityModel();
		final Committee committee = F.createCommittee();
		final Department department = F.createDepartment();
		final Enterprise enterprise = F.createEnterprise();
		final Post leader = F.createPost();
		final LegalBasis law = F.createLegalBasis();
		final DutyList powers;
		final DutyList responsibilities;
		final DutyList posts;

		Fixture() {
			model.setName("测试");
			committee.setName("绿建区安全生产委员会");
			department.setName("安全生产监督管理局");
			department.setSupervisory(true);
			committee.getChildren().add(department);
			enterprise.setName("绿建精细化工有限公司");
			leader.setName("总经理");
			leader.setKind(PostKind.PRINCIPAL_LEADER);
			leader.getBusinessDuties().add("主持公司生产经营管理工作");
			enterprise.getChildren().add(leader);
			model.getParties().add(committee);
			model.getParties().add(enterprise);
			law.setTitle("中华人民共和国安全生产法");
			law.setKind(LegalBasisKind.LAW);
			LegalBasisVersion v2021 = F.createLegalBasisVersion();
			v2021.setLabel("2021修正");
			v2021.setEffectiveDate(LocalDate.of(2021, 9, 1));
			v2021.setArticleCount(119);
			law.getVersions().add(v2021);
			model.getLegalBases().add(law);
			powers = list(department, DutyListKind.POWER_LIST);
			responsibilities = list(department, DutyListKind.RESPONSIBILITY_LIST);
			posts = list(leader, DutyListKind.POST_DUTY_LIST);
			duty(powers, "P-01", "行政检查", 90);
			duty(responsibilities, "R-01", "监督检查生产经营单位", 10);
			duty(posts, "L-01", "建立健全全员安全生产责任制", 21);
		}

		DutyList list(org.zeren.model.Party holder, DutyListKind kind) {
			DutyList l = F.createDutyList();
			l.setHolder(holder);
			l.setKind(kind);
			l.setName(holder.getName() + kind.getLiteral());
			model.getDutyLists().add(l);
			return l;
		}

		Duty duty(DutyList list, String code, String title, int article) {
			Obligation d = F.createObligation();
			d.setCode(code);
			d.setTitle(title);
			LegalReference ref = F.createLegalReference();
			ref.setBasis(law);
			ref.setArticle(article);
			d.getLegalReferences().add(ref);
			list.getDuties().add(d);
			return d;
		}
	}

	private static List<Finding> run(ValidationRule rule, ResponsibilityModel model) {
		ValidationReport report = new ValidationEngine(List.of(rule), null).validate(model, null);
		return report.findings();
	}

	@Test
	void cleanModelHasNoFindingsFromAnyCoreRule() {
		Fixture f = new Fixture();
		ValidationReport report = new ValidationEngine(CoreRules.all(), null).validate(f.model, null);
		assertEquals(List.of(), report.findings());
		assertEquals(8, CoreRules.all().size());
	}

	@Test
	void dutyWithoutHolder() {
		Fixture f = new Fixture();
		assertEquals(List.of(), run(new DutyWithoutHolderRule(), f.model));
		f.posts.setHolder(null);
		List<Finding> findings = run(new DutyWithoutHolderRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(f.posts.getDuties().get(0), findings.get(0).element());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertEquals("core.duty-without-holder", findings.get(0).ruleId());
	}

	@Test
	void supervisoryDepartmentNeedsBothLists() {
		Fixture f = new Fixture();
		assertEquals(List.of(), run(new TwoListsRule(), f.model));
		EcoreUtil.delete(f.powers);
		List<Finding> findings = run(new TwoListsRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(f.department, findings.get(0).element());
		assertTrue(findings.get(0).message().zh().contains("权力清单"), findings.get(0).message().zh());
		assertTrue(findings.get(0).message().en().contains("a power list"), findings.get(0).message().en());
		// a department without supervision duties needs neither list
		f.department.setSupervisory(false);
		assertEquals(List.of(), run(new TwoListsRule(), f.model));
	}

	@Test
	void postWithBusinessDutiesNeedsASafetyDuty() {
		Fixture f = new Fixture();
		assertEquals(List.of(), run(new DualResponsibilityRule(), f.model));
		f.posts.getDuties().clear();
		List<Finding> findings = run(new DualResponsibilityRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(f.leader, findings.get(0).element());
		// a post with no business duties is not concerned
		f.leader.getBusinessDuties().clear();
		assertEquals(List.of(), run(new DualResponsibilityRule(), f.model));
	}

	@Test
	void dutyWithoutLegalBasisIsAWarning() {
		Fixture f = new Fixture();
		assertEquals(List.of(), run(new DutyWithoutLegalBasisRule(), f.model));
		Duty duty = f.responsibilities.getDuties().get(0);
		duty.getLegalReferences().clear();
		List<Finding> findings = run(new DutyWithoutLegalBasisRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(duty, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
	}

	@Test
	void delegationCycleIsReportedOnce() {
		Fixture f = new Fixture();
		Duty a = f.powers.getDuties().get(0);
		Duty b = f.responsibilities.getDuties().get(0);
		Duty c = f.posts.getDuties().get(0);
		c.setDelegatedFrom(b);
		b.setDelegatedFrom(a);
		assertEquals(List.of(), run(new DelegationCycleRule(), f.model));
		a.setDelegatedFrom(c);
		List<Finding> findings = run(new DelegationCycleRule(), f.model);
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().en().contains("cycle"));
	}

	@Test
	void selfDelegationIsACycle() {
		Fixture f = new Fixture();
		Duty a = f.powers.getDuties().get(0);
		a.setDelegatedFrom(a);
		assertEquals(1, run(new DelegationCycleRule(), f.model).size());
	}

	@Test
	void chainsOneHundredThousandDeepNeitherLoopNorOverflow() {
		Fixture f = new Fixture();
		DutyList big = f.list(f.enterprise, DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		Duty previous = null;
		Duty first = null;
		for (int i = 0; i < 100_000; i++) {
			Obligation d = F.createObligation();
			d.setCode("E-" + i);
			d.setDelegatedFrom(previous);
			big.getDuties().add(d);
			first = first == null ? d : first;
			previous = d;
		}
		assertEquals(List.of(), run(new DelegationCycleRule(), f.model));
		first.setDelegatedFrom(previous); // close the 100k-long loop
		List<Finding> findings = run(new DelegationCycleRule(), f.model);
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().en().contains("(100000)"), findings.get(0).message().en());
	}

	@Test
	void duplicateCodesInOneList() {
		Fixture f = new Fixture();
		// the same code in two different lists is fine
		f.duty(f.posts, "P-01", "同编号不同清单", 21);
		assertEquals(List.of(), run(new DuplicateCodeRule(), f.model));
		Duty second = f.duty(f.powers, " P-01 ", "重复编号", 90);
		List<Finding> findings = run(new DuplicateCodeRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(second, findings.get(0).element());
	}

	@Test
	void danglingReferenceToDeletedElement() {
		Fixture f = new Fixture();
		Duty duty = f.posts.getDuties().get(0);
		duty.getSupervisingParties().add(f.department);
		assertEquals(List.of(), run(new DanglingReferenceRule(), f.model));
		// detach the department without clearing references to it (as a broken file or buggy tool would)
		f.committee.getChildren().remove(f.department);
		List<Finding> findings = run(new DanglingReferenceRule(), f.model);
		assertTrue(findings.stream().anyMatch(x -> x.element() == duty
				&& x.message().en().contains("supervisingParties")), findings.toString());
	}

	@Test
	void danglingReferenceToUnresolvedProxy() {
		Fixture f = new Fixture();
		Duty duty = f.posts.getDuties().get(0);
		Obligation proxy = F.createObligation();
		((org.eclipse.emf.ecore.InternalEObject) proxy)
				.eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("missing.zeren#_gone"));
		duty.setDelegatedFrom(proxy);
		List<Finding> findings = run(new DanglingReferenceRule(), f.model);
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().en().contains("missing.zeren#_gone"));
	}

	@Test
	void articleMustExistInTheCitedVersion() {
		Fixture f = new Fixture();
		assertEquals(List.of(), run(new ArticleOutOfRangeRule(), f.model));
		Duty duty = f.posts.getDuties().get(0);
		duty.getLegalReferences().get(0).setArticle(120); // the 2021 law has 119 articles
		List<Finding> findings = run(new ArticleOutOfRangeRule(), f.model);
		assertEquals(1, findings.size());
		assertSame(duty, findings.get(0).element());
		assertTrue(findings.get(0).message().zh().contains("第120条"));
		// citing the 2002 version explicitly, which had 97 articles
		LegalBasisVersion v2002 = F.createLegalBasisVersion();
		v2002.setLabel("2002");
		v2002.setEffectiveDate(LocalDate.of(2002, 11, 1));
		v2002.setArticleCount(97);
		f.law.getVersions().add(v2002);
		duty.getLegalReferences().get(0).setArticle(110);
		assertEquals(List.of(), run(new ArticleOutOfRangeRule(), f.model));
		duty.getLegalReferences().get(0).setVersion(v2002);
		assertEquals(1, run(new ArticleOutOfRangeRule(), f.model).size());
		// without recorded versions nothing can be checked
		f.law.getVersions().clear();
		duty.getLegalReferences().get(0).setVersion(null);
		assertEquals(List.of(), run(new ArticleOutOfRangeRule(), f.model));
	}
}
