package org.zeren.io.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zeren.core.model.StableIds;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.ChineseText;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.io.plan.ParsedPlan.Block;
import org.zeren.io.plan.ParsedPlan.Section;
import org.zeren.io.plan.ParsedPlan.Task;
import org.zeren.model.LegalBasis;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenFactory;

/**
 * Imports a work plan (工作要点) from a text or {@code .docx} file into a {@link ResponsibilityModel}.
 *
 * <h2>Input</h2>
 * Files named {@code *.docx} (any case) are read as Word documents, one line per paragraph (table
 * cells paragraph by paragraph); anything else as text in UTF-8 with BOM, UTF-8 or GB18030 (see
 * {@link PlanEncoding}). Line numbers in errors and warnings are 1-based lines of this text. Lines
 * are trimmed (also of U+3000 and no-break spaces); blank lines are ignored. Markers are recognised
 * after full-width to half-width normalisation ({@code １．} is {@code 1.}); text is stored as written.
 *
 * <h2>What is recognised</h2>
 * <ul>
 * <li>Header (the lines before the first section): the title, a line naming the plan (the title
 * the cover cites in 《》, or a line ending with 要点, 计划, 规划, 方案 or 工作安排), e.g.
 * 绿建区2017年安全生产工作要点; recipients, the first line before the title ending with ：or :
 * (stored without the colon); the date of issue, a line such as 2017年2月23日 or 二〇一七年二月二十三日;
 * the issuer, the line just before the date, as printed (绿建区安全生产委员会(管委会代章)); the year
 * (the first 2017年 of the title, else of the general approach); the cover text (the other lines
 * before the title, kept as the plan's description); the general approach (the lines after the
 * title).</li>
 * <li>Sections: lines {@code 一、…} (Chinese numeral and 、 or ．) give a {@link PlanSection} with the
 * numeral as number and the rest of the line as title. Paragraphs in a section before its first
 * item become the section's description.</li>
 * <li>Items: lines {@code 1、…} or {@code 1.…} (also full-width digits) give a {@link PlanTask} of the
 * section with the digits as printed as number, the whole item after the number (continuation
 * paragraphs joined by a line feed) as text and its first sentence, up to the first 。！？ outside
 * quotes and brackets or the end of the first line, as title. Sub-items {@code （一）…} give a task
 * numbered {@code （一）} as printed, nested under the current item of the section, or directly
 * under the section before its first item.</li>
 * <li>Documents cited in 《》 anywhere in the plan become {@link LegalBasis legal bases}, one per
 * distinct document (same title, ignoring white space, full-width forms and a leading
 * 中华人民共和国, or same standard code), with the kind recognised from the title (see
 * {@code CitedDocument}: 法 law, 省/市 …条例 local regulation, other 条例 administrative regulation,
 * GB codes national standard, AQ codes industry standard, 规定/办法/意见/通知/清单/方案 normative
 * document, 要点/计划 plan). A basis already in the model that is the same document is reused; the
 * plan's own title is never a basis. {@link PlanTask#getCitedBases()} lists the documents the
 * task's own text cites, in citation order.</li>
 * <li>Phrases quoted with “…” in a task's own text, outside 《》, become its
 * {@link PlanTask#getPrinciples() principles}, one entry per distinct phrase as written, e.g.
 * 党政同责、一岗双责、失职追责.</li>
 * <li>Work areas: a task concerns every installed work area one of whose
 * {@link WorkAreaRegistry#keywords() keywords} occurs literally in the task's own text, both
 * compared in half-width form. For each, a {@link WorkArea} element (id, Chinese and English name,
 * colour) is reused from the model by id or created, and added to {@link PlanTask#getWorkAreas()}
 * in work-area id order.</li>
 * </ul>
 *
 * <h2>All or nothing; stable identifiers</h2>
 * The whole file is parsed and checked before the model is touched; when a
 * {@link PlanImportException} is thrown the model is unchanged. When the model is in an
 * {@link org.eclipse.emf.ecore.xmi.XMLResource}, every element created gets an {@code xmi:id}
 * derived from its content ({@link StableIds}): the plan from its title, sections and tasks from
 * the plan title and their number path, legal bases and work areas with the same keys
 * {@code org.zeren.core.template.TemplateApplier} uses. Importing the same plan into equal models
 * therefore gives byte-identical files.
 * <p>
 * Not thread-safe for one model (EMF models are not); one importer may serve several threads
 * importing into different models.
 */
public class PlanImporter {

	private final WorkAreaRegistry registry;

	/**
	 * @param registry the installed work areas whose keywords recognise the tasks' work areas;
	 *                 never null (an empty registry recognises none)
	 * @throws NullPointerException when registry is null
	 */
	public PlanImporter(WorkAreaRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	/**
	 * Imports a plan; see the class comment for what is recognised.
	 *
	 * @param file the plan file: text (UTF-8, UTF-8 with BOM, GB18030) or {@code .docx}; never null
	 * @param into the model to add the plan to: the plan goes to its {@code workPlans}, new legal
	 *             bases to {@code legalBases}, new work areas to {@code workAreas}; never null
	 * @return the plan added, the encoding read, the legal bases and work areas it refers to, and
	 *         warnings; never null
	 * @throws PlanImportException  when the file cannot be read, is empty, is neither UTF-8 nor
	 *                              GB18030, is binary, is a {@code .docx} that is not a Word
	 *                              document, has no section heading ({@code 一、…}), or when the
	 *                              model already holds a plan with the same title; the model is
	 *                              then unchanged
	 * @throws NullPointerException when file or into is null
	 */
	public PlanImportResult importPlan(Path file, ResponsibilityModel into) throws PlanImportException {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(into, "into");
		PlanText text = PlanText.read(file);
		ParsedPlan parsed = PlanParser.parse(file, text.lines());
		if (parsed.title != null) {
			for (WorkPlan existing : into.getWorkPlans()) {
				if (parsed.title.equals(existing.getTitle())) {
					throw new PlanImportException(file, parsed.titleLine, new LocalizedText(
							"模型中已有计划“" + parsed.title + "”，不重复导入",
							"the model already holds the plan " + parsed.title + "; it is not imported twice"), null);
				}
			}
		}
		List<PlanImportWarning> warnings = new ArrayList<>(text.warnings());
		warnings.addAll(parsed.warnings);
		return new Import(parsed, into, warnings).run(text.encoding());
	}

	/**
	 * Keeps the first {@code max} warnings of each kind; the others of a kind are replaced by one
	 * warning of kind {@link PlanImportWarning.Kind#MORE} at the place (and line) of the first one
	 * left out, saying how many were left out. A plan with thousands of items out of sequence
	 * would otherwise bury everything else under its warnings.
	 *
	 * @param warnings the warnings, in the order to report them; never null
	 * @param max      how many of one kind to keep, at least 0
	 * @return the kept warnings with the summaries, in the same order; never null
	 */
	static List<PlanImportWarning> capPerKind(List<PlanImportWarning> warnings, int max) {
		Map<PlanImportWarning.Kind, Integer> total = new EnumMap<>(PlanImportWarning.Kind.class);
		for (PlanImportWarning w : warnings) {
			total.merge(w.kind(), 1, Integer::sum);
		}
		Map<PlanImportWarning.Kind, Integer> seen = new EnumMap<>(PlanImportWarning.Kind.class);
		List<PlanImportWarning> result = new ArrayList<>();
		for (PlanImportWarning w : warnings) {
			int n = seen.merge(w.kind(), 1, Integer::sum);
			if (n <= max) {
				result.add(w);
			} else if (n == max + 1) {
				int more = total.get(w.kind()) - max;
				LocalizedText kind = w.kind().description();
				result.add(new PlanImportWarning(w.line(), new LocalizedText(
						"…… 另有 " + more + " 条同类警告（" + kind.zh() + "），从此行起未逐条列出",
						"… " + more + " more warnings of this kind (" + kind.en() + ") from this line on, not listed"),
						PlanImportWarning.Kind.MORE));
			}
		}
		return result;
	}

	/** One import: resolves citations and work areas, then builds and adds the elements. */
	private final class Import {

		private final ParsedPlan parsed;
		private final ResponsibilityModel model;
		private final List<PlanImportWarning> warnings;
		private final ZerenFactory factory = ZerenFactory.eINSTANCE;
		/** Distinct cited documents by key, with where they were first cited. */
		private final Map<String, Cited> cited = new LinkedHashMap<>();
		private final String planKey;
		private final Map<RegisteredWorkArea, List<String>> keywords;
		private final Map<String, WorkArea> workAreas = new LinkedHashMap<>();
		private final List<WorkArea> newWorkAreas = new ArrayList<>();
		private final List<PlanTask> tasksInOrder = new ArrayList<>();
		private final Map<PlanTask, String> taskKeys = new HashMap<>();
		private final Map<PlanSection, String> sectionKeys = new HashMap<>();

		private final class Cited {
			final CitedDocument document;
			final int line;
			final int column;
			LegalBasis basis;
			boolean created;

			Cited(CitedDocument document, int line, int column) {
				this.document = document;
				this.line = line;
				this.column = column;
			}
		}

		Import(ParsedPlan parsed, ResponsibilityModel model, List<PlanImportWarning> warnings) {
			this.parsed = parsed;
			this.model = model;
			this.warnings = warnings;
			this.planKey = parsed.title == null ? null : CitedDocument.of(parsed.title).key();
			Map<RegisteredWorkArea, List<String>> normalised = new LinkedHashMap<>();
			registry.keywords().forEach((area, words) -> {
				List<String> n = new ArrayList<>();
				for (String w : words) {
					String k = w == null ? "" : ChineseText.trim(Texts.halfWidth(w));
					if (!k.isEmpty()) {
						n.add(k);
					}
				}
				normalised.put(area, n);
			});
			this.keywords = normalised;
		}

		PlanImportResult run(PlanEncoding encoding) {
			WorkPlan plan = factory.createWorkPlan();
			plan.setTitle(parsed.title);
			plan.setRecipients(parsed.recipients);
			plan.setIssuer(parsed.issuer);
			plan.setIssuedOn(parsed.issuedOn);
			plan.setYear(parsed.year);
			if (!parsed.cover.isEmpty()) {
				plan.setDescription(parsed.cover.text());
			}
			if (!parsed.generalApproach.isEmpty()) {
				plan.setGeneralApproach(parsed.generalApproach.text());
			}
			cite(parsed.cover, null);
			cite(parsed.generalApproach, null);
			String planId = parsed.title == null ? "" : parsed.title;
			Set<String> usedKeys = new LinkedHashSet<>();
			for (Section s : parsed.sections) {
				PlanSection section = factory.createPlanSection();
				section.setNumber(s.number);
				section.setTitle(s.title);
				if (!s.extra.isEmpty()) {
					section.setDescription(s.extra.text());
				}
				Block title = new Block();
				title.add(s.line, s.title);
				cite(title, null);
				cite(s.extra, null);
				sectionKeys.put(section, unique(usedKeys, "section:" + s.number));
				for (Task t : s.tasks) {
					section.getTasks().add(task(t, s.number, usedKeys));
				}
				plan.getSections().add(section);
			}
			List<Cited> documents = new ArrayList<>(cited.values());
			documents.sort(Comparator.comparingInt((Cited c) -> c.line).thenComparingInt(c -> c.column));
			warnAboutLookalikes(documents);
			warnings.sort(Comparator.comparingInt(w -> w.line() == 0 ? Integer.MAX_VALUE : w.line()));
			List<PlanImportWarning> capped = capPerKind(warnings, PlanImportWarning.MAX_PER_KIND);

			// the only changes to the model, after everything has been parsed and resolved
			List<LegalBasis> bases = new ArrayList<>();
			for (Cited c : documents) {
				bases.add(c.basis);
				if (c.created) {
					model.getLegalBases().add(c.basis);
					StableIds.assign(c.basis, "basis", c.basis.getTitle());
				}
			}
			for (WorkArea a : newWorkAreas) {
				model.getWorkAreas().add(a);
				StableIds.assign(a, "workarea", a.getId());
			}
			model.getWorkPlans().add(plan);
			StableIds.assign(plan, "plan", planId);
			for (PlanSection s : plan.getSections()) {
				StableIds.assign(s, "plan", planId, sectionKeys.get(s));
			}
			for (PlanTask t : tasksInOrder) {
				StableIds.assign(t, "plan", planId, taskKeys.get(t));
			}
			return new PlanImportResult(plan, encoding, bases, new ArrayList<>(workAreas.values()), capped);
		}

		private static String unique(Set<String> used, String key) {
			String k = key;
			for (int n = 2; !used.add(k); n++) {
				k = key + "#" + n;
			}
			return k;
		}

		private PlanTask task(Task t, String path, Set<String> usedKeys) {
			PlanTask task = factory.createPlanTask();
			String text = t.text.text();
			task.setNumber(t.number);
			task.setTitle(t.title());
			task.setText(text);
			String key = path + "/" + t.number;
			tasksInOrder.add(task);
			taskKeys.put(task, unique(usedKeys, "task:" + key));
			List<Cited> citations = new ArrayList<>();
			cite(t.text, citations);
			for (Cited c : citations) {
				task.getCitedBases().add(c.basis);
			}
			task.getPrinciples().addAll(Texts.quotedPhrases(text));
			String norm = Texts.halfWidth(text);
			keywords.forEach((area, words) -> {
				if (words.stream().anyMatch(norm::contains)) {
					task.getWorkAreas().add(workArea(area));
				}
			});
			for (Task sub : t.subtasks) {
				task.getSubtasks().add(task(sub, key, usedKeys));
			}
			return task;
		}

		/** Records the documents a block cites; adds each to the task's list once when a list is given. */
		private void cite(Block block, List<Cited> task) {
			String text = block.text();
			for (Texts.Span span : Texts.bookTitles(text)) {
				String written = ChineseText.trim(span.content());
				if (written.isEmpty()) {
					continue;
				}
				CitedDocument document = CitedDocument.of(written);
				String key = document.key();
				if (key.equals(planKey)) {
					continue;
				}
				int line = block.lineAt(span.start());
				int column = span.start() - text.lastIndexOf('\n', span.start());
				Cited c = cited.get(key);
				if (c == null) {
					c = new Cited(document, line, column);
					resolve(c);
					cited.put(key, c);
				}
				if (task != null && !task.contains(c)) {
					task.add(c);
				}
			}
		}

		private void resolve(Cited c) {
			for (LegalBasis b : model.getLegalBases()) {
				if (c.document.matches(b)) {
					c.basis = b;
					return;
				}
			}
			LegalBasis b = factory.createLegalBasis();
			b.setTitle(c.document.title());
			b.setKind(c.document.kind());
			b.setCode(c.document.code());
			c.basis = b;
			c.created = true;
			if (!c.document.recognised()) {
				warnings.add(new PlanImportWarning(c.line, new LocalizedText(
						"无法从标题判断《" + c.document.title() + "》的类别，按规范性文件处理",
						"the kind of 《" + c.document.title() + "》 is not recognised from its title; "
								+ "it is taken as a normative document"), PlanImportWarning.Kind.UNRECOGNISED_DOCUMENT));
			}
		}

		/**
		 * 《关于推进安全生产领域改革发展的意见》 is often cited without its issuers
		 * (中共中央 国务院…); such titles are kept apart but reported.
		 */
		private void warnAboutLookalikes(List<Cited> documents) {
			for (Cited shorter : documents) {
				String s = Texts.squeeze(Texts.halfWidth(shorter.document.title()));
				if (shorter.document.code() != null || !s.startsWith("关于")) {
					continue;
				}
				for (Cited longer : documents) {
					String l = Texts.squeeze(Texts.halfWidth(longer.document.title()));
					if (longer != shorter && l.length() > s.length() && l.endsWith(s)) {
						Cited later = shorter.line >= longer.line ? shorter : longer;
						warnings.add(new PlanImportWarning(later.line, new LocalizedText(
								"《" + shorter.document.title() + "》和《" + longer.document.title()
										+ "》可能是同一文件（标题一个省略了发文机关），作为两个依据分别保存",
								"《" + shorter.document.title() + "》 and 《" + longer.document.title()
										+ "》 may be the same document (one title leaves out the issuer); "
										+ "they are kept as two legal bases"),
								PlanImportWarning.Kind.LOOKALIKE_DOCUMENTS));
					}
				}
			}
		}

		private WorkArea workArea(RegisteredWorkArea area) {
			return workAreas.computeIfAbsent(area.id(), id -> {
				for (WorkArea a : model.getWorkAreas()) {
					if (id.equals(a.getId())) {
						return a;
					}
				}
				WorkArea a = factory.createWorkArea();
				a.setId(id);
				a.setName(area.name().zh());
				a.setEnglishName(area.name().en());
				a.setColour(area.colour());
				newWorkAreas.add(a);
				return a;
			});
		}
	}
}
