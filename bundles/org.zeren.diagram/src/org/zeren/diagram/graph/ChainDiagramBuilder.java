package org.zeren.diagram.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
import org.zeren.model.Committee;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;

/**
 * Builds the responsibility-chain diagram (责任链图) of a duty, a plan task or a party.
 * <p>
 * <b>Which duties.</b> The seeds are: the chosen duty; for a plan task, the duties assigned to it and to its
 * subtasks ({@code PlanTask.assignedDuties}); for a party, the duties in the lists it holds
 * ({@code DutyList.holder}); with no root, every duty of the model. The diagram shows every seed, the duties it
 * implements (following {@code Duty.delegatedFrom} upwards to the top of the chain) and every duty that
 * implements it, directly or through others (following {@code delegatedFrom} downwards). A delegation cycle
 * (which validation reports) is drawn as it is, without looping.
 * <p>
 * <b>Boxes.</b> Each duty is drawn inside a box of the party that holds it; that box is drawn inside the box of
 * the party's parent (a post inside its enterprise or department), except that a committee's member departments
 * are drawn beside the committee, not inside it: committee membership is coordination, and nesting would put the
 * whole government side into one box. A duty whose list has no holder is drawn on its own.
 * <p>
 * <b>Lines.</b> From each upstream duty to each duty that implements it ({@link EdgeRole#DELEGATION}); from a
 * supervising department's box to the box of each enterprise it supervises ({@code Supervision}), when both are
 * in the diagram ({@link EdgeRole#SUPERVISION}); for a plan task, from the task to its assigned duties
 * ({@link EdgeRole#ASSIGNMENT}).
 * <p>
 * Order: parties in the model's containment order, each party's box holding first its own duties (lists in
 * model order, duties in list order), then the boxes of its parts; so the layout keeps the model's order.
 */
public final class ChainDiagramBuilder {

	private final WorkAreaColours colours;
	private final Locale locale;

	/**
	 * @param colours the work-area colours; never null
	 * @param locale  the language of captions and titles (Chinese for any {@code zh} locale, else English); null
	 *                means the default locale
	 */
	public ChainDiagramBuilder(WorkAreaColours colours, Locale locale) {
		this.colours = Objects.requireNonNull(colours, "colours");
		this.locale = Objects.requireNonNullElse(locale, Locale.getDefault());
	}

	/**
	 * @param model the model; never null
	 * @param root  a {@code Duty}, {@code PlanTask} or {@code Party} of the model; null for every duty
	 * @return the graph; never null, empty when there is no duty to show
	 * @throws IllegalArgumentException when the root is of another class
	 */
	public DiagramGraph build(ResponsibilityModel model, EObject root) {
		Objects.requireNonNull(model, "model");
		List<Duty> all = ModelText.duties(model);
		List<Duty> seeds = new ArrayList<>();
		String about;
		if (root == null) {
			seeds.addAll(all);
			about = text("全部", "all duties");
		} else if (root instanceof Duty d) {
			seeds.add(d);
			about = ModelText.duty(d, locale);
		} else if (root instanceof PlanTask t) {
			collectAssigned(t, seeds);
			about = text("计划任务 ", "plan task ") + ModelText.task(t, locale);
		} else if (root instanceof Party p) {
			for (DutyList l : model.getDutyLists()) {
				if (l.getHolder() == p) {
					seeds.addAll(l.getDuties());
				}
			}
			about = ModelText.party(p, locale);
		} else {
			throw new IllegalArgumentException("a chain starts at a duty, a plan task or a party, not at a "
					+ root.eClass().getName());
		}

		Map<Duty, List<Duty>> delegates = new HashMap<>();
		for (Duty d : all) {
			Duty up = d.getDelegatedFrom();
			if (up != null) {
				delegates.computeIfAbsent(up, k -> new ArrayList<>()).add(d);
			}
		}
		Set<Duty> shown = new LinkedHashSet<>();
		Set<Duty> expanded = new HashSet<>(); // duties whose implementing duties are all in shown already
		for (Duty seed : seeds) {
			Set<Duty> upwards = new HashSet<>();
			for (Duty up = seed; up != null && upwards.add(up); up = up.getDelegatedFrom()) {
				shown.add(up); // upwards to the top of the chain (stops at a cycle)
			}
			Deque<Duty> queue = new ArrayDeque<>();
			if (expanded.add(seed)) {
				queue.add(seed);
			}
			while (!queue.isEmpty()) {
				for (Duty down : delegates.getOrDefault(queue.removeFirst(), List.of())) {
					shown.add(down);
					if (expanded.add(down)) {
						queue.addLast(down);
					}
				}
			}
		}
		List<Duty> ordered = new ArrayList<>();
		for (Duty d : all) {
			if (shown.contains(d)) {
				ordered.add(d);
			}
		}
		Set<Duty> inModelOrder = new HashSet<>(ordered);
		shown.stream().filter(d -> !inModelOrder.contains(d)).forEach(ordered::add);

		DiagramGraph graph = new DiagramGraph(text("责任链", "Responsibility chain") + ModelText.SEPARATOR + about,
				ModelText.blank(model.getName()) ? null : model.getName());
		graph.setEmptyNote(root == null ? new LocalizedText("模型中没有清单事项", "the model has no duties")
				: new LocalizedText("没有与所选对象相关的清单事项", "no duty belongs to the chosen element"));

		DiagramNode taskNode = null;
		if (root instanceof PlanTask t) {
			taskNode = graph.addNode(null, "task-" + ModelText.key(t), NodeRole.PLAN_TASK, ModelText.task(t, locale),
					NodeRole.PLAN_TASK.label().get(locale), null, t);
			graph.emphasise(taskNode);
		}

		// party boxes: holders and their parents up to (not including) a committee
		Set<Party> boxed = new LinkedHashSet<>();
		for (Duty d : ordered) {
			for (Party p = ModelText.holder(d); p != null && boxed.add(p); p = boxParent(p)) {
				// holder, then the parties it is drawn inside
			}
		}
		Map<Party, List<Duty>> held = new LinkedHashMap<>();
		List<Duty> unheld = new ArrayList<>();
		for (Duty d : ordered) {
			Party h = ModelText.holder(d);
			if (h == null) {
				unheld.add(d);
			} else {
				held.computeIfAbsent(h, k -> new ArrayList<>()).add(d);
			}
		}
		Set<Party> partyOrder = new LinkedHashSet<>();
		for (Party p : Parties.all(model)) {
			if (boxed.contains(p)) {
				partyOrder.add(p);
			}
		}
		partyOrder.addAll(boxed); // holders outside the model's containment come last
		// each party's box, then its own duties, then (through the pre-order) the boxes of its parts
		Map<Party, DiagramNode> boxes = new LinkedHashMap<>();
		Map<Duty, DiagramNode> nodes = new HashMap<>();
		for (Party p : partyOrder) {
			DiagramNode parent = boxes.get(boxParent(p));
			NodeRole role = NodeRole.of(p);
			DiagramNode box = graph.addNode(parent, "party-" + ModelText.key(p), role, ModelText.party(p, locale),
					role.label().get(locale), null, p);
			boxes.put(p, box);
			if (p == root) {
				graph.emphasise(box);
			}
			for (Duty d : held.getOrDefault(p, List.of())) {
				nodes.put(d, dutyNode(graph, box, d, root));
			}
		}
		for (Duty d : unheld) {
			nodes.put(d, dutyNode(graph, null, d, root));
		}
		if (taskNode != null) {
			for (Duty d : seeds) {
				if (nodes.containsKey(d)) {
					graph.addEdge(taskNode, nodes.get(d), EdgeRole.ASSIGNMENT, null);
				}
			}
		}
		for (Duty d : ordered) {
			DiagramNode up = nodes.get(d.getDelegatedFrom());
			if (up != null) {
				graph.addEdge(up, nodes.get(d), EdgeRole.DELEGATION, null);
			}
		}
		Set<List<DiagramNode>> supervised = new HashSet<>();
		for (Supervision s : model.getSupervisions()) {
			DiagramNode supervisor = boxes.get(s.getSupervisor());
			if (supervisor == null) {
				continue;
			}
			for (Enterprise e : s.getSupervised()) {
				DiagramNode enterprise = boxes.get(e);
				if (enterprise != null && !supervisor.contains(enterprise) && !enterprise.contains(supervisor)
						&& supervised.add(List.of(supervisor, enterprise))) {
					graph.addEdge(supervisor, enterprise, EdgeRole.SUPERVISION, null);
				}
			}
		}
		return graph;
	}

	private DiagramNode dutyNode(DiagramGraph graph, DiagramNode box, Duty d, EObject root) {
		DiagramNode node = graph.addNode(box, "duty-" + ModelText.key(d), NodeRole.DUTY, ModelText.duty(d, locale),
				ModelText.dutyCaption(d, locale), colours.style(d.getWorkArea()), d);
		if (d == root) {
			graph.emphasise(node);
		}
		return node;
	}

	/** @return the party whose box holds the box of {@code p}: its parent, unless that is a committee */
	private static Party boxParent(Party p) {
		Party parent = p.getParent();
		return parent instanceof Committee ? null : parent;
	}

	private static void collectAssigned(PlanTask t, List<Duty> into) {
		for (Duty d : t.getAssignedDuties()) {
			if (!into.contains(d)) {
				into.add(d);
			}
		}
		for (PlanTask sub : t.getSubtasks()) {
			collectAssigned(sub, into);
		}
	}

	private String text(String zh, String en) {
		return new LocalizedText(zh, en).get(locale);
	}
}
