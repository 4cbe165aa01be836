package org.zeren.diagram;

import java.util.Locale;

import org.zeren.core.spi.LocalizedText;

/** The kinds of diagram Zeren draws from a responsibility model. */
public enum DiagramKind {
	/**
	 * Responsibility chain (责任链图) of a duty, plan task or party, or of every duty when no root is given: see
	 * {@link org.zeren.diagram.graph.ChainDiagramBuilder}.
	 */
	CHAIN("chain", new LocalizedText("责任链图", "responsibility chain")),
	/**
	 * Organisation and supervision map (组织与监管关系图) of the model or of one party: see
	 * {@link org.zeren.diagram.graph.OrganisationDiagramBuilder}.
	 */
	ORGANISATION("org", new LocalizedText("组织与监管关系图", "organisation and supervision map")),
	/** Plan map (工作计划图) of a work plan: see {@link org.zeren.diagram.graph.PlanDiagramBuilder}. */
	PLAN("plan", new LocalizedText("工作计划图", "plan map"));

	private final String id;
	private final LocalizedText label;

	DiagramKind(String id, LocalizedText label) {
		this.id = id;
		this.label = label;
	}

	/** @return the name used on the command line: {@code chain}, {@code org} or {@code plan} */
	public String id() {
		return id;
	}

	/** @return the display name; never null */
	public LocalizedText label() {
		return label;
	}

	/**
	 * @param name {@code chain}, {@code org} (or {@code organisation}) or {@code plan}, in any case
	 * @return the kind
	 * @throws IllegalArgumentException naming the accepted values when the name is none of them
	 */
	public static DiagramKind of(String name) {
		String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		for (DiagramKind k : values()) {
			if (k.id.equals(n) || k.name().toLowerCase(Locale.ROOT).equals(n)) {
				return k;
			}
		}
		throw new IllegalArgumentException("unknown diagram kind '" + name + "': use chain, org or plan");
	}
}
