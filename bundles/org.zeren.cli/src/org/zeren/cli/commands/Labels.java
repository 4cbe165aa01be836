package org.zeren.cli.commands;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Post;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;

/** Labels of model elements for people: user text as entered, never translated. */
public final class Labels {

	private Labels() {
	}

	/**
	 * @param element an element of a model; may be null
	 * @return a short label: a party's name (a post with its unit, {@code 某公司 / 电工}), a duty's code and title
	 *         with its holder, a list's name, a legal basis's title in 《》, a plan task's number and title...;
	 *         the class name when the element has no name; the empty string for null
	 */
	public static String of(EObject element) {
		if (element == null) {
			return "";
		}
		if (element instanceof Post p && p.getParent() != null) {
			return nonBlank(p.getParent().getName(), "?") + " / " + nonBlank(p.getName(), "Post");
		}
		if (element instanceof Party p) {
			return nonBlank(p.getName(), p.eClass().getName());
		}
		if (element instanceof Duty d) {
			String label = join(d.getCode(), d.getTitle());
			return d.getList() != null && d.getList().getHolder() != null ? label + " @ " + of(d.getList().getHolder())
					: label;
		}
		if (element instanceof DutyList l) {
			return nonBlank(l.getName(), l.getKind().getLiteral());
		}
		if (element instanceof LegalBasis b) {
			return b.getTitle() == null ? "LegalBasis" : "《" + b.getTitle() + "》";
		}
		if (element instanceof LegalReference r) {
			return of(r.getBasis()) + (r.getArticle() == null ? "" : " art. " + r.getArticle());
		}
		if (element instanceof PlanTask t) {
			return join(t.getNumber(), t.getTitle());
		}
		if (element instanceof PlanSection s) {
			return join(s.getNumber(), s.getTitle());
		}
		if (element instanceof WorkPlan w) {
			return nonBlank(w.getTitle(), "WorkPlan");
		}
		if (element instanceof WorkArea w) {
			return nonBlank(w.getId(), "WorkArea");
		}
		if (element instanceof Supervision s) {
			return (s.getSupervisor() == null ? "?" : of(s.getSupervisor())) + " → " + s.getSupervised().size();
		}
		if (element instanceof ResponsibilityModel m) {
			return nonBlank(m.getName(), "ResponsibilityModel");
		}
		return element.eClass().getName();
	}

	/**
	 * @param element an element; may be null
	 * @return its {@code xmi:id}, or null when it has none or is not in an XML resource
	 */
	public static String id(EObject element) {
		if (element == null) {
			return null;
		}
		Resource r = element.eResource();
		return r instanceof XMLResource x ? x.getID(element) : null;
	}

	private static String join(String number, String title) {
		if (number == null || number.isBlank()) {
			return nonBlank(title, "?");
		}
		return title == null || title.isBlank() ? number : number + " " + title;
	}

	private static String nonBlank(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
