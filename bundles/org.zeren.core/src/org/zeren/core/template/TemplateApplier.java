package org.zeren.core.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.model.LegalTitles;
import org.zeren.core.model.StableIds;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.ZerenFactory;

/**
 * Applies the duty templates of the installed work areas to parties of a model.
 * <p>
 * For every party and every template whose condition holds, the party's list of the template's
 * kind gets a duty with the template's code, unless that list already has a duty with this code
 * (applying twice changes nothing). Lists, legal bases and work-area elements are created when
 * missing, legal bases matched by title. Then each new duty whose template names an upstream
 * code, whenever it was created, is linked by {@code delegatedFrom} to the duty with that code
 * held by the nearest upstream party: the party itself, then its ancestors (a post's
 * enterprise), then the departments that supervise it (for an enterprise), then the model's
 * committees. Template {@linkplain DutyTemplate#values() values} (e.g. a power's kind) are set
 * on the new duty. Finally each plan task gets, as its assigned duties, the committee's and
 * departments' duties of the task's work areas.
 * <p>
 * Elements created here get identifiers derived from what they are (holder id, list kind, code),
 * so importing the same input into the same organisation gives the same file.
 */
public class TemplateApplier {

	private final WorkAreaRegistry registry;

	/** @param registry the installed work areas whose templates apply; never null */
	public TemplateApplier(WorkAreaRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	/**
	 * Lists what {@link #apply} would create, without changing the model.
	 *
	 * @param model   the model; never null
	 * @param parties the parties to consider; null means every party of the model
	 * @return the duties that would be created, party by party in model order; never null
	 */
	public List<PlannedDuty> preview(ResponsibilityModel model, Collection<? extends Party> parties) {
		List<RegistryDiagnostic> diagnostics = new ArrayList<>();
		List<PlannedDuty> planned = plan(model, parties, diagnostics);
		diagnostics.forEach(registry::report);
		return planned;
	}

	private List<PlannedDuty> plan(ResponsibilityModel model, Collection<? extends Party> parties,
			List<RegistryDiagnostic> diagnostics) {
		List<PlannedDuty> planned = new ArrayList<>();
		DutyIndex index = new DutyIndex(model);
		Map<RegisteredWorkArea, List<DutyTemplate>> templates = registry.dutyTemplates();
		for (Party party : selectParties(model, parties)) {
			for (Map.Entry<RegisteredWorkArea, List<DutyTemplate>> e : templates.entrySet()) {
				for (DutyTemplate t : e.getValue()) {
					if (applies(t, party, e.getKey(), diagnostics) && index.duty(party, t.listKind(), t.code()) == null) {
						planned.add(new PlannedDuty(party, t, e.getKey()));
					}
				}
			}
		}
		return planned;
	}

	/**
	 * Applies the templates; see the class comment.
	 *
	 * @param model   the model to change; never null
	 * @param parties the parties to apply to; null means every party of the model
	 * @return what was created and linked; never null
	 */
	public ApplyResult apply(ResponsibilityModel model, Collection<? extends Party> parties) {
		List<RegistryDiagnostic> diagnostics = new ArrayList<>();
		List<PlannedDuty> planned = plan(model, parties, diagnostics);
		List<Duty> created = new ArrayList<>();
		DutyIndex index = new DutyIndex(model);
		for (PlannedDuty p : planned) {
			created.add(create(model, p, index));
		}
		// link every duty of a template with an upstream code that is still unlinked, including
		// duties created by earlier runs whose upstream duty exists only now
		int linked = 0;
		List<Duty> unlinked = new ArrayList<>();
		Map<String, String> upstreamOf = new HashMap<>();
		registry.dutyTemplates().values().forEach(ts -> ts.forEach(t -> {
			if (t.upstreamCode() != null) {
				upstreamOf.put(t.code(), t.upstreamCode());
			}
		}));
		Set<Duty> createdNow = new HashSet<>(created);
		for (DutyList list : List.copyOf(model.getDutyLists())) {
			for (Duty duty : list.getDuties()) {
				String upstream = duty.getCode() == null ? null : upstreamOf.get(duty.getCode());
				if (upstream == null || duty.getDelegatedFrom() != null || list.getHolder() == null) {
					continue;
				}
				Duty target = index.upstream(list.getHolder(), upstream);
				if (target != null && target != duty) {
					duty.setDelegatedFrom(target);
					linked++;
				} else if (createdNow.contains(duty)) {
					unlinked.add(duty);
				}
			}
		}
		int assigned = assignPlanTasks(model);
		diagnostics.forEach(registry::report);
		return new ApplyResult(created, linked, unlinked, assigned, diagnostics);
	}

	/**
	 * Gives each plan task the duties that carry it out: the duties of the task's work areas held
	 * by the committee and the departments (the level a plan addresses; the chains lead from them
	 * down to enterprises and posts). Adds only what is missing.
	 */
	private static int assignPlanTasks(ResponsibilityModel model) {
		Map<WorkArea, List<Duty>> byArea = new HashMap<>();
		for (DutyList list : model.getDutyLists()) {
			if (list.getHolder() instanceof Committee || list.getHolder() instanceof Department) {
				for (Duty d : list.getDuties()) {
					if (d.getWorkArea() != null) {
						byArea.computeIfAbsent(d.getWorkArea(), a -> new ArrayList<>()).add(d);
					}
				}
			}
		}
		int assigned = 0;
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof PlanTask task) {
				Set<Duty> present = new HashSet<>(task.getAssignedDuties());
				for (WorkArea area : task.getWorkAreas()) {
					for (Duty d : byArea.getOrDefault(area, List.of())) {
						if (present.add(d)) {
							task.getAssignedDuties().add(d);
							assigned++;
						}
					}
				}
			} else if (o instanceof Party || o instanceof DutyList) {
				it.prune();
			}
		}
		return assigned;
	}

	private static boolean applies(DutyTemplate t, Party party, RegisteredWorkArea workArea,
			List<RegistryDiagnostic> diagnostics) {
		try {
			return t.appliesTo(party);
		} catch (RuntimeException e) {
			diagnostics.add(new RegistryDiagnostic(workArea.contributor(), workArea.id(),
					"condition of template " + t.code(), e));
			return false;
		}
	}

	private static List<Party> selectParties(ResponsibilityModel model, Collection<? extends Party> parties) {
		List<Party> all = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Party p) {
				if (parties == null || parties.contains(p)) {
					all.add(p);
				}
			} else {
				it.prune();
			}
		}
		return all;
	}

	private Duty create(ResponsibilityModel model, PlannedDuty p, DutyIndex index) {
		DutyTemplate t = p.template();
		DutyList list = index.list(p.party(), t.listKind());
		if (list == null) {
			list = createList(model, p.party(), t.listKind());
			index.add(list);
		}
		Duty duty = (Duty) EcoreUtil.create(t.dutyClass());
		duty.setCode(t.code());
		duty.setTitle(t.title());
		if (!t.text().isEmpty()) {
			duty.setText(t.text());
		}
		duty.setRecurrence(t.recurrence());
		duty.getAccountabilityMeasures().addAll(t.accountabilityMeasures());
		duty.getRequiredEvidence().addAll(t.requiredEvidence());
		t.values().forEach(duty::eSet);
		duty.setWorkArea(findOrCreateWorkArea(model, p.workArea()));
		list.getDuties().add(duty);
		index.add(duty);
		StableIds.assign(duty, "duty", id(list), t.code());
		int n = 0;
		for (LegalCitation c : t.legalCitations()) {
			LegalReference ref = ZerenFactory.eINSTANCE.createLegalReference();
			ref.setBasis(findOrCreateBasis(model, c));
			ref.setArticle(c.article());
			ref.setParagraph(c.paragraph());
			ref.setItem(c.item());
			duty.getLegalReferences().add(ref);
			StableIds.assign(ref, "ref", id(duty), Integer.toString(n++));
		}
		return duty;
	}

	private static DutyList createList(ResponsibilityModel model, Party holder, DutyListKind kind) {
		DutyList list = ZerenFactory.eINSTANCE.createDutyList();
		list.setKind(kind);
		list.setHolder(holder);
		list.setName(holder.getName() + listName(kind));
		model.getDutyLists().add(list);
		StableIds.assign(list, "list", id(holder), kind.getLiteral());
		return list;
	}

	/** @return the Chinese name of a list kind, as offices title their lists */
	static String listName(DutyListKind kind) {
		return switch (kind) {
		case POWER_LIST -> "权力清单";
		case RESPONSIBILITY_LIST -> "责任清单";
		case PRIMARY_RESPONSIBILITY_LIST -> "安全生产主体责任清单";
		case POST_DUTY_LIST -> "岗位安全生产责任清单";
		};
	}

	private static WorkArea findOrCreateWorkArea(ResponsibilityModel model, RegisteredWorkArea w) {
		for (WorkArea a : model.getWorkAreas()) {
			if (w.id().equals(a.getId())) {
				return a;
			}
		}
		WorkArea a = ZerenFactory.eINSTANCE.createWorkArea();
		a.setId(w.id());
		a.setName(w.name().zh());
		a.setEnglishName(w.name().en());
		a.setColour(w.colour());
		model.getWorkAreas().add(a);
		StableIds.assign(a, "workarea", w.id());
		return a;
	}

	private static LegalBasis findOrCreateBasis(ResponsibilityModel model, LegalCitation c) {
		for (LegalBasis b : model.getLegalBases()) {
			if (LegalTitles.sameDocument(c.title(), b.getTitle())) {
				return b;
			}
		}
		LegalBasis b = ZerenFactory.eINSTANCE.createLegalBasis();
		b.setTitle(c.title());
		b.setKind(c.kind());
		b.setCode(c.code());
		model.getLegalBases().add(b);
		StableIds.assign(b, "basis", c.title());
		return b;
	}

	private static String id(EObject o) {
		Resource r = o.eResource();
		String id = r instanceof XMLResource x ? x.getID(o) : null;
		return id != null ? id : EcoreUtil.getURI(o).fragment();
	}
}
