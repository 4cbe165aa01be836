package org.zeren.workarea.standardization;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/** Walks the party tree of a model and labels parties for findings. */
final class Parties {

	private Parties() {
	}

	/** @return every party of the model in containment order (parents before children); never null */
	static List<Party> all(ResponsibilityModel model) {
		List<Party> result = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Party p) {
				result.add(p);
			} else {
				it.prune(); // parties are only nested in parties
			}
		}
		return result;
	}

	/** @return the nearest enclosing production and business entity of a party, or null */
	static Enterprise enterpriseOf(Party party) {
		for (EObject c = party.eContainer(); c instanceof Party p; c = p.eContainer()) {
			if (p instanceof Enterprise e) {
				return e;
			}
		}
		return null;
	}

	/** @return the party's name as entered, or its class name when it has none */
	static String label(Party party) {
		String name = party.getName();
		return name == null || name.isBlank() ? party.eClass().getName() : name;
	}
}
