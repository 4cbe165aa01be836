package org.zeren.workarea.occupationalhealth.internal;

import java.util.List;

import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.workarea.WorkAreaRegistry;
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
import org.zeren.model.ZerenPackage;

/**
 * The small organisation of the tests: committee &gt; supervisory department (supervising the
 * enterprise) and a non-supervisory office; an enterprise with occupational hazards with a safety
 * manager and a clerk; an enterprise without hazards, also supervised.
 */
final class Organisation {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	final ResponsibilityModel model = F.createResponsibilityModel();
	final Committee committee = F.createCommittee();
	final Department department = F.createDepartment();
	final Department office = F.createDepartment();
	final Enterprise foundry = F.createEnterprise();
	final Post safetyManager = F.createPost();
	final Post clerk = F.createPost();
	final Enterprise agency = F.createEnterprise();

	Organisation() {
		model.setName("绿建区安全生产责任体系");
		committee.setName("绿建区安全生产委员会");
		department.setName("区卫生健康局");
		department.setSupervisory(true);
		office.setName("区档案室");
		committee.getChildren().addAll(List.of(department, office));
		foundry.setName("某铸造有限公司");
		foundry.setIndustry("工贸");
		foundry.setHasOccupationalHazards(true);
		safetyManager.setName("安全环保科科长");
		safetyManager.setKind(PostKind.SAFETY_MANAGER);
		clerk.setName("文员");
		foundry.getChildren().addAll(List.of(safetyManager, clerk));
		agency.setName("某旅行社");
		agency.setIndustry("商贸");
		model.getParties().addAll(List.of(committee, foundry, agency));
		Supervision s = F.createSupervision();
		s.setSupervisor(department);
		s.getSupervised().addAll(List.of(foundry, agency));
		model.getSupervisions().add(s);
	}

	/** @return a registry holding this work area and a stand-in for the responsibility-system anchor RS-C-01 */
	static WorkAreaRegistry registry() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		if (!registry.add(new OccupationalHealthWorkArea(), "org.zeren.workarea.occupationalhealth")
				|| !registry.add(responsibilitySystemStandIn(), "test")) {
			throw new IllegalStateException("registry refused a work area: " + registry.diagnostics());
		}
		return registry;
	}

	/** The committee-level anchor that the responsibility-system work area provides (stand-in). */
	static WorkAreaContribution responsibilitySystemStandIn() {
		return new WorkAreaContribution() {
			@Override
			public String id() {
				return "responsibility-system";
			}

			@Override
			public LocalizedText name() {
				return new LocalizedText("安全生产责任体系", "Responsibility system");
			}

			@Override
			public String colour() {
				return "#455A64";
			}

			@Override
			public List<DutyTemplate> dutyTemplates() {
				return List.of(DutyTemplate.builder("RS-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
						.title("统筹协调本行政区域安全生产工作").source("test stand-in").build());
			}
		};
	}

	/** @return the duty with this code in a list the holder holds, or null */
	Duty duty(Party holder, String code) {
		for (DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder) {
				for (Duty d : l.getDuties()) {
					if (code.equals(d.getCode())) {
						return d;
					}
				}
			}
		}
		return null;
	}

	/** @return the sorted codes of the holder's duties other than the RS stand-in's */
	List<String> codes(Party holder) {
		return model.getDutyLists().stream().filter(l -> l.getHolder() == holder).flatMap(l -> l.getDuties().stream())
				.map(Duty::getCode).filter(c -> !c.startsWith("RS-")).sorted().toList();
	}
}
