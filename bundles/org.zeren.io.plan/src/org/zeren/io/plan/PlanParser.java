package org.zeren.io.plan;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.ChineseText;
import org.zeren.io.plan.ParsedPlan.Section;
import org.zeren.io.plan.ParsedPlan.Task;

/**
 * Parses the lines of a plan. Patterns are matched against the half-width form of each line
 * (full-width digits, brackets and stops count as ASCII); what is stored is the line as written.
 */
final class PlanParser {

	/** 一、… or 一．… : a section heading. */
	static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十百]+)\\s*[、.]\\s*");
	/** 1、… or 1.… (not 1.5): an item; up to 4 digits (a plan may have more than 999 items). */
	static final Pattern ITEM = Pattern.compile("^(\\d{1,4})\\s*(?:、|\\.(?!\\d))\\s*");
	/** （一）… : a sub-item. */
	static final Pattern SUB_ITEM = Pattern.compile("^\\(\\s*([一二三四五六七八九十]+)\\s*\\)\\s*");
	static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
	static final Pattern CHINESE_DATE = Pattern
			.compile("^([〇零○Oo0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日$");
	static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年");
	/** How the title line of a plan ends. */
	static final Pattern PLAN_TITLE = Pattern.compile(".*(要点|计划|规划|方案|工作安排)$");

	/** A non-blank line: its 1-based number, the trimmed text as written and its half-width form. */
	record Line(int number, String text, String norm) {
	}

	private final Path file;
	private final ParsedPlan plan = new ParsedPlan();

	private PlanParser(Path file) {
		this.file = file;
	}

	/**
	 * @param file  the file, for error messages
	 * @param lines the lines of the text, line 1 first
	 * @return the parsed plan with its warnings
	 * @throws PlanImportException when the text has no section heading
	 */
	static ParsedPlan parse(Path file, List<String> lines) throws PlanImportException {
		return new PlanParser(file).run(lines);
	}

	private ParsedPlan run(List<String> rawLines) throws PlanImportException {
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < rawLines.size(); i++) {
			String text = ChineseText.trim(rawLines.get(i));
			if (!text.isEmpty()) {
				lines.add(new Line(i + 1, text, Texts.halfWidth(text)));
			}
		}
		int first = -1;
		for (int i = 0; i < lines.size() && first < 0; i++) {
			if (SECTION.matcher(lines.get(i).norm()).find()) {
				first = i;
			}
		}
		if (first < 0) {
			throw noSections(lines, rawLines.size());
		}
		header(lines.subList(0, first));
		body(lines.subList(first, lines.size()));
		return plan;
	}

	private PlanImportException noSections(List<Line> lines, int lineCount) {
		Line item = lines.stream().filter(l -> ITEM.matcher(l.norm()).find()).findFirst().orElse(null);
		String zhHint = item == null ? "" : "（第 " + item.number() + " 行有编号条目，但条目须在章节之下）";
		String enHint = item == null ? "" : " (line " + item.number() + " has a numbered item, but items must be inside a section)";
		return new PlanImportException(file, Math.max(1, lineCount), new LocalizedText(
				"直到文末（第 " + lineCount + " 行）都没有章节标题（如“一、强化……”）：这不是工作要点" + zhHint,
				"no section heading such as “一、…” up to the end of the text (line " + lineCount + "): this is not a work plan"
						+ enHint),
				null);
	}

	// ---------------------------------------------------------------- header

	private void header(List<Line> h) {
		Set<String> cited = new HashSet<>();
		for (Line l : h) {
			for (Texts.Span s : Texts.bookTitles(l.text())) {
				cited.add(Texts.squeeze(Texts.halfWidth(s.content())));
			}
		}
		int title = -1;
		for (int i = 0; i < h.size() && title < 0; i++) {
			if (cited.contains(Texts.squeeze(unquote(h.get(i).norm()))) && !h.get(i).text().contains("。")) {
				title = i;
			}
		}
		for (int i = 0; i < h.size() && title < 0; i++) {
			Line l = h.get(i);
			String n = Texts.squeeze(unquote(l.norm()));
			if (!l.text().contains("。") && !n.endsWith(":") && !isDate(l) && PLAN_TITLE.matcher(n).matches()) {
				title = i;
			}
		}
		int date = -1;
		for (int i = 0; i < h.size() && date < 0; i++) {
			if (i != title && isDate(h.get(i))) {
				date = i;
				plan.issuedOn = parseDate(h.get(i));
			}
		}
		int recipients = -1;
		for (int i = 0; i < (title < 0 ? h.size() : title) && recipients < 0; i++) {
			if (i != date && h.get(i).norm().endsWith(":")) {
				recipients = i;
				String t = h.get(i).text();
				plan.recipients = ChineseText.trim(t.substring(0, t.length() - 1));
			}
		}
		int issuer = -1;
		if (date > 0 && date - 1 != title && date - 1 != recipients && !h.get(date - 1).text().contains("。")
				&& !h.get(date - 1).norm().endsWith(":")) {
			issuer = date - 1;
			plan.issuer = h.get(issuer).text();
		}
		int approach = title >= 0 ? title + 1 : h.size();
		if (title < 0) {
			for (int i = 0; i < h.size(); i++) {
				if (i != date && i != recipients && i != issuer && h.get(i).text().contains("总体思路")) {
					approach = i;
					break;
				}
			}
		}
		for (int i = 0; i < h.size(); i++) {
			if (i == title || i == date || i == recipients || i == issuer) {
				continue;
			}
			(i < approach ? plan.cover : plan.generalApproach).add(h.get(i).number(), h.get(i).text());
		}
		if (title >= 0) {
			plan.title = unquote(h.get(title).text());
			plan.titleLine = h.get(title).number();
		} else {
			// the cover names the plan (现将《…工作要点》印发给你们) though the title line is missing
			for (Line l : h) {
				for (Texts.Span s : Texts.bookTitles(l.text())) {
					String t = ChineseText.trim(s.content());
					if (plan.title == null && PLAN_TITLE.matcher(Texts.squeeze(Texts.halfWidth(t))).matches()) {
						plan.title = t;
						plan.titleLine = l.number();
					}
				}
			}
			if (plan.title == null) {
				int at = h.isEmpty() ? 1 : h.get(0).number();
				plan.warnings.add(new PlanImportWarning(at, new LocalizedText(
						"章节之前没有找到计划标题（如“绿建区2017年安全生产工作要点”），计划没有标题",
						"no title line (such as 绿建区2017年安全生产工作要点) before the first section; the plan has no title"),
						PlanImportWarning.Kind.NO_TITLE));
			}
		}
		plan.year = year(plan.title);
		if (plan.year == 0 && !plan.generalApproach.isEmpty()) {
			plan.year = year(plan.generalApproach.text());
		}
	}

	/** Strips 《》 around a whole line. */
	private static String unquote(String s) {
		return s.length() > 2 && s.startsWith("《") && s.endsWith("》") ? s.substring(1, s.length() - 1) : s;
	}

	private static boolean isDate(Line l) {
		String n = Texts.squeeze(l.norm());
		return DATE.matcher(n).matches() || CHINESE_DATE.matcher(n).matches();
	}

	private LocalDate parseDate(Line l) {
		String n = Texts.squeeze(l.norm());
		Matcher m = DATE.matcher(n);
		int y;
		int mo;
		int d;
		if (m.matches()) {
			y = Integer.parseInt(m.group(1));
			mo = Integer.parseInt(m.group(2));
			d = Integer.parseInt(m.group(3));
		} else {
			m = CHINESE_DATE.matcher(n);
			m.matches();
			y = Texts.chineseDigits(m.group(1));
			mo = Texts.chineseNumber(m.group(2));
			d = Texts.chineseNumber(m.group(3));
		}
		try {
			return LocalDate.of(y, mo, d);
		} catch (DateTimeException e) {
			plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
					"日期“" + l.text() + "”不存在，印发日期留空",
					"the date “" + l.text() + "” does not exist; the date of issue is left empty"),
					PlanImportWarning.Kind.IMPOSSIBLE_DATE));
			return null;
		}
	}

	/** @return the first plausible year (1949..2199) written as 2017年 or 二〇一七年 in the text, else 0 */
	private static int year(String text) {
		if (text == null) {
			return 0;
		}
		Matcher m = YEAR.matcher(Texts.halfWidth(text));
		while (m.find()) {
			String g = m.group(1);
			int y = Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : Texts.chineseDigits(g);
			if (y >= 1949 && y < 2200) {
				return y;
			}
		}
		return 0;
	}

	// ---------------------------------------------------------------- body

	private void body(List<Line> lines) {
		Section section = null;
		Task item = null;
		Task sub = null;
		int lastSection = 0;
		int lastItem = 0;
		for (Line l : lines) {
			Matcher m;
			if ((m = SECTION.matcher(l.norm())).find()) {
				String number = l.text().substring(m.start(1), m.end(1));
				int value = Texts.chineseNumber(m.group(1));
				if (value != lastSection + 1) {
					String expected = Texts.chineseNumeral(lastSection + 1);
					plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
							"章节序号“" + number + "”不连续，应为“" + expected + "”",
							"section number " + number + " is out of sequence, expected " + expected),
							PlanImportWarning.Kind.SECTION_SEQUENCE));
				}
				lastSection = value > 0 ? value : lastSection + 1;
				section = new Section(l.number(), number, l.text().substring(m.end()));
				plan.sections.add(section);
				item = null;
				sub = null;
				if (section.title.isEmpty()) {
					plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
							"章节“" + number + "”没有标题", "section " + number + " has no title"),
							PlanImportWarning.Kind.SECTION_WITHOUT_TITLE));
				}
			} else if ((m = ITEM.matcher(l.norm())).find()) {
				String number = l.text().substring(m.start(1), m.end(1));
				int value = Integer.parseInt(m.group(1));
				boolean inSequence = section.lastItem == 0 ? value == 1 || value == lastItem + 1
						: value == section.lastItem + 1;
				if (!inSequence) {
					int expected = section.lastItem == 0 ? lastItem + 1 : section.lastItem + 1;
					plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
							"条目序号“" + number + "”不连续，应为“" + expected + "”",
							"item number " + number + " is out of sequence, expected " + expected),
							PlanImportWarning.Kind.ITEM_SEQUENCE));
				}
				item = new Task(l.number(), number, value, false, l.text().substring(m.end()));
				section.tasks.add(item);
				section.lastItem = value;
				lastItem = value;
				sub = null;
			} else if ((m = SUB_ITEM.matcher(l.norm())).find()) {
				int close = l.norm().indexOf(')');
				String number = l.text().substring(0, close + 1);
				int value = Texts.chineseNumber(m.group(1));
				List<Task> siblings = item != null ? item.subtasks : section.tasks;
				int previous = 0;
				for (Task t : siblings) {
					if (t.subItem) {
						previous = t.value;
					}
				}
				if (value != previous + 1) {
					String expected = "（" + Texts.chineseNumeral(previous + 1) + "）";
					plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
							"子条目序号“" + number + "”不连续，应为“" + expected + "”",
							"sub-item number " + number + " is out of sequence, expected " + expected),
							PlanImportWarning.Kind.SUB_ITEM_SEQUENCE));
				}
				sub = new Task(l.number(), number, value, true, l.text().substring(m.end()));
				siblings.add(sub);
			} else {
				Task target = sub != null ? sub : item;
				if (target != null) {
					target.text.add(l.number(), l.text());
				} else {
					if (section.extra.isEmpty()) {
						plan.warnings.add(new PlanImportWarning(l.number(), new LocalizedText(
								"此段不属于任何编号条目，作为章节“" + section.number + "”的说明保存",
								"this paragraph belongs to no numbered item; it is kept as the description of section "
										+ section.number),
								PlanImportWarning.Kind.PARAGRAPH_WITHOUT_ITEM));
					}
					section.extra.add(l.number(), l.text());
				}
			}
		}
		for (Section s : plan.sections) {
			if (s.tasks.isEmpty()) {
				plan.warnings.add(new PlanImportWarning(s.line, new LocalizedText(
						"章节“" + s.number + "”没有条目", "section " + s.number + " has no items"),
						PlanImportWarning.Kind.SECTION_WITHOUT_ITEMS));
			}
		}
		for (Section s : plan.sections) {
			checkEmpty(s.tasks);
		}
	}

	private void checkEmpty(List<Task> tasks) {
		for (Task t : tasks) {
			if (t.text.isEmpty()) {
				plan.warnings.add(new PlanImportWarning(t.line, new LocalizedText(
						"条目“" + t.number + "”没有内容", "item " + t.number + " has no text"),
						PlanImportWarning.Kind.ITEM_WITHOUT_TEXT));
			}
			checkEmpty(t.subtasks);
		}
	}
}
