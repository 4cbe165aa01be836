package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.LoadedModel;
import org.zeren.model.Committee;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Responsibility;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren info}: the counts of a model and its longest responsibility chain. */
class InfoCommandTest {

	@TempDir
	Path dir;

	private static final String NL = System.lineSeparator();

	@Test
	void countsPartiesListsDutiesAndTheLongestChain() throws Exception {
		Fixture fx = new Fixture();
		Path model = fx.organisation(dir.resolve("org.zeren"));
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
		Fixture.Run r = fx.run("info", model.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(String.join(NL,
				"Model 测试组织 (" + model.toAbsolutePath().normalize() + ")",
				"Parties: 7 (committees 1, departments 2 of which supervisory 1, enterprises 2, posts below)",
				"Posts: 2 (principal leaders 1, safety managers 0, special operations 1, other 0)",
				"Duty lists: 6 (power lists 1, responsibility lists 2, primary-responsibility lists 2, post duty lists 1)",
				"Duties: 6 (responsibilities 2, powers 1, obligations 3, other 0)",
				"Legal bases: 1",
				"Work plans: 0 (sections 0, tasks 0)",
				"Supervision relations: 1 (department-enterprise links 1)",
				"Longest responsibility chain (delegatedFrom): 4",
				"  T-C-01 统筹协调安全生产工作 @ 绿建区安全生产委员会",
				"    └ T-D-01 依法监管本行业 @ 安全生产监督管理局",
				"      └ T-E-01 落实主体责任 @ 绿建精细化工有限公司",
				"        └ T-P-01 全面负责 @ 绿建精细化工有限公司 / 总经理",
				""), r.out());
	}

	@Test
	void aChainOfFiftyThousandLinksPrintsItsFirstFiveAndLastTwo() throws Exception {
		Fixture fx = new Fixture();
		Path file = dir.resolve("chain.zeren");
		LoadedModel loaded = fx.store.create(file, "长链");
		ResponsibilityModel m = loaded.model();
		Committee committee = Fixture.F.createCommittee();
		committee.setName("安委会");
		m.getParties().add(committee);
		DutyList list = Fixture.F.createDutyList();
		list.setKind(DutyListKind.RESPONSIBILITY_LIST);
		list.setHolder(committee);
		m.getDutyLists().add(list);
		Duty previous = null;
		for (int i = 1; i <= 50_000; i++) {
			Responsibility d = Fixture.F.createResponsibility();
			d.setCode("L" + i);
			d.setTitle("第" + i + "环");
			d.setDelegatedFrom(previous);
			list.getDuties().add(d);
			previous = d;
		}
		fx.store.save(loaded);

		Fixture.Run r = fx.run("info", file.toString());
		assertEquals(0, r.code(), r.err());
		String chain = r.out().substring(r.out().indexOf("Longest responsibility chain"));
		assertEquals(String.join(NL,
				"Longest responsibility chain (delegatedFrom): 50000",
				"  L1 第1环 @ 安委会",
				"    └ L2 第2环 @ 安委会",
				"      └ L3 第3环 @ 安委会",
				"        └ L4 第4环 @ 安委会",
				"          └ L5 第5环 @ 安委会",
				"            … 49993 more …",
				"              └ L49999 第49999环 @ 安委会",
				"              └ L50000 第50000环 @ 安委会",
				""), chain);
	}

	@Test
	void aChainOfEightLinksStillLeavesOneOut() throws Exception {
		Fixture fx = new Fixture();
		Path file = dir.resolve("chain8.zeren");
		LoadedModel loaded = fx.store.create(file, "短链");
		ResponsibilityModel m = loaded.model();
		Committee committee = Fixture.F.createCommittee();
		committee.setName("安委会");
		m.getParties().add(committee);
		DutyList list = Fixture.F.createDutyList();
		list.setKind(DutyListKind.RESPONSIBILITY_LIST);
		list.setHolder(committee);
		m.getDutyLists().add(list);
		Duty previous = null;
		for (int i = 1; i <= 8; i++) {
			Responsibility d = Fixture.F.createResponsibility();
			d.setCode("L" + i);
			d.setDelegatedFrom(previous);
			list.getDuties().add(d);
			previous = d;
		}
		// a cycle in front of nothing: L1 delegates from L8 too (cut where it closes; 8 distinct links)
		((Responsibility) list.getDuties().get(0)).setDelegatedFrom(previous);
		fx.store.save(loaded);
		Fixture.Run r = fx.run("info", file.toString());
		assertEquals(0, r.code(), r.err());
		String chain = r.out().substring(r.out().indexOf("Longest responsibility chain"));
		assertEquals(String.join(NL,
				"Longest responsibility chain (delegatedFrom): 8",
				"  L2 @ 安委会",
				"    └ L3 @ 安委会",
				"      └ L4 @ 安委会",
				"        └ L5 @ 安委会",
				"          └ L6 @ 安委会",
				"            … 1 more …",
				"              └ L8 @ 安委会",
				"              └ L1 @ 安委会",
				""), chain);
	}

	@Test
	void missingModelGivesExitTwo() {
		Fixture fx = new Fixture();
		Path missing = dir.resolve("none.zeren");
		Fixture.Run r = fx.run("info", missing.toString());
		assertEquals(2, r.code());
		assertEquals(missing + ": the file does not exist" + NL, r.err());
	}
}
