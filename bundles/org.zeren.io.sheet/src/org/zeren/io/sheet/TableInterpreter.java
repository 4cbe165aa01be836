package org.zeren.io.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.ChineseText;

/**
 * Turns the rows of a sheet into a {@link ParsedSheet}, row by row as they are streamed.
 *
 * <ol>
 * <li><b>Header.</b> The header is the first of the first {@value #HEADER_SEARCH_ROWS} rows in
 * which at least two cells are recognised headings ({@link ColumnRole}, or the mapping file) and
 * one of them names the duty (title, content or sub-item). The first row above it with text in one
 * cell only is the title (e.g. 区应急管理局权力清单); other rows above it are notes and skipped. A
 * second header row follows when its code cell is blank and every non-blank cell is a recognised
 * heading or stands under a merged (blank or spanning) heading of the first row: then headings
 * combine as {@code 法律依据/条款}, and the role comes from the lower heading if recognised, else
 * from the upper one. When two columns get the same role, the first keeps it and the others are
 * kept as other columns (except legal basis and article columns, which are all read).</li>
 * <li><b>Section rows.</b> A row with text in one cell only that starts with a section number
 * ({@code 一、} level 1, {@code （一）} level 2, {@code 第一部分/章/类} level 1) becomes a grouping, in any
 * column. Text alone in the code column or the first column that is not a section number becomes an
 * unnumbered level-1 grouping ({@code 行政许可类}), or a level-3 grouping when it starts with an Arabic
 * number and a space ({@code 3 对…的行政处罚}, as Zeren exports the items of sub-item lists).</li>
 * <li><b>Footer rows.</b> Rows whose first text starts with 注, 说明, 填表, 制表, 审核, 填报, 联系人,
 * 联系电话, 负责人, 日期, 附 followed by a colon (or 注 followed by 1、…) are skipped.</li>
 * <li><b>Duty rows.</b> Every other non-blank row. A cell that reads 同上 takes the value of the
 * same column in the duty row above (an error in the first duty row). Blank cells of grouping
 * columns (holder, category; with a sub-item column also code and title, which are merged over
 * their sub-items) take the value above; blank cells of other columns stay blank. Cell texts are
 * trimmed of white space at both ends and otherwise kept as written. In CSV files, a leading
 * apostrophe before {@code = + - @}, tab or CR (Zeren's formula neutralisation) is removed. Text in cells to
 * the right of the last heading is not imported, with a warning per cell.</li>
 * </ol>
 */
final class TableInterpreter implements RowSink {

	/** How many rows are searched for the header: {@value}. */
	static final int HEADER_SEARCH_ROWS = 30;

	private static final Pattern SECTION_1 = Pattern.compile("^([一二三四五六七八九十百]+)\\s*[、.．]\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern SECTION_2 = Pattern.compile("^([（(]\\s*[一二三四五六七八九十百]+\\s*[）)])\\s*[、.．]?\\s*(.*)$",
			Pattern.DOTALL);
	private static final Pattern SECTION_PART = Pattern.compile("^(第[一二三四五六七八九十百]+(?:部分|章|类|节))\\s*[、.．:：]?\\s*(.*)$",
			Pattern.DOTALL);
	private static final Pattern ARABIC_GROUP = Pattern.compile("^(\\d+(?:[.-]\\d+)*) (.+)$", Pattern.DOTALL);
	private static final Pattern FOOTER = Pattern.compile(
			"^(注|说明|填表|制表|审核|填报|联系人|联系电话|负责人|单位负责人|日期|附|签发)[^：:]{0,6}[：:].*|^注\\s*\\d+[、.].*", Pattern.DOTALL);
	private static final Set<ColumnRole> NAMING = EnumSet.of(ColumnRole.TITLE, ColumnRole.CONTENT, ColumnRole.SUB_ITEM);
	private static final Set<ColumnRole> MULTIPLE = EnumSet.of(ColumnRole.LEGAL_BASIS, ColumnRole.LEGAL_ARTICLE,
			ColumnRole.OTHER, ColumnRole.IGNORE);

	private final Path file;
	private final ColumnMapping mapping;
	private final boolean csv;
	private final List<ParsedSheet> sheets = new ArrayList<>();
	private final List<SheetProblem> errors;
	private final List<SheetProblem> warnings;

	private ParsedSheet current;
	private String sheetName;
	private final List<List<String>> above = new ArrayList<>();
	private List<String> headerCells;
	private boolean subHeaderDecided;
	private String[] lastDuty;
	private int rowsSeen;

	TableInterpreter(Path file, ColumnMapping mapping, boolean csv, List<SheetProblem> errors, List<SheetProblem> warnings) {
		this.file = file;
		this.mapping = mapping;
		this.csv = csv;
		this.errors = errors;
		this.warnings = warnings;
	}

	/** @return the sheets with a header, in workbook order */
	List<ParsedSheet> sheets() {
		return sheets;
	}

	@Override
	public void startSheet(String name) {
		sheetName = name;
		current = null;
		above.clear();
		headerCells = null;
		subHeaderDecided = false;
		lastDuty = null;
		rowsSeen = 0;
	}

	@Override
	public void row(int number, List<String> raw) {
		rowsSeen++;
		List<String> cells = new ArrayList<>(raw.size());
		for (String c : raw) {
			String t = c == null ? "" : ChineseText.trim(c);
			if (csv && t.length() > 1 && t.charAt(0) == '\'' && "=+-@\t\r".indexOf(t.charAt(1)) >= 0) {
				t = t.substring(1);
			}
			cells.add(t);
		}
		if (current == null) {
			if (rowsSeen > HEADER_SEARCH_ROWS) {
				return;
			}
			if (isHeader(cells)) {
				startTable(cells);
			} else {
				above.add(cells);
			}
			return;
		}
		if (!subHeaderDecided) {
			subHeaderDecided = true;
			if (isSubHeader(cells)) {
				combineHeadings(cells);
				return;
			}
		}
		dataRow(number, cells);
	}

	@Override
	public void endSheet() {
		if (current == null && rowsSeen > 0) {
			warnings.add(new SheetProblem(file, sheetName, 0, 0, null, new LocalizedText(
					"前 " + HEADER_SEARCH_ROWS + " 行中没有找到表头（如 序号、事项名称、事项内容、责任主体、法律依据），此工作表未导入",
					"no header row (headings such as 序号, 事项名称, 事项内容, 责任主体, 法律依据) in the first "
							+ HEADER_SEARCH_ROWS + " rows; this sheet is not imported")));
		}
		if (current != null && !subHeaderDecided) {
			subHeaderDecided = true;
		}
	}

	@Override
	public void unreadable(int number, int column, LocalizedText message) {
		ParsedSheet.Column c = current != null && column - 1 < current.columns.size() ? current.columns.get(column - 1) : null;
		warnings.add(new SheetProblem(file, sheetName, number, column, c == null || c.heading().isEmpty() ? null : c.heading(),
				message));
	}

	private ColumnRole roleOf(String heading) {
		String h = ColumnRole.normalise(heading);
		if (h.isEmpty()) {
			return null;
		}
		ColumnRole mapped = mapping.roleOf(h);
		return mapped != null ? mapped : ColumnRole.recognise(h);
	}

	private boolean isHeader(List<String> cells) {
		int recognised = 0;
		boolean naming = false;
		for (String c : cells) {
			ColumnRole r = roleOf(c);
			if (r != null && r != ColumnRole.OTHER && r != ColumnRole.IGNORE) {
				recognised++;
				naming |= NAMING.contains(r);
			}
		}
		return recognised >= 2 && naming;
	}

	private void startTable(List<String> cells) {
		current = new ParsedSheet(sheetName);
		for (List<String> row : above) {
			List<String> texts = row.stream().filter(s -> !s.isEmpty()).distinct().toList();
			if (texts.size() == 1 && current.title == null) {
				current.title = texts.get(0);
			}
		}
		above.clear();
		headerCells = cells;
		assignRoles(cells, null);
		sheets.add(current);
	}

	private boolean isSubHeader(List<String> cells) {
		if (cells.stream().allMatch(String::isEmpty)) {
			return false;
		}
		ParsedSheet.Column code = current.column(ColumnRole.CODE);
		if (code != null && code.index() < cells.size() && !cells.get(code.index()).isEmpty()) {
			return false;
		}
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).isEmpty()) {
				continue;
			}
			boolean underMerged = i >= headerCells.size() || headerCells.get(i).isEmpty()
					|| (i + 1 < headerCells.size() && headerCells.get(i + 1).isEmpty());
			if (!underMerged && roleOf(cells.get(i)) == null) {
				return false;
			}
		}
		return true;
	}

	private void combineHeadings(List<String> sub) {
		List<String> combined = new ArrayList<>();
		String parent = "";
		int width = Math.max(sub.size(), headerCells.size());
		List<ColumnRole> parentRoles = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			String top = i < headerCells.size() ? headerCells.get(i) : "";
			String low = i < sub.size() ? sub.get(i) : "";
			if (!top.isEmpty()) {
				parent = top;
			} else if (low.isEmpty()) {
				parent = "";
			}
			String p = top.isEmpty() ? parent : top;
			combined.add(p.isEmpty() ? low : low.isEmpty() || low.equals(p) ? p : p + "/" + low);
			parentRoles.add(p.isEmpty() ? null : roleOf(p));
		}
		current.columns.clear();
		assignRoles(combined, parentRoles);
	}

	private void assignRoles(List<String> headings, List<ColumnRole> parentRoles) {
		Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
		for (int i = 0; i < headings.size(); i++) {
			String h = headings.get(i);
			if (h.isEmpty()) {
				current.columns.add(new ParsedSheet.Column(i, "", ColumnRole.IGNORE));
				continue;
			}
			ColumnRole role = roleOf(h);
			if (role == null && h.contains("/")) {
				role = roleOf(h.substring(h.lastIndexOf('/') + 1));
			}
			if (role == null && parentRoles != null) {
				role = parentRoles.get(i);
			}
			if (role == null) {
				role = ColumnRole.OTHER;
			}
			if (!MULTIPLE.contains(role) && !taken.add(role)) {
				role = ColumnRole.OTHER;
			}
			current.columns.add(new ParsedSheet.Column(i, h, role));
		}
	}

	private void dataRow(int number, List<String> cells) {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				filled.add(i);
			}
		}
		if (filled.isEmpty()) {
			return;
		}
		String first = cells.get(filled.get(0));
		if (FOOTER.matcher(first).matches()) {
			return; // a footer (制表人, 审核, 日期 ...): not a duty
		}
		boolean oneText = cells.stream().filter(s -> !s.isEmpty()).distinct().count() == 1;
		if (oneText && group(number, filled.get(0), first)) {
			return;
		}
		for (int i = current.columns.size(); i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				warnings.add(new SheetProblem(file, sheetName, number, i + 1, null, new LocalizedText(
						"此格在表头最后一列之后，没有列标题，未导入：“" + cells.get(i) + "”",
						"this cell is to the right of the last heading and has no heading; it is not imported: '" + cells.get(i) + "'")));
			}
		}
		String[] resolved = new String[current.columns.size()];
		boolean subItems = current.column(ColumnRole.SUB_ITEM) != null;
		for (ParsedSheet.Column col : current.columns) {
			int i = col.index();
			String v = i < cells.size() ? cells.get(i) : "";
			String squeezed = ChineseText.squeeze(v);
			if (squeezed.equals("同上") || squeezed.equals("同上。")) {
				if (lastDuty == null) {
					errors.add(new SheetProblem(file, sheetName, number, i + 1, col.heading(), new LocalizedText(
							"“同上”但上面没有事项行", "'同上' (same as above) but there is no duty row above")));
					v = "";
				} else {
					v = lastDuty[i];
				}
			} else if (v.isEmpty() && lastDuty != null && fillsDown(col.role(), subItems)) {
				v = lastDuty[i];
			}
			resolved[i] = v;
		}
		current.entries.add(new ParsedSheet.DutyRow(number, resolved));
		lastDuty = resolved;
	}

	private static boolean fillsDown(ColumnRole role, boolean subItems) {
		return role == ColumnRole.HOLDER || role == ColumnRole.CATEGORY
				|| (subItems && (role == ColumnRole.CODE || role == ColumnRole.TITLE));
	}

	/** @return whether the single text of a row was taken as a grouping */
	private boolean group(int number, int column, String text) {
		ParsedSheet.Column col = column < current.columns.size() ? current.columns.get(column) : null;
		if (col != null && col.role() == ColumnRole.SUB_ITEM) {
			return false; // a sub-item whose item cells are merged above it
		}
		Matcher m = SECTION_1.matcher(text);
		if (m.matches()) {
			return addGroup(number, 1, m.group(1), m.group(2));
		}
		m = SECTION_2.matcher(text);
		if (m.matches()) {
			return addGroup(number, 2, ChineseText.squeeze(m.group(1)).replace('(', '（').replace(')', '）'), m.group(2));
		}
		m = SECTION_PART.matcher(text);
		if (m.matches()) {
			return addGroup(number, 1, m.group(1), m.group(2));
		}
		ParsedSheet.Column code = current.column(ColumnRole.CODE);
		boolean groupColumn = code != null ? code.index() == column : column == 0;
		if (!groupColumn || col != null && NAMING.contains(col.role())) {
			return false;
		}
		m = ARABIC_GROUP.matcher(text);
		if (m.matches()) {
			return addGroup(number, 3, m.group(1), m.group(2));
		}
		return addGroup(number, 1, null, text);
	}

	private boolean addGroup(int row, int level, String number, String title) {
		current.entries.add(new ParsedSheet.GroupRow(row, level, number, ChineseText.trim(title)));
		return true;
	}
}
