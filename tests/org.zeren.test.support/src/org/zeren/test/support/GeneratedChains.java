package org.zeren.test.support;

import java.util.ArrayList;
import java.util.List;

import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/** Generated models with one long responsibility chain, shared by the diagram benchmarks (layout and view). */
public final class GeneratedChains {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private GeneratedChains() {
	}

	/**
	 * A district with a chain of exactly {@code duties} duties: committee → departments → supervised enterprises →
	 * posts. Each department supervises 6 (under 500 duties), 10 (under 3,000) or 20 enterprises; there are about
	 * size / (4.9 × that) departments, so that each enterprise gets 3 to 4 posts: the remaining duties are spread over
	 * the enterprises' posts in turn. 200 duties: 7 departments, 42 enterprises, 150 posts; 1,000: 20, 200, 779;
	 * 5,000: 51, 1,020, 3,928.
	 *
	 * @param model  the model to add parties, supervisions and lists to; never null
	 * @param duties how many duties the chain has; at least 1 + departments × (1 + enterprises per department)
	 * @return the committee duty at the top
	 * @throws IllegalArgumentException when {@code duties} is too small for one department with its enterprises
	 */
	public static Duty district(ResponsibilityModel model, int duties) {
		int perDepartment = duties < 500 ? 6 : duties < 3000 ? 10 : 20;
		int departments = Math.max(1, (int) Math.round(duties / (perDepartment * 4.9)));
		int posts = duties - 1 - departments - departments * perDepartment;
		if (posts < 0) {
			throw new IllegalArgumentException("too few duties for a chain: " + duties);
		}
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		committee.setShortName("区安委会");
		committee.setCode("C");
		model.getParties().add(committee);
		Duty top = duty(model, committee, DutyListKind.RESPONSIBILITY_LIST, "C-01", "统筹协调全区安全生产工作", null);
		List<Enterprise> enterprises = new ArrayList<>();
		List<Duty> enterpriseDuties = new ArrayList<>();
		for (int d = 0; d < departments; d++) {
			Department dep = F.createDepartment();
			dep.setName("监管部门" + (d + 1));
			dep.setCode("D" + (d + 1));
			dep.setSupervisory(true);
			committee.getChildren().add(dep);
			Duty dd = duty(model, dep, DutyListKind.RESPONSIBILITY_LIST, "D-01", "依法履行本行业领域安全生产监督管理职责", top);
			Supervision s = F.createSupervision();
			s.setSupervisor(dep);
			model.getSupervisions().add(s);
			for (int e = 0; e < perDepartment; e++) {
				Enterprise ent = F.createEnterprise();
				ent.setName("生产经营单位" + (d + 1) + "-" + (e + 1));
				ent.setCode("E" + (d + 1) + "-" + (e + 1));
				model.getParties().add(ent);
				s.getSupervised().add(ent);
				enterprises.add(ent);
				enterpriseDuties.add(duty(model, ent, DutyListKind.PRIMARY_RESPONSIBILITY_LIST, "E-01",
						"建立健全并落实全员安全生产责任制", dd));
			}
		}
		String[] postNames = { "主要负责人", "安全管理人员", "特种作业人员", "班组长" };
		PostKind[] kinds = { PostKind.PRINCIPAL_LEADER, PostKind.SAFETY_MANAGER, PostKind.SPECIAL_OPERATIONS,
				PostKind.OTHER };
		for (int p = 0; p < posts; p++) {
			int e = p % enterprises.size();
			int n = p / enterprises.size();
			Post post = F.createPost();
			post.setName(postNames[n % postNames.length] + (n >= postNames.length ? " " + (n + 1) : ""));
			post.setCode(enterprises.get(e).getCode() + "-P" + (n + 1));
			post.setKind(kinds[n % kinds.length]);
			enterprises.get(e).getChildren().add(post);
			duty(model, post, DutyListKind.POST_DUTY_LIST, "P-01", "履行本岗位安全生产职责（一岗双责）", enterpriseDuties.get(e));
		}
		return top;
	}

	private static Duty duty(ResponsibilityModel model, Party holder, DutyListKind kind, String code, String title,
			Duty upstream) {
		DutyList list = F.createDutyList();
		list.setHolder(holder);
		list.setKind(kind);
		model.getDutyLists().add(list);
		Duty d = kind == DutyListKind.RESPONSIBILITY_LIST ? F.createResponsibility() : F.createObligation();
		d.setCode(code);
		d.setTitle(title);
		d.setDelegatedFrom(upstream);
		list.getDuties().add(d);
		return d;
	}

}
