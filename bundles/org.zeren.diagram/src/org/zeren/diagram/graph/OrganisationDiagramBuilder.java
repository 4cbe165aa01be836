package org.zeren.diagram.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.zeren.core.model.Parties;
import org.zeren.core.spi.LocalizedText;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;

/**
 * Builds the organisation and supervision map (组织与监管关系图): the party tree and who supervises whom.
 * <p>
 * <b>Which parties.</b> With no root, every party of the model; with a root party, that party and the parties
 * inside it ({@code Party.children}, at any depth), plus the enterprises supervised by a department among them
 * (with their posts), so that a department's map shows whom it supervises.
 * <p>
 * <b>Boxes and lines.</b> Posts are drawn inside the box of the party they belong to; every other party is a
 * box of its own, joined to its parent party by a line ({@link EdgeRole#STRUCTURE}), e.g. the committee to
 * its member departments. Each supervision relation ({@code Supervision}) gives a line from the department to
 * each enterprise it supervises ({@link EdgeRole#SUPERVISION}), in a colour of its own
 * ({@link #SUPERVISOR_COLOURS}). Parties keep the model's containment order.
 */
public final class OrganisationDiagramBuilder {

	/**
	 * Colours of the supervision lines, one per supervising department in the order of the model's supervision
	 * relations (repeating after eight), so that the lines of one department can be followed.
	 */
	public static final List<String> SUPERVISOR_COLOURS = List.of("#3949AB", "#D81B60", "#00897B", "#F4511E", "#7CB342",
			"#8E24AA", "#039BE5", "#6D4C41");

	private final Locale locale;

	/** @param locale the language of captions and titles; null means the default locale */
	public OrganisationDiagramBuilder(Locale locale) {
		this.locale = Objects.requireNonNullElse(locale, Locale.getDefault());
	}

	/**
	 * @param model the model; never null
	 * @param root  a party of the model; null for the whole model
	 * @return the graph; never null, empty for a model without parties
	 * @throws IllegalArgumentException when the root is not a party
	 */
	public DiagramGraph build(ResponsibilityModel model, EObject root) {
		Objects.requireNonNull(model, "model");
		if (root != null && !(root instanceof Party)) {
			throw new IllegalArgumentException("an organisation map starts at a party, not at a " + root.eClass().getName());
		}
		List<Party> all = Parties.all(model);
		Set<Party> included = new LinkedHashSet<>();
		if (root == null) {
			included.addAll(all);
		} else {
			Party r = (Party) root;
			addTree(r, included);
			for (Supervision s : model.getSupervisions()) {
				if (s.getSupervisor() != null && included.contains(s.getSupervisor())) {
					for (Enterprise e : s.getSupervised()) {
						addTree(e, included);
					}
				}
			}
		}
		String title = new LocalizedText("组织与监管关系图", "Organisation and supervision").get(locale);
		if (root != null) {
			title += ModelText.SEPARATOR + ModelText.party((Party) root, locale);
		}
		DiagramGraph graph = new DiagramGraph(title, ModelText.blank(model.getName()) ? null : model.getName());
		graph.setEmptyNote(new LocalizedText("模型中没有责任主体", "the model has no parties"));

		Map<Party, DiagramNode> nodes = new LinkedHashMap<>();
		Set<Party> ordered = new LinkedHashSet<>();
		for (Party p : all) {
			if (included.contains(p)) {
				ordered.add(p);
			}
		}
		ordered.addAll(included);
		for (Party p : ordered) {
			DiagramNode parent = p instanceof Post ? nodes.get(p.getParent()) : null;
			NodeRole role = NodeRole.of(p);
			DiagramNode node = graph.addNode(parent, "party-" + ModelText.key(p), role, ModelText.party(p, locale),
					role.label().get(locale), null, p);
			nodes.put(p, node);
			if (p == root) {
				graph.emphasise(node);
			}
		}
		for (Party p : ordered) {
			DiagramNode node = nodes.get(p);
			DiagramNode parent = nodes.get(p.getParent());
			if (parent != null && node.parent() == null) {
				graph.addEdge(parent, node, EdgeRole.STRUCTURE, null);
			}
		}
		Set<List<DiagramNode>> seen = new HashSet<>();
		List<DiagramNode> supervisors = new java.util.ArrayList<>();
		for (Supervision s : model.getSupervisions()) {
			DiagramNode supervisor = nodes.get(s.getSupervisor());
			if (supervisor == null) {
				continue;
			}
			if (!supervisors.contains(supervisor)) {
				supervisors.add(supervisor);
			}
			String colour = SUPERVISOR_COLOURS.get(supervisors.indexOf(supervisor) % SUPERVISOR_COLOURS.size());
			for (Enterprise e : s.getSupervised()) {
				DiagramNode enterprise = nodes.get(e);
				if (enterprise != null && !supervisor.contains(enterprise) && !enterprise.contains(supervisor)
						&& seen.add(List.of(supervisor, enterprise))) {
					graph.addEdge(supervisor, enterprise, EdgeRole.SUPERVISION, colour);
				}
			}
		}
		return graph;
	}

	private static void addTree(Party p, Set<Party> into) {
		if (into.add(p)) {
			for (Party c : p.getChildren()) {
				addTree(c, into);
			}
		}
	}
}
