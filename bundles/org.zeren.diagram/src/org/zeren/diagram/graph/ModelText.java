package org.zeren.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.spi.LocalizedText;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Obligation;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Power;
import org.zeren.model.Responsibility;
import org.zeren.model.ResponsibilityModel;

/** How model elements are named and keyed in diagrams. */
final class ModelText {

	static final String SEPARATOR = " · ";

	private ModelText() {
	}

	/** @return the element's {@code xmi:id} when it has one, else its URI fragment within its resource or root */
	static String key(EObject element) {
		Resource r = element.eResource();
		String id = r instanceof XMLResource x ? x.getID(element) : null;
		if (id != null) {
			return id;
		}
		String fragment = EcoreUtil.getURI(element).fragment();
		return fragment == null ? Integer.toString(System.identityHashCode(element)) : fragment;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** @return the short name (meant for diagrams), else the name, else the code, else a placeholder */
	static String party(Party p, Locale locale) {
		if (!blank(p.getShortName())) {
			return p.getShortName();
		}
		if (!blank(p.getName())) {
			return p.getName();
		}
		if (!blank(p.getCode())) {
			return p.getCode();
		}
		return new LocalizedText("（未命名）", "(unnamed)").get(locale);
	}

	/** @return the duty's title, else its text, else its code, else a placeholder */
	static String duty(Duty d, Locale locale) {
		if (!blank(d.getTitle())) {
			return d.getTitle();
		}
		if (!blank(d.getText())) {
			return d.getText();
		}
		if (!blank(d.getCode())) {
			return d.getCode();
		}
		return new LocalizedText("（未命名事项）", "(unnamed duty)").get(locale);
	}

	/** @return e.g. {@code RS-C-01 · 责任事项}, or just the kind when the duty has no code */
	static String dutyCaption(Duty d, Locale locale) {
		LocalizedText kind;
		if (d instanceof Power) {
			kind = new LocalizedText("权力事项", "power");
		} else if (d instanceof Obligation) {
			kind = new LocalizedText("义务", "obligation");
		} else if (d instanceof Responsibility) {
			kind = new LocalizedText("责任事项", "responsibility");
		} else {
			kind = new LocalizedText("清单事项", "duty");
		}
		return blank(d.getCode()) ? kind.get(locale) : d.getCode().strip() + SEPARATOR + kind.get(locale);
	}

	/** @return e.g. {@code 一、强化安全生产责任落实} */
	static String section(PlanSection s, Locale locale) {
		String title = blank(s.getTitle()) ? new LocalizedText("（无标题）", "(untitled)").get(locale) : s.getTitle();
		return blank(s.getNumber()) ? title : s.getNumber().strip() + (s.getNumber().matches(".*[、.．]$") ? "" : "、")
				+ title;
	}

	/** @return e.g. {@code 1. 强化落实党委政府安全生产责任} */
	static String task(PlanTask t, Locale locale) {
		String title = !blank(t.getTitle()) ? t.getTitle()
				: !blank(t.getText()) ? t.getText() : new LocalizedText("（无标题）", "(untitled)").get(locale);
		if (blank(t.getNumber())) {
			return title;
		}
		String n = t.getNumber().strip();
		return n.matches(".*[、.．）)]$") || n.startsWith("（") ? n + title : n + ". " + title;
	}

	/** @return the holder of the duty's list; null when the duty is in no list or the list has no holder */
	static Party holder(Duty d) {
		DutyList l = d.getList();
		return l == null ? null : l.getHolder();
	}

	/** @return every duty of the model: lists in model order, duties in list order */
	static List<Duty> duties(ResponsibilityModel model) {
		List<Duty> result = new ArrayList<>();
		for (DutyList l : model.getDutyLists()) {
			result.addAll(l.getDuties());
		}
		return result;
	}
}
