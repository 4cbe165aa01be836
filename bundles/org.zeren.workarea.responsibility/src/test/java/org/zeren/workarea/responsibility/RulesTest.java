package org.zeren.workarea.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zeren.test.support.Fixtures.F;

import org.zeren.test.support.Fixtures;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.model.Department;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;

/** Each rule on a model that breaks it and on one that keeps it. */
class RulesTest {

	@Test
	void entityWithoutPrincipalLeaderIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = Fixtures.enterprise("绿建物流有限公司");
		Fixtures.post(e, "安全员", PostKind.SAFETY_MANAGER);
		model.getParties().add(e);
		List<Finding> findings = Fixtures.run(new EnterpriseWithoutPrincipalLeaderRule(), model);
		assertEquals(1, findings.size());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertSame(e, findings.get(0).element());
		assertEquals("生产经营单位“绿建物流有限公司”没有主要负责人岗位（本单位安全生产第一责任人）；请添加类别为“主要负责人”的岗位",
				findings.get(0).message().zh());
	}

	@Test
	void principalLeaderInASubUnitCountsButNotOneOfANestedEntity() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise group = Fixtures.enterprise("绿建集团");
		Department office = F.createDepartment();
		office.setName("总经理办公室");
		group.getChildren().add(office);
		Fixtures.post(office, "总经理", PostKind.PRINCIPAL_LEADER);
		Enterprise branch = Fixtures.enterprise("绿建集团第一分公司");
		group.getChildren().add(branch);
		model.getParties().add(group);
		List<Finding> findings = Fixtures.run(new EnterpriseWithoutPrincipalLeaderRule(), model);
		assertEquals(1, findings.size(), findings.toString());
		assertSame(branch, findings.get(0).element());

		Fixtures.post(branch, "分公司经理", PostKind.PRINCIPAL_LEADER);
		assertEquals(List.of(), Fixtures.run(new EnterpriseWithoutPrincipalLeaderRule(), model));
	}

	@Test
	void entityWithoutPrimaryResponsibilityListIsReported() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Enterprise e = Fixtures.enterprise("绿建机械厂");
		model.getParties().add(e);
		DutyList empty = F.createDutyList();
		empty.setKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST);
		empty.setHolder(e);
		model.getDutyLists().add(empty);
		List<Finding> findings = Fixtures.run(new PrimaryResponsibilityListRule(), model);
		assertEquals(1, findings.size(), "an empty list is no list");
		assertSame(e, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("production and business entity \"绿建机械厂\" has no primary-responsibility list, or an empty one; "
				+ "list its legal work-safety obligations (\"one must, five in place\")", findings.get(0).message().en());

		Obligation o = F.createObligation();
		o.setCode("Q-01");
		o.setTitle("落实安全生产主体责任");
		empty.getDuties().add(o);
		assertEquals(List.of(), Fixtures.run(new PrimaryResponsibilityListRule(), model));
	}

	@Test
	void unsupervisedEntityIsReported() {
		Fixtures.Org org = Fixtures.organisation();
		Enterprise orphan = Fixtures.enterprise("无人监管的小作坊");
		org.model().getParties().add(orphan);
		List<Finding> findings = Fixtures.run(new UnsupervisedEnterpriseRule(), org.model());
		assertEquals(1, findings.size());
		assertSame(orphan, findings.get(0).element());
		assertEquals("生产经营单位“无人监管的小作坊”没有任何部门监管；请按“管行业必须管安全”把它列入负有安全监管职责部门的监管关系",
				findings.get(0).message().zh());

		org.model().getSupervisions().get(0).getSupervised().add(orphan);
		assertEquals(List.of(), Fixtures.run(new UnsupervisedEnterpriseRule(), org.model()));
	}
}
