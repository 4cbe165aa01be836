package org.zeren.diagram.graph;

import org.zeren.core.spi.LocalizedText;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;

/** What a diagram node stands for; decides its style and its legend entry. */
public enum NodeRole {
	/** A Work Safety Committee (安委会). */
	COMMITTEE(new LocalizedText("安委会", "committee")),
	/** A department with work-safety supervision duties (负有安全监管职责的部门, {@code Department.supervisory}). */
	SUPERVISORY_DEPARTMENT(new LocalizedText("监管部门", "supervisory department")),
	/** Any other department (部门). */
	DEPARTMENT(new LocalizedText("部门", "department")),
	/** A production and business entity (生产经营单位). */
	ENTERPRISE(new LocalizedText("生产经营单位", "enterprise")),
	/** A post (岗位). */
	POST(new LocalizedText("岗位", "post")),
	/** A party of a class contributed by a work area that is none of the above. */
	OTHER_PARTY(new LocalizedText("责任主体", "party")),
	/** A duty (清单事项): responsibility, power or obligation. */
	DUTY(new LocalizedText("清单事项", "duty")),
	/** A section of a work plan. */
	PLAN_SECTION(new LocalizedText("计划部分", "plan section")),
	/** A task (item) of a work plan. */
	PLAN_TASK(new LocalizedText("计划任务", "plan task")),
	/** A work area (工作领域). */
	WORK_AREA(new LocalizedText("工作领域", "work area"));

	private final LocalizedText label;

	NodeRole(LocalizedText label) {
		this.label = label;
	}

	/** @return the name of this kind of node, as shown in captions and the legend; never null */
	public LocalizedText label() {
		return label;
	}

	/** @return whether the node stands for a party */
	public boolean isParty() {
		return switch (this) {
		case COMMITTEE, SUPERVISORY_DEPARTMENT, DEPARTMENT, ENTERPRISE, POST, OTHER_PARTY -> true;
		default -> false;
		};
	}

	/**
	 * @param party a party; never null
	 * @return the role of a node showing it
	 */
	public static NodeRole of(Party party) {
		if (party instanceof Committee) {
			return COMMITTEE;
		}
		if (party instanceof Department d) {
			return d.isSupervisory() ? SUPERVISORY_DEPARTMENT : DEPARTMENT;
		}
		if (party instanceof Enterprise) {
			return ENTERPRISE;
		}
		if (party instanceof Post) {
			return POST;
		}
		return OTHER_PARTY;
	}
}
