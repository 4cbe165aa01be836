package org.zeren.core.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;

/**
 * Questions about the parties of a model that templates and rules of many work areas ask. All
 * methods only read the model.
 */
public final class Parties {

	private Parties() {
	}

	/**
	 * @param model the model; never null
	 * @return every party of the model in containment order (parents before children); never null
	 */
	public static List<Party> all(ResponsibilityModel model) {
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

	/**
	 * @param party a party; may be null
	 * @return the nearest production and business entity containing the party (the party itself
	 *         when it is one), or null (e.g. for a department's post)
	 */
	public static Enterprise enterpriseOf(Party party) {
		for (EObject o = party; o != null; o = o.eContainer()) {
			if (o instanceof Enterprise e) {
				return e;
			}
		}
		return null;
	}

	/**
	 * @param party a party; may be null
	 * @param kind  a post kind; never null
	 * @return whether the party is a post of this kind inside a production and business entity
	 *         (posts of departments do not count)
	 */
	public static boolean isEnterprisePost(Party party, PostKind kind) {
		return party instanceof Post post && post.getKind() == kind && enterpriseOf(post) != null;
	}

	/**
	 * @param enterprise an enterprise; may be null
	 * @param industries industry words, e.g. {@code 建筑施工}; never null
	 * @return whether the enterprise's industry text contains one of the words
	 */
	public static boolean inIndustry(Enterprise enterprise, List<String> industries) {
		String industry = enterprise == null ? null : enterprise.getIndustry();
		return industry != null && industries.stream().anyMatch(industry::contains);
	}

	/**
	 * @param model  the model; never null
	 * @param holder a party; never null
	 * @param kind   a list kind; never null
	 * @return whether the party holds at least one list of this kind
	 */
	public static boolean holdsList(ResponsibilityModel model, Party holder, DutyListKind kind) {
		return model.getDutyLists().stream().anyMatch(l -> l.getHolder() == holder && l.getKind() == kind);
	}

	/**
	 * @param model  the model; never null
	 * @param holder a party; never null
	 * @return the duties of every list the party holds, in model order; never null
	 */
	public static List<Duty> dutiesOf(ResponsibilityModel model, Party holder) {
		List<Duty> result = new ArrayList<>();
		for (DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder) {
				result.addAll(l.getDuties());
			}
		}
		return result;
	}

	/**
	 * @param duty  a duty; never null
	 * @param words words to look for; never null
	 * @return whether the duty's title or text contains one of the words
	 */
	public static boolean mentions(Duty duty, List<String> words) {
		for (String w : words) {
			if ((duty.getTitle() != null && duty.getTitle().contains(w))
					|| (duty.getText() != null && duty.getText().contains(w))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param party a party; never null
	 * @return a short label for messages: the name as entered, or the class name when it has none
	 */
	public static String label(Party party) {
		String name = party.getName();
		return name == null || name.isBlank() ? party.eClass().getName() : name;
	}
}
