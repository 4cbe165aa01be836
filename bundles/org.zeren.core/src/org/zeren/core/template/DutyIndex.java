package org.zeren.core.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;

/**
 * The lists and duties of a model by holder, read once, so that applying templates does not scan
 * every list for every party and template (it did: quadratic in the size of the model). Kept in
 * step by {@link #add(DutyList)} and {@link #add(Duty)} while the applier creates elements.
 */
final class DutyIndex {

	private record Key(Party holder, DutyListKind kind) {
	}

	private final Map<Key, DutyList> firstList = new HashMap<>();
	private final Map<Key, Map<String, Duty>> byKindAndCode = new HashMap<>();
	private final Map<Party, Map<String, Duty>> byCode = new HashMap<>();
	private final Map<Enterprise, List<Department>> supervisors = new HashMap<>();
	private final List<Committee> committees = new ArrayList<>();

	DutyIndex(ResponsibilityModel model) {
		for (DutyList list : model.getDutyLists()) {
			add(list);
			list.getDuties().forEach(this::add);
		}
		for (Supervision s : model.getSupervisions()) {
			if (s.getSupervisor() != null) {
				for (Enterprise e : s.getSupervised()) {
					supervisors.computeIfAbsent(e, x -> new ArrayList<>()).add(s.getSupervisor());
				}
			}
		}
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Committee c) {
				committees.add(c);
			} else if (!(o instanceof Party)) {
				it.prune();
			}
		}
	}

	/** Records a list; the first list of a holder and kind is the one that receives new duties. */
	void add(DutyList list) {
		if (list.getHolder() != null) {
			firstList.putIfAbsent(new Key(list.getHolder(), list.getKind()), list);
		}
	}

	/** Records a duty of a list already recorded; earlier duties with the same code win. */
	void add(Duty duty) {
		DutyList list = duty.getList();
		if (list == null || list.getHolder() == null || duty.getCode() == null) {
			return;
		}
		byKindAndCode.computeIfAbsent(new Key(list.getHolder(), list.getKind()), k -> new HashMap<>())
				.putIfAbsent(duty.getCode(), duty);
		byCode.computeIfAbsent(list.getHolder(), k -> new HashMap<>()).putIfAbsent(duty.getCode(), duty);
	}

	/** @return the holder's first list of this kind, or null */
	DutyList list(Party holder, DutyListKind kind) {
		return firstList.get(new Key(holder, kind));
	}

	/** @return the holder's first duty with this code in a list of this kind (any kind when null), or null */
	Duty duty(Party holder, DutyListKind kind, String code) {
		Map<String, Duty> duties = kind == null ? byCode.get(holder) : byKindAndCode.get(new Key(holder, kind));
		return duties == null ? null : duties.get(code);
	}

	/**
	 * @return the duty with this code held by the nearest upstream party: the party itself (a duty
	 *         may implement another of its holder's duties), its ancestors nearest first, the
	 *         departments supervising it, then the committees; null when none holds one
	 */
	Duty upstream(Party party, String code) {
		Set<Party> candidates = new LinkedHashSet<>();
		candidates.add(party);
		for (EObject c = party.eContainer(); c instanceof Party p; c = p.eContainer()) {
			candidates.add(p);
		}
		if (party instanceof Enterprise e) {
			candidates.addAll(supervisors.getOrDefault(e, List.of()));
		}
		candidates.addAll(committees);
		for (Party candidate : candidates) {
			Duty d = duty(candidate, null, code);
			if (d != null) {
				return d;
			}
		}
		return null;
	}
}
