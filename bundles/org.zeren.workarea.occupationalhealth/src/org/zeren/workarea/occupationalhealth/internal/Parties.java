package org.zeren.workarea.occupationalhealth.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;

/** Questions about parties that the templates and rules of this work area ask. */
final class Parties {

	private Parties() {
	}

	/**
	 * @param party a party; may be null
	 * @return the nearest enterprise containing the party (the party itself when it is one), or null
	 */
	static Enterprise enterpriseOf(EObject party) {
		for (EObject o = party; o != null; o = o.eContainer()) {
			if (o instanceof Enterprise e) {
				return e;
			}
		}
		return null;
	}

	/** @return whether the party is an enterprise with occupational hazards */
	static boolean hasHazards(Object party) {
		return party instanceof Enterprise e && e.isHasOccupationalHazards();
	}

	/**
	 * @param department a department; never null
	 * @return whether a supervision of the department's model lists an enterprise with occupational
	 *         hazards under this department
	 */
	static boolean supervisesHazards(Department department) {
		if (!(EcoreUtil.getRootContainer(department) instanceof ResponsibilityModel model)) {
			return false;
		}
		for (Supervision s : model.getSupervisions()) {
			if (s.getSupervisor() == department && s.getSupervised().stream().anyMatch(Enterprise::isHasOccupationalHazards)) {
				return true;
			}
		}
		return false;
	}

	/** @return a short label of a party for messages: its name, or its class name when it has none */
	static String label(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.eClass().getName() : party.getName();
	}

	/** @return a short label of a duty for messages: code and title, whichever are set */
	static String label(Duty duty) {
		String code = duty.getCode() == null ? "" : duty.getCode();
		String title = duty.getTitle() == null ? "" : duty.getTitle();
		String label = (code + " " + title).strip();
		return label.isEmpty() ? duty.eClass().getName() : label;
	}

	/** @return the label of the party holding the duty, or "?" when the duty is in no list or the list has no holder */
	static String holderLabel(Duty duty) {
		return duty.getList() != null && duty.getList().getHolder() != null ? label(duty.getList().getHolder()) : "?";
	}
}
