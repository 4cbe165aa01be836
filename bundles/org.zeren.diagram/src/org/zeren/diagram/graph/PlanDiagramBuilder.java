package org.zeren.diagram.graph;

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
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;

/**
 * Builds the plan map (工作计划图) of a work plan: plan sections → tasks → work areas → responsible parties.
 * <p>
 * <b>Boxes.</b> One box per section (dark), per task and subtask, per work area that some task concerns
 * ({@code PlanTask.workAreas}; in its colour), and per responsible party (with its kind as caption).
 * <p>
 * <b>Lines.</b> Section → its tasks, task → its subtasks ({@link EdgeRole#STRUCTURE}); task → each work area
 * it concerns ({@link EdgeRole#ASSIGNMENT}); work area → its responsible parties, in the work area's colour
 * ({@link EdgeRole#RESPONSIBLE}); task → a responsible party that no work area of the task leads to.
 * <p>
 * <b>Responsible parties</b> (the rule of this map): a party is responsible for a task when
 * <ol>
 * <li>it holds a duty assigned to the task ({@code PlanTask.assignedDuties}, held through
 * {@code DutyList.holder}): the line runs from the duty's work area when the task concerns that work area,
 * else straight from the task; or</li>
 * <li>it is a committee or a department holding a duty of a work area the task concerns
 * ({@code Duty.workArea}): the line runs from the work area.</li>
 * </ol>
 * Enterprises and posts count only through rule 1: they carry out what the plan assigns to departments, and
 * listing every enterprise with a duty of the work area would hide the plan's own assignment. A work area box
 * is shared by all tasks that concern it, so its lines to parties are drawn once.
 */
public final class PlanDiagramBuilder {

	private final WorkAreaColours colours;
	private final Locale locale;

	/**
	 * @param colours the work-area colours; never null
	 * @param locale  the language of captions and titles; null means the default locale
	 */
	public PlanDiagramBuilder(WorkAreaColours colours, Locale locale) {
		this.colours = Objects.requireNonNull(colours, "colours");
		this.locale = Objects.requireNonNullElse(locale, Locale.getDefault());
	}

	/**
	 * @param model the model; never null
	 * @param root  a {@code WorkPlan} of the model; null for the model's first work plan
	 * @return the graph; never null, empty (with a note saying so) when the model has no work plan
	 * @throws IllegalArgumentException when the root is not a work plan
	 */
	public DiagramGraph build(ResponsibilityModel model, EObject root) {
		Objects.requireNonNull(model, "model");
		if (root != null && !(root instanceof WorkPlan)) {
			throw new IllegalArgumentException("a plan map is drawn for a work plan, not for a " + root.eClass().getName());
		}
		WorkPlan plan = root != null ? (WorkPlan) root : model.getWorkPlans().isEmpty() ? null : model.getWorkPlans().get(0);
		String kind = new LocalizedText("工作计划图", "Plan map").get(locale);
		String subtitle = ModelText.blank(model.getName()) ? null : model.getName();
		if (plan == null) {
			DiagramGraph empty = new DiagramGraph(kind, subtitle);
			empty.setEmptyNote(new LocalizedText("模型中没有工作计划", "the model has no work plan"));
			return empty;
		}
		DiagramGraph graph = new DiagramGraph(kind + ModelText.SEPARATOR
				+ (ModelText.blank(plan.getTitle()) ? new LocalizedText("（无标题）", "(untitled)").get(locale) : plan.getTitle()),
				subtitle);
		graph.setEmptyNote(new LocalizedText("工作计划没有内容", "the work plan is empty"));

		// nodes: sections and tasks in document order, then work areas, then parties in model order
		Map<PlanTask, DiagramNode> taskNodes = new LinkedHashMap<>();
		Map<PlanSection, DiagramNode> sectionNodes = new LinkedHashMap<>();
		for (PlanSection s : plan.getSections()) {
			sectionNodes.put(s, graph.addNode(null, "section-" + ModelText.key(s), NodeRole.PLAN_SECTION,
					ModelText.section(s, locale), null, null, s));
			for (PlanTask t : s.getTasks()) {
				addTask(graph, t, taskNodes);
			}
		}
		Map<WorkArea, DiagramNode> areaNodes = new LinkedHashMap<>();
		for (PlanTask t : taskNodes.keySet()) {
			for (WorkArea w : t.getWorkAreas()) {
				if (!areaNodes.containsKey(w)) {
					WorkAreaStyle style = colours.style(w);
					areaNodes.put(w, graph.addNode(null, "workarea-" + ModelText.key(w), NodeRole.WORK_AREA,
							style.label(locale), null, style, w));
				}
			}
		}

		// responsible parties
		Map<WorkArea, Set<Party>> governmentByArea = new HashMap<>();
		for (Duty d : ModelText.duties(model)) {
			Party holder = ModelText.holder(d);
			if (d.getWorkArea() != null && (holder instanceof Committee || holder instanceof Department)) {
				governmentByArea.computeIfAbsent(d.getWorkArea(), k -> new LinkedHashSet<>()).add(holder);
			}
		}
		Map<DiagramNode, Set<Party>> lines = new LinkedHashMap<>(); // from work area or task to parties
		for (Map.Entry<PlanTask, DiagramNode> e : taskNodes.entrySet()) {
			PlanTask t = e.getKey();
			for (Duty d : t.getAssignedDuties()) {
				Party holder = ModelText.holder(d);
				if (holder != null) {
					DiagramNode from = t.getWorkAreas().contains(d.getWorkArea()) ? areaNodes.get(d.getWorkArea()) : e.getValue();
					lines.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(holder);
				}
			}
			for (WorkArea w : t.getWorkAreas()) {
				lines.computeIfAbsent(areaNodes.get(w), k -> new LinkedHashSet<>())
						.addAll(governmentByArea.getOrDefault(w, Set.of()));
			}
		}
		Set<Party> responsible = new HashSet<>();
		lines.values().forEach(responsible::addAll);
		Map<Party, DiagramNode> partyNodes = new LinkedHashMap<>();
		Set<Party> ordered = new LinkedHashSet<>();
		for (Party p : Parties.all(model)) {
			if (responsible.contains(p)) {
				ordered.add(p);
			}
		}
		lines.values().forEach(ordered::addAll);
		for (Party p : ordered) {
			NodeRole role = NodeRole.of(p);
			partyNodes.put(p, graph.addNode(null, "party-" + ModelText.key(p), role, ModelText.party(p, locale),
					role.label().get(locale), null, p));
		}

		// edges: structure, task → work area, then responsibility
		for (PlanSection s : plan.getSections()) {
			for (PlanTask t : s.getTasks()) {
				graph.addEdge(sectionNodes.get(s), taskNodes.get(t), EdgeRole.STRUCTURE, null);
				addSubtaskEdges(graph, t, taskNodes);
			}
		}
		for (Map.Entry<PlanTask, DiagramNode> e : taskNodes.entrySet()) {
			for (WorkArea w : new LinkedHashSet<>(e.getKey().getWorkAreas())) {
				graph.addEdge(e.getValue(), areaNodes.get(w), EdgeRole.ASSIGNMENT, null);
			}
		}
		for (Map.Entry<DiagramNode, Set<Party>> e : lines.entrySet()) {
			DiagramNode from = e.getKey();
			String colour = from.workArea() == null ? null : from.workArea().colour();
			for (Party p : e.getValue()) {
				graph.addEdge(from, partyNodes.get(p), EdgeRole.RESPONSIBLE, colour);
			}
		}
		return graph;
	}

	private void addTask(DiagramGraph graph, PlanTask t, Map<PlanTask, DiagramNode> into) {
		into.put(t, graph.addNode(null, "task-" + ModelText.key(t), NodeRole.PLAN_TASK, ModelText.task(t, locale),
				null, null, t));
		for (PlanTask sub : t.getSubtasks()) {
			addTask(graph, sub, into);
		}
	}

	private static void addSubtaskEdges(DiagramGraph graph, PlanTask t, Map<PlanTask, DiagramNode> nodes) {
		for (PlanTask sub : t.getSubtasks()) {
			graph.addEdge(nodes.get(t), nodes.get(sub), EdgeRole.STRUCTURE, null);
			addSubtaskEdges(graph, sub, nodes);
		}
	}
}
