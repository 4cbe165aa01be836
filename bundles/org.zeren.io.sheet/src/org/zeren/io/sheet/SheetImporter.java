package org.zeren.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.model.LegalDocument;
import org.zeren.core.model.Parties;
import org.zeren.core.model.StableIds;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.ChineseText;
import org.zeren.core.text.TextEncoding;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.ColumnValue;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.Power;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.ZerenFactory;

/**
 * Imports duty lists from spreadsheets into a {@link ResponsibilityModel}: {@code .xlsx} (Excel,
 * WPS; streamed), {@code .csv} and tab-separated text ({@code .tsv}, {@code .txt}) in UTF-8 (with or
 * without BOM), UTF-16 with BOM or GB18030. How rows and columns are understood is described in
 * {@link TableInterpreter} (header, title, two-level headings, section rows, footers, 同上,
 * fill-down) and {@link ColumnRole} (headings); this class turns the rows into model elements:
 *
 * <ul>
 * <li><b>Holders.</b> The holder column names the party holding a row's duty; without one, every
 * row is held by {@link SheetImportOptions#holder()}. Names are matched in normal form
 * ({@link ChineseText#normaliseName}, spaces removed) against each party's name, short name, code and aliases,
 * first among the given holder and its parts, then in the whole model; a name that matches two
 * parties is an error naming both. A path {@code 单位 / 岗位} (as posts are exported) names a party
 * inside another. Unknown holders are errors, or are created when asked.</li>
 * <li><b>Lists.</b> One {@link DutyList} per holder and sheet, of the kind given in the options,
 * else named by the sheet title (权力清单 power list, 主体责任 primary-responsibility list, 岗位 post
 * duty list, 责任清单 responsibility list), else following the holder (post: post duty list,
 * enterprise: primary-responsibility list, others: responsibility list). The list is named by the
 * sheet's title row, else by the sheet's name, else by the file name without extension; when a
 * sheet has several holders the holder's name follows in brackets. Duties are {@link Power powers}
 * in power lists, {@link org.zeren.model.Responsibility responsibilities} in responsibility lists
 * and {@link org.zeren.model.Obligation obligations} otherwise. A model that already has a list of
 * the same holder, kind and name is not imported into again (error), unless
 * {@link SheetImportOptions#update()}: then the list is updated ({@link ListUpdate}, {@link ListUpdates}).</li>
 * <li><b>Duties.</b> Code from the code column (normal form: {@code １} is {@code 1}); title from
 * the title column, else the first sentence of the content (up to 。！？；or the line end); text
 * from the content column when it says more than the title. With a sub-item column, each sub-item is
 * a duty titled by the sub-item (without its number) and coded {@code CODE-N}, grouped under a
 * grouping named by the item's code and title. Category, supervision method, accountability cases
 * and remarks (as the description) as written. Deadline: a date ({@link CellValues#date}) or
 * otherwise the text ({@code deadlineText}, e.g. 立即). Recurrence, accountability measures, power
 * kind (from the power-kind column, else the category, by {@link CellValues#powerKind}; OTHER when neither
 * names one; a power-kind text that is not exactly Zeren's label is also kept as an other column, with a warning), evidence
 * (one per 、；or line), supervising parties (matched like holders, never created) and work area
 * (by name or id) when recognised; a cell that is not recognised is kept as an other column, with a
 * warning. Every other column with text is kept in {@code otherColumns} with its heading.</li>
 * <li><b>Legal bases.</b> {@link LegalCitations} parses the cells; each document is matched to a
 * legal basis of the model ({@link LegalDocument#matches}) or created once, with the kind its
 * title shows (a warning when it is a guess). Each article reference becomes a
 * {@link LegalReference}; a document cited without article gives one reference to the whole.</li>
 * </ul>
 *
 * <h2>All or nothing</h2> Everything is read and checked before the model is touched. Errors of
 * rows (同上 without row above, unknown or ambiguous holder, no duty text) are collected over the
 * whole file and thrown together; in lenient mode those rows are skipped and listed instead. File
 * errors (format, encoding, limits, no header) always refuse the file. When the model is in an
 * {@link XMLResource}, created elements get {@link StableIds stable identifiers} (lists from holder,
 * kind and name; duties from their list and position; legal bases as the plan importer keys them),
 * so importing the same file into equal models gives equal files.
 */
public class SheetImporter {

	/** The most warnings the result of an import (not of a dry run, which lists all) holds before summing up the rest: {@value}. */
	public static final int MAX_WARNINGS = 200;

	private static final Pattern SUB_NUMBER = Pattern.compile("^[（(]?\\s*([0-9０-９]+|[一二三四五六七八九十]+)\\s*[）)]?\\s*[、.．]?\\s*(.*)$",
			Pattern.DOTALL);
	private static final Pattern PATH = Pattern.compile("\\s*[/／]\\s*");
	private static final Pattern DEFAULT_SHEET_NAME = Pattern.compile("(?i)^(sheet|工作表)\\s*\\d*$");

	/**
	 * Imports a spreadsheet; see the class comment.
	 *
	 * @param file    the spreadsheet: {@code .xlsx} (recognised by its content), else CSV or
	 *                tab-separated text; never null
	 * @param into    the model; its lists, legal bases and (when holders are created) parties grow,
	 *                unless it is a dry run; never null
	 * @param options how to import; never null
	 * @return what was (or would be) created; never null
	 * @throws SheetImportException when the file cannot be imported; every problem names the file,
	 *                              and where known the sheet, row and column; the model is then unchanged
	 * @throws NullPointerException when an argument is null
	 */
	public SheetImportResult importFile(Path file, ResponsibilityModel into, SheetImportOptions options)
			throws SheetImportException {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(into, "into");
		Objects.requireNonNull(options, "options");
		if (!Files.isRegularFile(file)) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
					Files.exists(file) ? "不是普通文件" : "文件不存在",
					Files.exists(file) ? "not a regular file" : "the file does not exist")), null);
		}
		boolean xlsx = isXlsx(file);
		List<SheetProblem> errors = new ArrayList<>();
		List<SheetProblem> warnings = new ArrayList<>();
		TableInterpreter tables = new TableInterpreter(file, options.mapping(), !xlsx, errors, warnings);
		CsvReader.Read read = null;
		try {
			if (xlsx) {
				XlsxReader.read(file, options.limits(), tables);
			} else {
				read = CsvReader.read(file, options.limits(), tables);
			}
		} catch (RowSink.Stop stop) {
			throw new SheetImportException(stop.problem, null);
		}
		if (tables.sheets().isEmpty()) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
					"没有找到表头行（如 序号、事项名称、事项内容、责任主体、法律依据），无法识别清单；可用映射文件（--mapping）指定列",
					"no header row found (headings such as 序号, 事项名称, 事项内容, 责任主体, 法律依据), so no list is recognised; "
							+ "a mapping file (--mapping) can name the columns")), null);
		}
		String format = read == null ? "xlsx" : read.delimiter() == '\t' ? "tsv" : "csv";
		TextEncoding encoding = read == null ? null : read.encoding();
		Build build = new Build(file, into, options, errors, warnings);
		for (ParsedSheet sheet : tables.sheets()) {
			build.sheet(sheet);
		}
		List<SheetProblem> rowErrors = new ArrayList<>(errors);
		rowErrors.sort(Comparator.comparing((SheetProblem p) -> String.valueOf(p.sheet())).thenComparingInt(SheetProblem::row)
				.thenComparingInt(SheetProblem::column));
		if (!rowErrors.isEmpty() && !options.lenient()) {
			throw new SheetImportException(rowErrors, null);
		}
		if (build.duties == 0) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
					rowErrors.isEmpty() ? "表头下没有事项行" : "没有可导入的事项行（所有行都有错误）",
					rowErrors.isEmpty() ? "no duty rows under the header" : "no duty row can be imported (every row has errors)")),
					null);
		}
		List<ListUpdate> updates = build.planUpdates();
		if (!options.dryRun()) {
			build.apply();
		}
		List<String> sheets = tables.sheets().stream()
				.map(s -> s.sheet != null ? s.sheet : String.valueOf(file.getFileName())).toList();
		return new SheetImportResult(format, encoding, sheets, List.copyOf(build.lists.values().stream()
				.filter(l -> !l.update).map(l -> l.list).toList()), updates, build.duties, List.copyOf(build.createdBases),
				build.reusedBases.size(), List.copyOf(build.createdParties.values()),
				options.dryRun() ? List.copyOf(warnings) : cap(warnings), warnings.size(),
				options.lenient() ? rowErrors : List.of(), options.dryRun());
	}

	private static List<SheetProblem> cap(List<SheetProblem> warnings) {
		if (warnings.size() <= MAX_WARNINGS) {
			return List.copyOf(warnings);
		}
		List<SheetProblem> result = new ArrayList<>(warnings.subList(0, MAX_WARNINGS));
		SheetProblem first = warnings.get(MAX_WARNINGS);
		int more = warnings.size() - MAX_WARNINGS;
		// the file only: the rest are in many rows, not in the row of the first left out
		result.add(new SheetProblem(first.file(), null, 0, 0, null, new LocalizedText(
				"…… 另有 " + more + " 条警告未列出", "… " + more + " more warnings not listed")));
		return List.copyOf(result);
	}

	/** @return whether the file is a ZIP archive (an .xlsx), whatever its name, or is named .xlsx */
	static boolean isXlsx(Path file) {
		if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xlsm|xls|et)$")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] b = in.readNBytes(4);
			return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
		} catch (IOException e) {
			return false; // the reader reports it
		}
	}

	/** The state of one import: resolves rows into detached elements, then applies them. */
	private static final class Build {

		private final Path file;
		private final ResponsibilityModel model;
		private final SheetImportOptions options;
		private final List<SheetProblem> errors;
		private final List<SheetProblem> warnings;
		private final ZerenFactory factory = ZerenFactory.eINSTANCE;
		private final Map<String, List<Party>> partyIndex = new HashMap<>();
		private final Map<String, LegalBasis> bases = new HashMap<>();
		private final Set<LegalBasis> modelBases;
		final List<LegalBasis> createdBases = new ArrayList<>();
		final Set<LegalBasis> reusedBases = new LinkedHashSet<>();
		/** Codes and titles (normal form) of the rows skipped for an error, see {@link #skipped}. */
		private final Set<String> skippedCodes = new java.util.HashSet<>();
		private final Set<String> skippedTitles = new java.util.HashSet<>();
		final Map<String, Party> createdParties = new LinkedHashMap<>();
		final Map<String, WorkArea> createdWorkAreas = new LinkedHashMap<>();
		final Map<String, ListBuild> lists = new LinkedHashMap<>();
		int duties;

		private ParsedSheet sheet;
		private final ParsedSheet.GroupRow[] groups = new ParsedSheet.GroupRow[4];
		private boolean severalHolders;

		/** A list being built, with its groupings by path. */
		private static final class ListBuild {
			final DutyList list;
			final String key;
			final Map<String, DutyGroup> groups = new HashMap<>();
			final Map<DutyGroup, String> groupKeys = new LinkedHashMap<>();
			final Map<String, Integer> subItems = new HashMap<>();
			/** true for a list of the model being updated: rows wait in {@link #pending} until {@link #apply()} */
			final boolean update;
			final List<Pending> pending = new ArrayList<>();
			final List<Match> matches = new ArrayList<>();
			final List<Pending> added = new ArrayList<>();
			final List<Duty> missing = new ArrayList<>();

			ListBuild(DutyList list, String key, boolean update) {
				this.list = list;
				this.key = key;
				this.update = update;
			}
		}

		/** A row for a list being updated: its detached duty, grouping path and the columns the sheet has. */
		private record Pending(Duty duty, List<ParsedSheet.GroupRow> path, Set<ColumnRole> roles, Set<String> headings,
				String sheet, int row) {
		}

		/** A row matched to a duty of the model. */
		private record Match(Duty existing, Pending row, List<String> changes) {
		}

		Build(Path file, ResponsibilityModel model, SheetImportOptions options, List<SheetProblem> errors,
				List<SheetProblem> warnings) {
			this.file = file;
			this.model = model;
			this.options = options;
			this.errors = errors;
			this.warnings = warnings;
			for (Party p : Parties.all(model)) {
				index(p);
			}
			this.modelBases = new LinkedHashSet<>(model.getLegalBases());
		}

		private void index(Party p) {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(matchKey(p.getName()));
			keys.add(matchKey(p.getShortName()));
			keys.add(matchKey(p.getCode()));
			for (String a : p.getAliases()) {
				keys.add(matchKey(a));
			}
			for (String k : keys) {
				if (k != null && !k.isEmpty()) {
					partyIndex.computeIfAbsent(k, x -> new ArrayList<>(2)).add(p);
				}
			}
		}

		/**
		 * @return the form in which party names are compared: {@link ChineseText#normaliseName} without any
		 *         space (Chinese names have none; 应急 管理局 typed with a full-width space is 应急管理局), or null
		 */
		static String matchKey(String name) {
			return name == null ? null : ChineseText.normaliseName(name).replace(" ", "");
		}

		void sheet(ParsedSheet s) {
			this.sheet = s;
			java.util.Arrays.fill(groups, null);
			ParsedSheet.Column holderColumn = s.column(ColumnRole.HOLDER);
			// distinct holders the rows resolve to, not distinct texts: a row whose holder is unknown (an error, skipped
			// in lenient mode) must not change the name of the list the other rows go to
			Set<Object> holders = new java.util.HashSet<>();
			if (holderColumn != null) {
				for (ParsedSheet.Entry e : s.entries) {
					if (e instanceof ParsedSheet.DutyRow d && !d.cells()[holderColumn.index()].isEmpty()) {
						String key = matchKey(ChineseText.normaliseName(d.cells()[holderColumn.index()]));
						List<Party> found = partyIndex.getOrDefault(key, List.of());
						if (found.isEmpty() && PATH.matcher(d.cells()[holderColumn.index()]).find()) {
							found = byPath(ChineseText.normaliseName(d.cells()[holderColumn.index()]));
						}
						if (found.size() > 1 && options.holder() != null) {
							List<Party> inside = found.stream().filter(p -> within(p, options.holder())).toList();
							found = inside.isEmpty() ? found : inside;
						}
						if (found.size() == 1) {
							holders.add(found.get(0));
						} else if (found.isEmpty() && options.createHolders()) {
							holders.add(key);
						}
					}
				}
			}
			severalHolders = holders.size() > 1;
			for (ParsedSheet.Entry e : s.entries) {
				if (e instanceof ParsedSheet.GroupRow g) {
					groups[g.level()] = g;
					for (int l = g.level() + 1; l < groups.length; l++) {
						groups[l] = null;
					}
				} else if (e instanceof ParsedSheet.DutyRow d) {
					row(d);
				}
			}
		}

		private String cell(ParsedSheet.DutyRow row, ColumnRole role) {
			ParsedSheet.Column c = sheet.column(role);
			return c == null ? "" : row.cells()[c.index()];
		}

		private SheetProblem problem(int row, ColumnRole role, LocalizedText message) {
			ParsedSheet.Column c = role == null ? null : sheet.column(role);
			return new SheetProblem(file, sheet.sheet, row, c == null ? 0 : c.index() + 1, c == null ? null : c.heading(),
					message);
		}

		private SheetProblem problem(int row, ParsedSheet.Column c, LocalizedText message) {
			return new SheetProblem(file, sheet.sheet, row, c.index() + 1, c.heading(), message);
		}

		/**
		 * Notes the code and names of a row skipped for an error (lenient mode): a duty of a list being updated that such
		 * a row may stand for is not missing, so --remove-missing does not delete it (the row's list is not known when
		 * its holder is the error, so every list being updated counts it).
		 */
		private void skipped(ParsedSheet.DutyRow row) {
			String code = ChineseText.normaliseName(cell(row, ColumnRole.CODE));
			if (!code.isEmpty()) {
				skippedCodes.add(code);
			}
			for (ColumnRole role : List.of(ColumnRole.TITLE, ColumnRole.SUB_ITEM)) {
				String name = cell(row, role);
				if (!name.isEmpty()) {
					skippedTitles.add(ChineseText.normaliseName(name));
				}
			}
			String content = cell(row, ColumnRole.CONTENT);
			if (!content.isEmpty()) {
				skippedTitles.add(ChineseText.normaliseName(firstSentence(content)));
			}
		}

		/** @return whether a duty may be what a row skipped for an error stands for ({@link #skipped}) */
		private boolean skippedRowOf(Duty d) {
			String code = d.getCode() == null ? null : ChineseText.normaliseName(d.getCode());
			if (code != null && (skippedCodes.contains(code)
					|| code.indexOf('-') > 0 && skippedCodes.contains(code.substring(0, code.lastIndexOf('-'))))) {
				return true;
			}
			return d.getTitle() != null && skippedTitles.contains(ChineseText.normaliseName(d.getTitle()));
		}

		private void row(ParsedSheet.DutyRow row) {
			List<SheetProblem> rowErrors = new ArrayList<>();
			List<SheetProblem> rowWarnings = new ArrayList<>();
			Party holder = holder(row, rowErrors);
			String title = cell(row, ColumnRole.TITLE);
			String content = cell(row, ColumnRole.CONTENT);
			String subItem = cell(row, ColumnRole.SUB_ITEM);
			if (title.isEmpty() && content.isEmpty() && subItem.isEmpty()) {
				rowErrors.add(problem(row.row(), sheet.column(ColumnRole.CONTENT) != null ? ColumnRole.CONTENT : ColumnRole.TITLE,
						new LocalizedText("事项行没有事项名称或内容", "the duty row has no title or content")));
			}
			if (!rowErrors.isEmpty()) {
				errors.addAll(rowErrors);
				skipped(row);
				return;
			}
			DutyListKind kind = kind(holder);
			ListBuild list = list(holder, kind, row, rowErrors);
			if (list == null) {
				errors.addAll(rowErrors);
				skipped(row);
				return;
			}
			Duty duty = switch (list.list.getKind()) {
			case POWER_LIST -> factory.createPower();
			case RESPONSIBILITY_LIST -> factory.createResponsibility();
			default -> factory.createObligation();
			};
			String code = ChineseText.normaliseName(cell(row, ColumnRole.CODE));
			List<ParsedSheet.GroupRow> path = new ArrayList<>();
			for (ParsedSheet.GroupRow g : groups) {
				if (g != null) {
					path.add(g);
				}
			}
			if (!subItem.isEmpty()) {
				path.add(new ParsedSheet.GroupRow(row.row(), 3, code.isEmpty() ? null : code, title));
				Matcher m = SUB_NUMBER.matcher(subItem);
				String pathKey = pathKey(path);
				int n = list.subItems.merge(pathKey, 1, Integer::sum);
				String subNumber = String.valueOf(n);
				String subTitle = subItem;
				if (m.matches() && !m.group(2).isEmpty()) {
					subNumber = ChineseText.halfWidth(m.group(1));
					subTitle = m.group(2);
				}
				duty.setTitle(subTitle);
				duty.setText(content.isEmpty() ? null : content);
				code = (code.isEmpty() ? "" : code + "-") + subNumber;
			} else if (!title.isEmpty()) {
				duty.setTitle(title);
				duty.setText(content.isEmpty() ? null : content);
			} else {
				String first = firstSentence(content);
				duty.setTitle(first);
				duty.setText(first.equals(content) ? null : content);
			}
			duty.setCode(code.isEmpty() ? null : code);
			String category = cell(row, ColumnRole.CATEGORY);
			duty.setCategory(category.isEmpty() ? null : category);
			List<ParsedSheet.Column> kept = new ArrayList<>();
			if (duty instanceof Power power) {
				powerKind(row, power, category, rowWarnings, kept);
			}
			legal(row, duty, rowWarnings);
			String method = cell(row, ColumnRole.SUPERVISION_METHOD);
			duty.setSupervisionMethod(method.isEmpty() ? null : method);
			String cases = cell(row, ColumnRole.ACCOUNTABILITY_CASES);
			duty.setAccountabilityCases(cases.isEmpty() ? null : cases);
			String remarks = cell(row, ColumnRole.REMARKS);
			duty.setDescription(remarks.isEmpty() ? null : remarks);
			String deadline = cell(row, ColumnRole.DEADLINE);
			if (!deadline.isEmpty()) {
				LocalDate date = CellValues.date(deadline);
				if (date != null) {
					duty.setDeadline(date);
				} else {
					duty.setDeadlineText(deadline);
					if (CellValues.looksLikeDate(deadline)) {
						rowWarnings.add(problem(row.row(), ColumnRole.DEADLINE, new LocalizedText(
								"完成时限“" + deadline + "”不是存在的日期，原文保留为文字",
								"deadline '" + deadline + "' is not a date that exists; the text is kept as written")));
					}
				}
			}
			for (String e : CellValues.items(cell(row, ColumnRole.EVIDENCE))) {
				duty.getRequiredEvidence().add(e);
			}
			typed(row, duty, rowWarnings, kept);
			for (ParsedSheet.Column c : sheet.columns) {
				String v = row.cells()[c.index()];
				if (!v.isEmpty() && (c.role() == ColumnRole.OTHER || kept.contains(c))) {
					ColumnValue cv = factory.createColumnValue();
					cv.setHeading(c.heading());
					cv.setValue(v);
					duty.getOtherColumns().add(cv);
				}
			}
			warnings.addAll(rowWarnings);
			commit(list, duty, path, row.row());
		}

		/**
		 * The power kind from the power-kind column, else from the category. A power-kind text that is not exactly
		 * an exported label ({@link CellValues#label(PowerKind)}) is kept as an other column with a warning: a
		 * known synonym (审批) gives its kind, any other text (行政确认) gives OTHER. A category is kept anyway.
		 */
		private void powerKind(ParsedSheet.DutyRow row, Power power, String category, List<SheetProblem> rowWarnings,
				List<ParsedSheet.Column> kept) {
			String kindText = cell(row, ColumnRole.POWER_KIND);
			if (kindText.isEmpty()) {
				PowerKind pk = CellValues.powerKind(category);
				power.setPowerKind(pk == null ? PowerKind.OTHER : pk);
				return;
			}
			PowerKind pk = CellValues.powerKind(kindText);
			power.setPowerKind(pk == null ? PowerKind.OTHER : pk);
			if (pk != null && kindText.equals(CellValues.label(pk))) {
				return;
			}
			ParsedSheet.Column c = sheet.column(ColumnRole.POWER_KIND);
			kept.add(c);
			String label = CellValues.label(power.getPowerKind());
			rowWarnings.add(problem(row.row(), c, pk == null
					? new LocalizedText("权力类型“" + kindText + "”不是已知类型（行政许可、行政检查、行政处罚、行政强制、其他行政权力），记为“"
							+ label + "”，原文保留为其他列",
							"power kind '" + kindText + "' is not a known kind (行政许可, 行政检查, 行政处罚, 行政强制, 其他行政权力); "
									+ "it is taken as '" + label + "' and the text is kept as an other column")
					: new LocalizedText("权力类型“" + kindText + "”读作“" + label + "”，原文保留为其他列",
							"power kind '" + kindText + "' read as '" + label + "'; the text is kept as an other column")));
		}

		/** Recurrence, measures, supervising parties and work area; unrecognised cells are kept. */
		private void typed(ParsedSheet.DutyRow row, Duty duty, List<SheetProblem> rowWarnings, List<ParsedSheet.Column> kept) {
			ParsedSheet.Column c = sheet.column(ColumnRole.RECURRENCE);
			if (c != null && !row.cells()[c.index()].isEmpty()) {
				String text = row.cells()[c.index()];
				Recurrence r = CellValues.recurrence(text);
				if (r != null) {
					duty.setRecurrence(r);
					// 一次 (NONE) is not exported as a value: kept, it is written back as it was
					if (!text.equals(CellValues.label(r)) || r == Recurrence.NONE) {
						kept.add(c);
					}
					if (!text.equals(CellValues.label(r))) {
						rowWarnings.add(problem(row.row(), c, new LocalizedText(
								"履职频次“" + text + "”读作“" + CellValues.label(r) + "”，原文保留为其他列",
								"recurrence '" + text + "' read as '" + CellValues.label(r) + "'; the text is kept as an other column")));
					}
				} else {
					kept.add(c);
					rowWarnings.add(problem(row.row(), c, new LocalizedText("无法识别履职频次“" + row.cells()[c.index()] + "”，原文保留为其他列",
							"recurrence '" + row.cells()[c.index()] + "' not recognised; the text is kept as an other column")));
				}
			}
			c = sheet.column(ColumnRole.ACCOUNTABILITY_MEASURES);
			if (c != null && !row.cells()[c.index()].isEmpty()) {
				String text = row.cells()[c.index()];
				List<AccountabilityMeasure> ms = CellValues.measures(text);
				if (ms != null) {
					duty.getAccountabilityMeasures().addAll(ms);
					if (!CellValues.exactLabels(text, ms)) {
						// a synonym (问责 for 行政问责): the office's words are kept and exported again
						kept.add(c);
						String labels = String.join("、", ms.stream().map(CellValues::label).toList());
						rowWarnings.add(problem(row.row(), c, new LocalizedText(
								"问责方式“" + text + "”读作“" + labels + "”，原文保留为其他列",
								"accountability measures '" + text + "' read as '" + labels + "'; the text is kept as an other column")));
					}
				} else {
					kept.add(c);
					rowWarnings.add(problem(row.row(), c, new LocalizedText(
							"问责方式“" + row.cells()[c.index()] + "”含无法识别的措施，原文保留为其他列",
							"accountability measures '" + row.cells()[c.index()] + "' include one not recognised; the text is kept as an other column")));
				}
			}
			c = sheet.column(ColumnRole.SUPERVISING_PARTY);
			if (c != null && !row.cells()[c.index()].isEmpty()) {
				List<Party> found = new ArrayList<>();
				for (String name : CellValues.items(row.cells()[c.index()].replace('，', '、').replace(',', '、'))) {
					List<Party> ps = partyIndex.get(matchKey(name));
					if (ps == null || ps.size() != 1) {
						found = null;
						rowWarnings.add(problem(row.row(), c, new LocalizedText("监督主体“" + name + "”不是模型中唯一的主体，原文保留为其他列",
								"supervising party '" + name + "' is not one party of the model; the text is kept as an other column")));
						break;
					}
					found.add(ps.get(0));
				}
				if (found != null) {
					duty.getSupervisingParties().addAll(found);
				} else {
					kept.add(c);
				}
			}
			c = sheet.column(ColumnRole.WORK_AREA);
			if (c != null && !row.cells()[c.index()].isEmpty()) {
				String w = ChineseText.normaliseName(row.cells()[c.index()]);
				WorkArea area = null;
				for (WorkArea a : model.getWorkAreas()) {
					if (w.equals(ChineseText.normaliseName(a.getName())) || w.equals(a.getId())
							|| w.equalsIgnoreCase(String.valueOf(a.getEnglishName()))) {
						area = a;
						break;
					}
				}
				if (area == null) {
					area = installedWorkArea(w);
				}
				if (area != null) {
					duty.setWorkArea(area);
				} else {
					kept.add(c);
					rowWarnings.add(problem(row.row(), c, new LocalizedText("模型和已安装的工作领域中都没有“" + w + "”，原文保留为其他列",
							"neither the model nor the installed work areas have a work area '" + w
									+ "'; the text is kept as an other column")));
				}
			}
		}

		/**
		 * @return the model's element for an installed work area named by its Chinese or English name or id (made
		 *         once, added to the model by {@link #apply()} as the template applier and plan import add it), or
		 *         null when no installed work area has that name
		 */
		private WorkArea installedWorkArea(String name) {
			for (RegisteredWorkArea r : options.workAreas()) {
				if (name.equals(ChineseText.normaliseName(r.name().zh())) || name.equals(r.id())
						|| name.equalsIgnoreCase(r.name().en())) {
					return createdWorkAreas.computeIfAbsent(r.id(), id -> {
						WorkArea a = factory.createWorkArea();
						a.setId(id);
						a.setName(r.name().zh());
						a.setEnglishName(r.name().en());
						a.setColour(r.colour());
						return a;
					});
				}
			}
			return null;
		}

		private void legal(ParsedSheet.DutyRow row, Duty duty, List<SheetProblem> rowWarnings) {
			StringBuilder text = new StringBuilder();
			ParsedSheet.Column first = null;
			for (ParsedSheet.Column c : sheet.columns) {
				String v = row.cells()[c.index()];
				if (v.isEmpty()) {
					continue;
				}
				if (c.role() == ColumnRole.LEGAL_BASIS) {
					text.append(text.length() == 0 ? "" : "\n").append(v);
					first = first == null ? c : first;
				} else if (c.role() == ColumnRole.LEGAL_ARTICLE) {
					text.append(v);
					first = first == null ? c : first;
				}
			}
			if (text.length() == 0) {
				return;
			}
			for (LegalCitations.Citation citation : LegalCitations.parse(text.toString())) {
				LegalBasis basis = basis(citation.document(), row.row(), first, rowWarnings);
				List<LegalCitations.Reference> refs = citation.references().isEmpty()
						? List.of(new LegalCitations.Reference(null, null, null))
						: citation.references();
				boolean noted = false;
				for (LegalCitations.Reference r : refs) {
					LegalReference ref = factory.createLegalReference();
					ref.setBasis(basis);
					ref.setArticle(r.article());
					ref.setParagraph(r.paragraph());
					ref.setItem(r.item());
					articleInRange(basis, r.article(), row.row(), first, rowWarnings);
					if (!noted) {
						ref.setNote(citation.note());
						noted = true;
					}
					duty.getLegalReferences().add(ref);
				}
			}
		}

		/**
		 * Warns when an article is beyond the article count of the basis's latest version, as the core rule
		 * {@code core.article-out-of-range} would later report it (bases without versions or count are not checked).
		 */
		private void articleInRange(LegalBasis basis, Integer article, int row, ParsedSheet.Column column,
				List<SheetProblem> rowWarnings) {
			if (article == null) {
				return;
			}
			org.zeren.model.LegalBasisVersion latest = basis.getVersions().stream()
					.max(Comparator.comparing(org.zeren.model.LegalBasisVersion::getEffectiveDate,
							Comparator.nullsFirst(Comparator.naturalOrder())))
					.orElse(null);
			if (latest == null || latest.getArticleCount() <= 0 || article <= latest.getArticleCount()) {
				return;
			}
			String doc = "《" + basis.getTitle() + "》" + (latest.getLabel() == null ? "" : "（" + latest.getLabel() + "）");
			rowWarnings.add(problem(row, column, new LocalizedText(
					"引用了" + doc + "第" + article + "条，但该版本只有 " + latest.getArticleCount() + " 条",
					"cites article " + article + " of " + doc + ", which has only " + latest.getArticleCount() + " articles")));
		}

		private LegalBasis basis(String written, int row, ParsedSheet.Column column, List<SheetProblem> rowWarnings) {
			LegalDocument d = LegalDocument.of(written);
			String key = d.key();
			LegalBasis b = bases.get(key);
			if (b != null) {
				return b;
			}
			for (LegalBasis existing : modelBases) {
				if (d.matches(existing) || asExported(written, existing)) {
					bases.put(key, existing);
					reusedBases.add(existing);
					return existing;
				}
			}
			b = factory.createLegalBasis();
			b.setTitle(d.title());
			b.setKind(d.kind());
			b.setCode(d.code());
			bases.put(key, b);
			createdBases.add(b);
			if (!d.recognised()) {
				rowWarnings.add(problem(row, column, new LocalizedText("无法从标题判断《" + d.title() + "》的类别，按规范性文件处理",
						"the kind of 《" + d.title() + "》 is not recognised from its title; it is taken as a normative document")));
			}
			return b;
		}

		/**
		 * Whether a cited document is an existing basis as {@link ExportTable#legal} writes it: code and title
		 * ({@code 国家安全生产监督管理总局令第3号 生产经营单位安全培训规定}), or the code alone. {@link LegalDocument} only
		 * recognises standard codes (GB, AQ, …), so without this an exported departmental rule's code and title would be
		 * taken as a new, unrecognised document and the duties' references moved onto it.
		 */
		private static boolean asExported(String written, LegalBasis basis) {
			if (basis.getCode() == null || basis.getCode().isBlank()) {
				return false;
			}
			String w = comparable(written);
			String code = comparable(basis.getCode());
			String title = basis.getTitle() == null ? "" : comparable(basis.getTitle());
			return w.equalsIgnoreCase(code) || w.equalsIgnoreCase(code + title) || w.equalsIgnoreCase(title + code);
		}

		private static String comparable(String text) {
			return ChineseText.squeeze(ChineseText.halfWidth(text));
		}

		private static String firstSentence(String text) {
			int depth = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
				case '“', '《', '（', '(', '【', '〔', '[' -> depth++;
				case '”', '》', '）', ')', '】', '〕', ']' -> depth = Math.max(0, depth - 1);
				case '\n', '\r' -> {
					return ChineseText.trim(text.substring(0, i));
				}
				case '。', '！', '？', '；', ';' -> {
					if (depth == 0) {
						return ChineseText.trim(text.substring(0, i));
					}
				}
				default -> {
					// part of the sentence
				}
				}
			}
			return ChineseText.trim(text);
		}

		private Party holder(ParsedSheet.DutyRow row, List<SheetProblem> rowErrors) {
			String name = ChineseText.normaliseName(cell(row, ColumnRole.HOLDER));
			if (name.isEmpty()) {
				if (options.holder() == null) {
					rowErrors.add(problem(row.row(), ColumnRole.HOLDER, new LocalizedText(
							"不知道事项的责任主体：表中没有责任主体列（或此格为空），也没有指定 --holder",
							"no holder for the duty: the sheet has no holder column (or this cell is blank) and no --holder is given")));
				}
				return options.holder();
			}
			List<Party> candidates = partyIndex.getOrDefault(matchKey(name), List.of());
			if (candidates.isEmpty() && PATH.matcher(name).find()) {
				candidates = byPath(name);
			}
			if (candidates.size() > 1 && options.holder() != null) {
				List<Party> inside = candidates.stream().filter(p -> within(p, options.holder())).toList();
				if (!inside.isEmpty()) {
					candidates = inside;
				}
			}
			if (candidates.size() == 1) {
				return candidates.get(0);
			}
			if (candidates.size() > 1) {
				String names = String.join("、", candidates.stream().map(Build::path).toList());
				rowErrors.add(problem(row.row(), ColumnRole.HOLDER, new LocalizedText(
						"责任主体“" + name + "”不唯一，可能是：" + names + "；请用 --holder 指定所属单位",
						"holder '" + name + "' is ambiguous: " + names + "; give the unit with --holder")));
				return null;
			}
			Party created = createdParties.get(matchKey(name));
			if (created != null) {
				return created;
			}
			if (!options.createHolders()) {
				rowErrors.add(problem(row.row(), ColumnRole.HOLDER, new LocalizedText(
						"模型中没有责任主体“" + name + "”（按名称、简称、编码和别名查找）；请先在模型中添加，或使用 --create-holders",
						"the model has no holder '" + name + "' (by name, short name, code or alias); add it to the model first, "
								+ "or use --create-holders")));
				return null;
			}
			Party p;
			if (options.holder() != null) {
				Post post = factory.createPost();
				p = post;
			} else {
				Department dep = factory.createDepartment();
				p = dep;
			}
			p.setName(name);
			createdParties.put(matchKey(name), p);
			return p;
		}

		/**
		 * A holder written as a path, {@code 绿建建工集团有限公司 / 专职安全员} (as Zeren exports posts): the first
		 * part is looked up like any name, each further part among the parties inside the previous one.
		 */
		private List<Party> byPath(String name) {
			String[] parts = PATH.split(name);
			List<Party> current = partyIndex.getOrDefault(matchKey(parts[0]), List.of());
			for (int i = 1; i < parts.length && !current.isEmpty(); i++) {
				String key = matchKey(parts[i]);
				List<Party> next = new ArrayList<>();
				for (Party parent : current) {
					for (java.util.Iterator<EObject> it = parent.eAllContents(); it.hasNext();) {
						if (it.next() instanceof Party child && (key.equals(matchKey(child.getName()))
								|| key.equals(matchKey(child.getShortName())) || key.equals(matchKey(child.getCode())))) {
							next.add(child);
						}
					}
				}
				current = next;
			}
			return current;
		}

		private static boolean within(Party p, Party ancestor) {
			for (EObject o = p; o != null; o = o.eContainer()) {
				if (o == ancestor) {
					return true;
				}
			}
			return false;
		}

		private static String path(Party p) {
			StringBuilder b = new StringBuilder(Parties.label(p));
			for (EObject o = p.eContainer(); o instanceof Party parent; o = o.eContainer()) {
				b.insert(0, Parties.label(parent) + " / ");
			}
			return b.toString();
		}

		private DutyListKind kind(Party holder) {
			if (options.kind() != null) {
				return options.kind();
			}
			String title = sheet.title != null ? sheet.title : sheet.sheet != null ? sheet.sheet : "";
			String t = ChineseText.squeeze(title);
			if (t.contains("权力清单") || t.contains("权力事项")) {
				return DutyListKind.POWER_LIST;
			}
			if (t.contains("主体责任")) {
				return DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			}
			if (t.contains("岗位")) {
				return DutyListKind.POST_DUTY_LIST;
			}
			if (t.contains("责任清单") || t.contains("监管责任")) {
				return DutyListKind.RESPONSIBILITY_LIST;
			}
			if (holder instanceof Post) {
				return DutyListKind.POST_DUTY_LIST;
			}
			if (holder instanceof Enterprise) {
				return DutyListKind.PRIMARY_RESPONSIBILITY_LIST;
			}
			return DutyListKind.RESPONSIBILITY_LIST;
		}

		private String listName(Party holder) {
			String base = sheet.title;
			if (base == null && sheet.sheet != null && !DEFAULT_SHEET_NAME.matcher(sheet.sheet.strip()).matches()) {
				base = sheet.sheet;
			}
			if (base == null) {
				String f = String.valueOf(file.getFileName());
				base = f.lastIndexOf('.') > 0 ? f.substring(0, f.lastIndexOf('.')) : f;
			}
			return severalHolders ? base + "（" + Parties.label(holder) + "）" : base;
		}

		private ListBuild list(Party holder, DutyListKind kind, ParsedSheet.DutyRow row, List<SheetProblem> rowErrors) {
			String name = listName(holder);
			String key = System.identityHashCode(holder) + "\u0000" + kind + "\u0000" + name;
			ListBuild l = lists.get(key);
			if (l != null) {
				return l;
			}
			// an update finds the list by holder and name whatever its kind unless --kind is given: a title such as
			// 安全生产职责清单 does not show the kind, and the list exported from a primary-responsibility list must
			// update that list, not create a responsibility list beside it
			if (options.update()) {
				for (DutyList existing : model.getDutyLists()) {
					if (existing.getHolder() == holder && name.equals(existing.getName())
							&& (options.kind() == null || existing.getKind() == options.kind())) {
						l = new ListBuild(existing, key, true);
						lists.put(key, l);
						return l;
					}
				}
			}
			for (DutyList existing : model.getDutyLists()) {
				if (existing.getHolder() == holder && existing.getKind() == kind && name.equals(existing.getName())) {
					if (options.update()) {
						l = new ListBuild(existing, key, true);
						lists.put(key, l);
						return l;
					}
					rowErrors.add(problem(row.row(), ColumnRole.HOLDER, new LocalizedText(
							"模型中已有“" + Parties.label(holder) + "”的清单“" + name + "”，不重复导入；要用表格更新它，请加 --update",
							"the model already holds the list '" + name + "' of " + Parties.label(holder)
									+ "; it is not imported twice; to update it from the sheet, use --update")));
					return null;
				}
			}
			DutyList list = factory.createDutyList();
			list.setName(name);
			list.setKind(kind);
			list.setHolder(holder);
			l = new ListBuild(list, key, false);
			lists.put(key, l);
			return l;
		}

		private static String pathKey(List<ParsedSheet.GroupRow> path) {
			StringBuilder b = new StringBuilder();
			for (ParsedSheet.GroupRow g : path) {
				b.append(g.level()).append(':').append(g.number()).append(':').append(g.title()).append('/');
			}
			return b.toString();
		}

		private void commit(ListBuild list, Duty duty, List<ParsedSheet.GroupRow> path, int row) {
			if (list.update) {
				Set<ColumnRole> roles = java.util.EnumSet.noneOf(ColumnRole.class);
				Set<String> headings = new java.util.HashSet<>();
				for (ParsedSheet.Column c : sheet.columns) {
					roles.add(c.role());
					if (!c.heading().isEmpty()) {
						headings.add(c.heading());
					}
				}
				list.pending.add(new Pending(duty, List.copyOf(path), roles, headings, sheet.sheet, row));
				for (LegalReference r : duty.getLegalReferences()) {
					if (modelBases.contains(r.getBasis())) {
						reusedBases.add(r.getBasis());
					}
				}
				duties++;
				return;
			}
			DutyGroup parent = null;
			StringBuilder key = new StringBuilder();
			for (ParsedSheet.GroupRow g : path) {
				key.append(g.level()).append(':').append(g.number()).append(':').append(g.title()).append('/');
				DutyGroup group = list.groups.get(key.toString());
				if (group == null) {
					group = factory.createDutyGroup();
					group.setNumber(g.number());
					group.setTitle(g.title());
					if (parent == null) {
						list.list.getGroups().add(group);
					} else {
						parent.getSubgroups().add(group);
					}
					list.groups.put(key.toString(), group);
					list.groupKeys.put(group, key.toString());
				}
				parent = group;
			}
			duty.setGroup(parent);
			list.list.getDuties().add(duty);
			for (LegalReference r : duty.getLegalReferences()) {
				if (!modelBases.contains(r.getBasis())) {
					continue;
				}
				reusedBases.add(r.getBasis());
			}
			duties++;
		}

		/**
		 * Matches the rows of each list being updated to its duties, by code, else by title (normal form), each duty
		 * at most once, and says what would change; the model is not touched.
		 *
		 * @return one update per list of the model the sheet updates, in order of first row; never null
		 */
		List<ListUpdate> planUpdates() {
			List<ListUpdate> result = new ArrayList<>();
			for (ListBuild l : lists.values()) {
				if (!l.update) {
					continue;
				}
				Map<String, List<Duty>> byCode = new HashMap<>();
				Map<String, List<Duty>> byTitle = new HashMap<>();
				for (Duty d : l.list.getDuties()) {
					if (d.getCode() != null) {
						byCode.computeIfAbsent(ChineseText.normaliseName(d.getCode()), k -> new ArrayList<>()).add(d);
					}
					if (d.getTitle() != null) {
						byTitle.computeIfAbsent(ChineseText.normaliseName(d.getTitle()), k -> new ArrayList<>()).add(d);
					}
				}
				int unknown = ListUpdates.unknownDuties(l.list);
				if (unknown > 0) {
					warnings.add(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
							"清单“" + l.list.getName() + "”有 " + unknown + " 项事项属于未安装的插件，无法与表格行匹配；这些行会作为新事项添加",
							"the list '" + l.list.getName() + "' holds " + unknown + " duties of a plugin that is not installed; rows for "
									+ "them cannot be matched and are added as new duties")));
				}
				duplicateCodes(l, byCode);
				Set<Duty> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
				List<ListUpdate.Change> changed = new ArrayList<>();
				int unchanged = 0;
				for (Pending p : l.pending) {
					Duty match = p.duty().getCode() == null ? null
							: take(byCode.get(ChineseText.normaliseName(p.duty().getCode())), used);
					if (match == null && p.duty().getTitle() != null) {
						match = take(byTitle.get(ChineseText.normaliseName(p.duty().getTitle())), used);
					}
					if (match == null) {
						l.added.add(p);
						continue;
					}
					List<String> changes = ListUpdates.changes(match, p.duty(), p.roles(), p.headings());
					l.matches.add(new Match(match, p, changes));
					if (changes.isEmpty()) {
						unchanged++;
					} else {
						changed.add(new ListUpdate.Change(match, changes));
					}
				}
				for (Duty d : l.list.getDuties()) {
					if (used.contains(d)) {
						continue;
					}
					if (skippedRowOf(d)) {
						warnings.add(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
								"清单“" + l.list.getName() + "”的事项 " + label(d) + " 可能是因错误而跳过的行，不算缺失，保留不变",
								"the duty " + label(d) + " of the list '" + l.list.getName() + "' may be a row skipped for an "
										+ "error; it is not counted as missing and is kept as it is")));
						continue;
					}
					l.missing.add(d);
				}
				if (options.removeMissing()) {
					orphans(l);
				}
				result.add(new ListUpdate(l.list, List.copyOf(changed), unchanged, l.added.stream().map(Pending::duty).toList(),
						List.copyOf(l.missing), options.removeMissing()));
			}
			return result;
		}

		/**
		 * Warns when a code is on more rows of a list being updated than the list has duties with that code (the same
		 * code on two rows, or the same list on two sheets): the rows past those cannot be matched by code and would be
		 * matched by title or added as duplicates. A list whose numbering restarts in each grouping has several duties
		 * with one code, and as many rows with it are not warned about.
		 */
		private void duplicateCodes(ListBuild l, Map<String, List<Duty>> byCode) {
			Map<String, List<Pending>> rows = new java.util.LinkedHashMap<>();
			for (Pending p : l.pending) {
				if (p.duty().getCode() != null) {
					rows.computeIfAbsent(ChineseText.normaliseName(p.duty().getCode()), k -> new ArrayList<>()).add(p);
				}
			}
			rows.forEach((code, ps) -> {
				if (ps.size() > Math.max(1, byCode.getOrDefault(code, List.of()).size())) {
					String zh = ps.stream().map(p -> (p.sheet() == null ? "" : "工作表“" + p.sheet() + "”") + "第 " + p.row() + " 行")
							.collect(java.util.stream.Collectors.joining("、"));
					String en = ps.stream().map(p -> (p.sheet() == null ? "" : "sheet '" + p.sheet() + "' ") + "row " + p.row())
							.collect(java.util.stream.Collectors.joining(", "));
					warnings.add(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
							"清单“" + l.list.getName() + "”的序号“" + code + "”出现在多行（" + zh + "），多于清单中该序号的事项（"
									+ byCode.getOrDefault(code, List.of()).size() + " 项）；多出的行按事项名称匹配，否则作为新事项添加",
							"the code '" + code + "' of the list '" + l.list.getName() + "' is on several rows (" + en
									+ "), more than the list has duties with that code (" + byCode.getOrDefault(code, List.of()).size()
									+ "); the rows beyond are matched by title, else added as new duties")));
				}
			});
		}

		/**
		 * Warns, for each duty of the model whose upstream duty ({@link Duty#getDelegatedFrom()}) is a missing duty
		 * being removed, that it loses that link (its chain is cut).
		 */
		private void orphans(ListBuild l) {
			Set<Duty> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			removed.addAll(l.missing);
			for (DutyList other : model.getDutyLists()) {
				for (Duty d : other.getDuties()) {
					if (d.getDelegatedFrom() != null && removed.contains(d.getDelegatedFrom()) && !removed.contains(d)) {
						warnings.add(new SheetProblem(file, null, 0, 0, null, new LocalizedText(
								"清单“" + other.getName() + "”的事项 " + label(d) + " 失去上级事项 " + label(d.getDelegatedFrom())
										+ "（清单“" + l.list.getName() + "”，被删除）",
								"the duty " + label(d) + " of the list '" + other.getName() + "' loses its upstream duty "
										+ label(d.getDelegatedFrom()) + " (list '" + l.list.getName() + "', removed)")));
					}
				}
			}
		}

		private static String label(Duty d) {
			return (d.getCode() == null ? "" : d.getCode() + " ") + "“" + d.getTitle() + "”";
		}

		private static Duty take(List<Duty> candidates, Set<Duty> used) {
			if (candidates != null) {
				for (Duty d : candidates) {
					if (used.add(d)) {
						return d;
					}
				}
			}
			return null;
		}

		/** The only changes to the model, after everything has been read and checked. */
		void apply() {
			for (Party p : createdParties.values()) {
				Party parent = options.holder();
				if (parent != null) {
					parent.getChildren().add(p);
					StableIds.assign(p, "party", idOf(parent), p.getName());
				} else {
					Committee committee = model.getParties().stream().filter(Committee.class::isInstance)
							.map(Committee.class::cast).findFirst().orElse(null);
					if (committee != null) {
						committee.getChildren().add(p);
					} else {
						model.getParties().add(p);
					}
					StableIds.assign(p, "party", p.getName());
				}
			}
			for (WorkArea a : createdWorkAreas.values()) {
				model.getWorkAreas().add(a);
				StableIds.assign(a, "workarea", a.getId());
			}
			Set<LegalBasis> used = new LinkedHashSet<>();
			for (ListBuild l : lists.values()) {
				for (Duty d : l.update ? l.pending.stream().map(Pending::duty).toList() : l.list.getDuties()) {
					for (LegalReference r : d.getLegalReferences()) {
						used.add(r.getBasis());
					}
				}
			}
			createdBases.retainAll(used);
			for (LegalBasis b : createdBases) {
				model.getLegalBases().add(b);
				StableIds.assign(b, "basis", b.getTitle());
			}
			for (ListBuild l : lists.values()) {
				if (l.update) {
					// an unchanged duty is left untouched (its references keep their identifiers)
					ListUpdates.apply(l.list, l.matches.stream().filter(m -> !m.changes().isEmpty()).map(m -> new ListUpdates.Step(m.existing(), m.row().duty(),
							m.row().roles(), m.row().headings())).toList(), l.added.stream().map(p -> new ListUpdates.Step(null,
									p.duty(), p.roles(), p.headings())).toList(), l.added.stream().map(Pending::path).toList(),
							options.removeMissing() ? l.missing : List.of());
					continue;
				}
				model.getDutyLists().add(l.list);
				String holderId = idOf(l.list.getHolder());
				String kind = l.list.getKind().getLiteral();
				String name = l.list.getName();
				StableIds.assign(l.list, "dutylist", holderId, kind, name);
				l.groupKeys.forEach((g, k) -> StableIds.assign(g, "dutylist", holderId, kind, name, "group", k));
				int n = 0;
				for (Duty d : l.list.getDuties()) {
					String index = Integer.toString(++n);
					StableIds.assign(d, "dutylist", holderId, kind, name, "duty", index);
					int i = 0;
					for (LegalReference r : d.getLegalReferences()) {
						StableIds.assign(r, "dutylist", holderId, kind, name, "duty", index, "ref", Integer.toString(++i));
					}
					i = 0;
					for (ColumnValue c : d.getOtherColumns()) {
						StableIds.assign(c, "dutylist", holderId, kind, name, "duty", index, "column", Integer.toString(++i));
					}
				}
			}
		}

		private static String idOf(EObject o) {
			if (o.eResource() instanceof XMLResource x) {
				String id = x.getID(o);
				if (id != null) {
					return id;
				}
			}
			return o instanceof Party p ? String.valueOf(p.getName()) : "";
		}
	}
}
