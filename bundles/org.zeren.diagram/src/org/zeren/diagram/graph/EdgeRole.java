package org.zeren.diagram.graph;

import org.zeren.core.spi.LocalizedText;

/** What a diagram edge stands for; decides its line style and its legend entry. */
public enum EdgeRole {
	/**
	 * From an upstream duty to a duty that implements it ({@code Duty.delegatedFrom} points the other way): a link
	 * of the responsibility chain (责任链) as the metamodel defines it.
	 */
	DELEGATION(new LocalizedText("责任传导（下级事项落实上级事项）", "delegation (duty implements the upstream duty)")),
	/** From a supervising department to an enterprise it supervises ({@code Supervision}). */
	SUPERVISION(new LocalizedText("监管关系", "supervision")),
	/** From a plan task to a duty assigned to it ({@code PlanTask.assignedDuties}), or to a work area it concerns. */
	ASSIGNMENT(new LocalizedText("任务分解", "task assignment")),
	/** From a party to a part of it (organisation map), or from a plan section to its tasks. */
	STRUCTURE(new LocalizedText("隶属/组成", "part of")),
	/** From a work area or plan task to a party responsible for it (plan map). */
	RESPONSIBLE(new LocalizedText("责任主体", "responsible party"));

	private final LocalizedText label;

	EdgeRole(LocalizedText label) {
		this.label = label;
	}

	/** @return the explanation shown in the legend; never null */
	public LocalizedText label() {
		return label;
	}
}
