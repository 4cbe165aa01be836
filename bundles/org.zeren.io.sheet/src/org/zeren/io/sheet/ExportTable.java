package org.zeren.io.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.zeren.core.model.Parties;
import org.zeren.core.text.ChineseNumerals;
import org.zeren.model.ColumnValue;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.Power;
import org.zeren.model.Recurrence;

/**
 * The table a duty list is exported as, the same for {@code .xlsx} and {@code .csv}: a title row
 * (the list's name), a header row, and for each duty in list order the grouping rows it enters
 * ({@code 一、综合监管}, {@code （一）行政许可}, {@code 3 主项名称}, or the title of an unnumbered grouping)
 * followed by its row. Columns: 序号, 责任主体 (a post with its unit: 单位 / 岗位), 事项名称, 事项内容, 法律依据 always; 权力类型 for power
 * lists; 事项类别, 监督方式, 完成时限, 履职频次, 追责情形, 问责方式, 履职记录, 监督主体, 工作领域, 备注
 * when a duty of the list has such a value; then the kept other columns by heading, in order of first
 * appearance. The importer reads all of it back ({@link ColumnRole}, {@link TableInterpreter}), with
 * these exceptions, which a spreadsheet cannot express: a blank category cell reads as the category
 * above (fill-down), so a duty without category after one with a category comes back with that
 * category; a duty without grouping after grouped duties comes back in the grouping above; legal
 * reference versions, the supervising parties' identity beyond their names and cell text's leading
 * and trailing white space are not carried.
 */
final class ExportTable {

	/** An exported column. */
	record Column(String heading, Function<Duty, String> value, boolean date, int maxWidth) {
	}

	/** A row: either a grouping (one text in the first column) or a duty. */
	record Row(String group, Duty duty) {
	}

	final String title;
	final List<Column> columns = new ArrayList<>();
	final List<Row> rows = new ArrayList<>();

	ExportTable(DutyList list) {
		this.title = list.getName() != null && !list.getName().isBlank() ? list.getName()
				: Parties.label(list.getHolder()) + kindLabel(list.getKind());
		List<Duty> duties = list.getDuties();
		// a post is written with its unit (单位 / 岗位): post names such as 专职安全员 repeat in every enterprise
		String holder = list.getHolder() == null ? ""
				: list.getHolder() instanceof org.zeren.model.Post post && post.getParent() != null
						? post.getParent().getName() + " / " + post.getName()
						: list.getHolder().getName();
		columns.add(new Column("序号", Duty::getCode, false, 12));
		columns.add(new Column("责任主体", d -> holder, false, 20));
		columns.add(new Column("事项名称", Duty::getTitle, false, 40));
		columns.add(new Column("事项内容", Duty::getText, false, 60));
		if (list.getKind() == DutyListKind.POWER_LIST || duties.stream().anyMatch(Power.class::isInstance)) {
			columns.add(new Column("权力类型", d -> d instanceof Power p ? written(d, ColumnRole.POWER_KIND, CellValues.label(p.getPowerKind()))
					: null, false, 14));
		}
		optional(duties, "事项类别", Duty::getCategory, false, 16);
		columns.add(new Column("法律依据", ExportTable::legal, false, 50));
		optional(duties, "监督方式", Duty::getSupervisionMethod, false, 30);
		optional(duties, "完成时限", d -> d.getDeadline() != null ? d.getDeadline().toString() : d.getDeadlineText(), true, 16);
		optional(duties, "履职频次", d -> written(d, ColumnRole.RECURRENCE,
				d.getRecurrence() == Recurrence.NONE ? null : CellValues.label(d.getRecurrence())), false, 10);
		optional(duties, "追责情形", Duty::getAccountabilityCases, false, 50);
		optional(duties, "问责方式", d -> written(d, ColumnRole.ACCOUNTABILITY_MEASURES, d.getAccountabilityMeasures().isEmpty() ? null
				: d.getAccountabilityMeasures().stream().map(CellValues::label).collect(Collectors.joining("、"))), false, 24);
		optional(duties, "履职记录", d -> d.getRequiredEvidence().isEmpty() ? null : String.join("\n", d.getRequiredEvidence()),
				false, 30);
		optional(duties, "监督主体", d -> written(d, ColumnRole.SUPERVISING_PARTY, d.getSupervisingParties().isEmpty() ? null
				: d.getSupervisingParties().stream().map(p -> p.getName()).collect(Collectors.joining("、"))), false, 24);
		optional(duties, "工作领域", d -> written(d, ColumnRole.WORK_AREA, d.getWorkArea() == null ? null : d.getWorkArea().getName()),
				false, 14);
		optional(duties, "备注", Duty::getDescription, false, 30);
		Set<String> others = new LinkedHashSet<>();
		for (Duty d : duties) {
			for (ColumnValue c : d.getOtherColumns()) {
				if (typedRole(c.getHeading()) == null) {
					others.add(c.getHeading());
				}
			}
		}
		for (String heading : others) {
			columns.add(new Column(heading, d -> {
				for (ColumnValue c : d.getOtherColumns()) {
					if (heading.equals(c.getHeading())) {
						return c.getValue();
					}
				}
				return null;
			}, false, 30));
		}
		List<DutyGroup> previous = List.of();
		for (Duty d : duties) {
			List<DutyGroup> path = path(d.getGroup());
			int same = 0;
			while (same < path.size() && same < previous.size() && path.get(same) == previous.get(same)) {
				same++;
			}
			for (int i = same; i < path.size(); i++) {
				rows.add(new Row(groupText(path.get(i)), null));
			}
			rows.add(new Row(null, d));
			previous = path;
		}
	}

	/**
	 * The typed columns (power kind, recurrence, measures, supervising parties, work area) whose text the importer
	 * kept as an other column, because it was not exactly Zeren's label, are exported as written in the typed
	 * column, not as a second column of the same heading.
	 */
	private static final java.util.Set<ColumnRole> TYPED = java.util.EnumSet.of(ColumnRole.POWER_KIND, ColumnRole.RECURRENCE,
			ColumnRole.ACCOUNTABILITY_MEASURES, ColumnRole.SUPERVISING_PARTY, ColumnRole.WORK_AREA);

	/**
	 * The typed role of each kept column's heading seen (null for none): recognising a heading normalises it and
	 * compares it with every known heading, and each cell of the typed columns asks.
	 */
	private final Map<String, ColumnRole> typedRoles = new HashMap<>();

	/** @return the typed role of a kept column's heading, or null when it is none of {@link #TYPED} */
	private ColumnRole typedRole(String heading) {
		if (heading == null) {
			return null;
		}
		if (!typedRoles.containsKey(heading)) { // (computeIfAbsent would not keep the null of a heading of no role)
			ColumnRole r = ColumnRole.recognise(ColumnRole.normalise(heading));
			typedRoles.put(heading, TYPED.contains(r) ? r : null);
		}
		return typedRoles.get(heading);
	}

	/** @return the text of a typed column as the sheet wrote it (kept as an other column), else the label; may be null */
	private String written(Duty d, ColumnRole role, String label) {
		for (ColumnValue c : d.getOtherColumns()) {
			if (typedRole(c.getHeading()) == role) {
				return c.getValue();
			}
		}
		return label;
	}

	private void optional(List<Duty> duties, String heading, Function<Duty, String> value, boolean date, int width) {
		if (duties.stream().map(value).anyMatch(v -> v != null && !v.isEmpty())) {
			columns.add(new Column(heading, value, date, width));
		}
	}

	private static List<DutyGroup> path(DutyGroup g) {
		List<DutyGroup> path = new ArrayList<>();
		for (Object o = g; o instanceof DutyGroup group; o = group.eContainer()) {
			path.add(0, group);
		}
		return path;
	}

	/** @return the text of a grouping row, which the importer reads back as the same grouping */
	static String groupText(DutyGroup g) {
		String title = g.getTitle() == null ? "" : g.getTitle();
		String n = g.getNumber();
		if (n == null || n.isEmpty()) {
			return title;
		}
		if (ChineseNumerals.parse(n) > 0) {
			return n + "、" + title;
		}
		if (n.startsWith("（") || n.startsWith("(") || n.startsWith("第")) {
			return n + title;
		}
		return n + " " + title;
	}

	/** @return the legal references, one per line, e.g. 《中华人民共和国安全生产法》第二十一条第（一）项 */
	static String legal(Duty d) {
		List<String> lines = new ArrayList<>();
		for (LegalReference r : d.getLegalReferences()) {
			LegalBasis b = r.getBasis();
			if (b == null) {
				continue;
			}
			String title = b.getTitle() == null ? "" : b.getTitle();
			String doc = b.getCode() != null && !title.contains(b.getCode()) ? (title.isEmpty() ? b.getCode() : b.getCode() + " " + title)
					: title;
			lines.add("《" + doc + "》" + LegalCitations.format(r.getArticle(), r.getParagraph(), r.getItem())
					+ (r.getNote() == null ? "" : r.getNote()));
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** @return the Chinese name of a list kind, as in 应急管理局权力清单 */
	static String kindLabel(DutyListKind kind) {
		return switch (kind) {
		case POWER_LIST -> "权力清单";
		case RESPONSIBILITY_LIST -> "责任清单";
		case PRIMARY_RESPONSIBILITY_LIST -> "主体责任清单";
		case POST_DUTY_LIST -> "岗位责任清单";
		};
	}

	/** @return whether a text is a number a spreadsheet should hold as a number: canonical, at most 15 digits */
	static boolean isNumber(String s) {
		if (s == null || s.isEmpty() || s.length() > 16 || !s.matches("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?")) {
			return false;
		}
		return new BigDecimal(s).toPlainString().equals(s);
	}

	/**
	 * @return whether a spreadsheet would run the text as a formula (it starts with =, +, -, @, a tab
	 *         or a carriage return; OWASP "CSV injection") and it is not a plain number
	 */
	static boolean needsNeutralising(String s) {
		return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s);
	}

}
