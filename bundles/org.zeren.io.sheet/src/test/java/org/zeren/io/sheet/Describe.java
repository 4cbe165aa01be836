package org.zeren.io.sheet;

import java.util.ArrayList;
import java.util.List;

import org.zeren.model.ColumnValue;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.LegalReference;
import org.zeren.model.Power;
import org.zeren.model.Recurrence;

/** Writes duty lists as compact text, one line per list, grouping and duty, so tests can assert them exactly. */
final class Describe {

	private Describe() {
	}

	static String lists(List<DutyList> lists) {
		List<String> lines = new ArrayList<>();
		for (DutyList l : lists) {
			lines.add(list(l));
		}
		return String.join("\n", lines);
	}

	static String list(DutyList l) {
		StringBuilder b = new StringBuilder();
		b.append("LIST ").append(l.getKind()).append(" \"").append(l.getName()).append("\" @").append(l.getHolder().getName());
		groups(b, l.getGroups(), "  ");
		for (Duty d : l.getDuties()) {
			b.append('\n').append(duty(d));
		}
		return b.toString();
	}

	private static void groups(StringBuilder b, List<DutyGroup> groups, String indent) {
		for (DutyGroup g : groups) {
			b.append('\n').append(indent).append("GROUP ").append(g.getNumber()).append(' ').append(g.getTitle());
			groups(b, g.getSubgroups(), indent + "  ");
		}
	}

	static String duty(Duty d) {
		List<String> parts = new ArrayList<>();
		parts.add(d.eClass().getName() + (d instanceof Power p ? "/" + p.getPowerKind() : ""));
		parts.add("code=" + d.getCode());
		parts.add("title=" + d.getTitle());
		add(parts, "text", d.getText());
		if (d.getGroup() != null) {
			parts.add("group=" + d.getGroup().getNumber() + " " + d.getGroup().getTitle());
		}
		add(parts, "category", d.getCategory());
		if (!d.getLegalReferences().isEmpty()) {
			List<String> refs = new ArrayList<>();
			for (LegalReference r : d.getLegalReferences()) {
				refs.add(r.getBasis().getTitle() + "(" + r.getBasis().getKind() + ")" + (r.getArticle() == null ? "" : " " + r.getArticle())
						+ (r.getParagraph() == null ? "" : "." + r.getParagraph()) + (r.getItem() == null ? "" : "(" + r.getItem() + ")")
						+ (r.getNote() == null ? "" : " note=" + r.getNote()));
			}
			parts.add("refs=" + String.join("; ", refs));
		}
		add(parts, "method", d.getSupervisionMethod());
		if (d.getDeadline() != null) {
			parts.add("deadline=" + d.getDeadline());
		}
		add(parts, "deadlineText", d.getDeadlineText());
		if (d.getRecurrence() != Recurrence.NONE) {
			parts.add("recurrence=" + d.getRecurrence());
		}
		add(parts, "cases", d.getAccountabilityCases());
		if (!d.getAccountabilityMeasures().isEmpty()) {
			parts.add("measures=" + d.getAccountabilityMeasures());
		}
		if (!d.getRequiredEvidence().isEmpty()) {
			parts.add("evidence=" + d.getRequiredEvidence());
		}
		if (!d.getSupervisingParties().isEmpty()) {
			parts.add("supervisors=" + d.getSupervisingParties().stream().map(p -> p.getName()).toList());
		}
		if (d.getWorkArea() != null) {
			parts.add("area=" + d.getWorkArea().getId());
		}
		add(parts, "remarks", d.getDescription());
		for (ColumnValue c : d.getOtherColumns()) {
			parts.add("[" + c.getHeading() + "]=" + c.getValue());
		}
		return "  " + String.join(" | ", parts).replace("\n", "⏎");
	}

	private static void add(List<String> parts, String name, String value) {
		if (value != null) {
			parts.add(name + "=" + value);
		}
	}
}
