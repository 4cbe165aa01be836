package org.zeren.diagram;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.store.AtomicFileWriter;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.diagram.font.DiagramFont;
import org.zeren.diagram.font.FontResolver;
import org.zeren.diagram.graph.ChainDiagramBuilder;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.diagram.graph.Chains;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.graph.OrganisationDiagramBuilder;
import org.zeren.diagram.graph.PlanDiagramBuilder;
import org.zeren.diagram.graph.WorkAreaColours;
import org.zeren.diagram.layout.DiagramLayouter;
import org.zeren.diagram.render.DotExporter;
import org.zeren.diagram.render.SceneExporter;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.TextBlock;
import org.zeren.diagram.scene.TextLine;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkPlan;

/**
 * The diagram service shared by the command line, the desktop view and tests: builds the diagram graph of a
 * model, lays it out into a scene and writes files.
 * <p>
 * The one call from a model to a file:
 *
 * <pre>
 * new DiagramService(registry).export(model, DiagramKind.CHAIN, "LJ-AJJ/RS-D-01", DiagramFormat.PDF,
 * 		Path.of("chain.pdf"), DiagramOptions.defaults());
 * </pre>
 *
 * Step by step: {@link #resolveRoot} → {@link #build} → {@link #layout} → {@link #write}. The service reads the
 * model and never changes it; it keeps no state besides the registry, so it is thread-safe as long as the model
 * is not changed meanwhile. Files are written atomically: on any failure no output and no temporary file is left
 * behind and an existing file is unchanged.
 */
public final class DiagramService {

	private final WorkAreaRegistry registry;
	private final FontResolver fonts = new FontResolver();
	private final DiagramLayouter layouter = new DiagramLayouter();

	/** A service that takes work-area colours from the model only. */
	public DiagramService() {
		this(null);
	}

	/**
	 * @param registry the installed work areas, whose colours and names are used for work areas the model has
	 *                 none for; may be null
	 */
	public DiagramService(WorkAreaRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Finds the element a diagram is drawn for. Tried in this order, the first step that matches wins:
	 * <ol>
	 * <li>an {@code xmi:id} of an element of the model;</li>
	 * <li>for {@link DiagramKind#CHAIN}: a chain id of {@link #chains} (e.g. {@code LJ-AJJ_RS-D-01});</li>
	 * <li>a party code ({@code Party.code});</li>
	 * <li>for CHAIN: {@code PARTY-CODE/DUTY-CODE}, a duty code within the lists of one party (e.g.
	 * {@code LJ-AJJ/RS-D-01}), then a duty code alone when only one duty has it;</li>
	 * <li>a party's name or short name; for CHAIN, a duty title, a plan task's number path
	 * {@code SECTION/TASK} (e.g. {@code 一/1}) or title; for {@link DiagramKind#PLAN}, a work plan's title or
	 * year.</li>
	 * </ol>
	 * Text is compared after trimming, exactly otherwise.
	 *
	 * @param model the model; never null
	 * @param kind  the kind of diagram; never null
	 * @param root  the text given by the user; null or blank for no root (whole model, first plan)
	 * @return the element (a {@code Duty}, {@code PlanTask} or {@code Party} for CHAIN, a {@code Party} for
	 *         ORGANISATION, a {@code WorkPlan} for PLAN); null when {@code root} is null or blank
	 * @throws DiagramException {@link DiagramException.Problem#ROOT_NOT_FOUND} when nothing matches,
	 *                          {@link DiagramException.Problem#ROOT_AMBIGUOUS} (listing up to ten candidates) when
	 *                          several elements match, {@link DiagramException.Problem#ROOT_WRONG_KIND} when an
	 *                          id names an element this kind of diagram cannot start from
	 */
	public EObject resolveRoot(ResponsibilityModel model, DiagramKind kind, String root) throws DiagramException {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(kind, "kind");
		if (root == null || root.isBlank()) {
			return null;
		}
		String key = root.strip();
		List<EObject> all = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		// 1. xmi:id
		Resource resource = model.eResource();
		if (resource instanceof XMLResource x) {
			// the id map, not getEObject: that reads "/..." and "//..." as paths into the resource and throws on them
			EObject byId = x.getIDToEObjectMap().get(key);
			if (byId != null && x.getID(byId) != null && x.getID(byId).equals(key)) {
				if (!accepts(kind, byId)) {
					throw new DiagramException(DiagramException.Problem.ROOT_WRONG_KIND, new LocalizedText(
							"“" + key + "” 是一个 " + byId.eClass().getName() + "，" + kind.label().zh() + "不能从它开始；" + expected(kind, true),
							"'" + key + "' is a " + byId.eClass().getName() + ", which a " + kind.label().en()
									+ " cannot start from; " + expected(kind, false)), null);
				}
				return byId;
			}
		}
		List<EObject> found = new ArrayList<>();
		// 2. chain id
		if (kind == DiagramKind.CHAIN) {
			for (ChainRef c : Chains.of(model, Locale.ROOT)) {
				if (c.id().equals(key)) {
					return c.root();
				}
			}
		}
		// 3. party code
		for (EObject o : all) {
			if (o instanceof Party p && key.equals(strip(p.getCode())) && (kind != DiagramKind.PLAN)) {
				found.add(p);
			}
		}
		// 4. duty codes
		if (found.isEmpty() && kind == DiagramKind.CHAIN) {
			int slash = key.lastIndexOf('/');
			if (slash > 0) {
				String party = key.substring(0, slash).strip();
				String code = key.substring(slash + 1).strip();
				for (DutyList l : model.getDutyLists()) {
					if (l.getHolder() != null && party.equals(strip(l.getHolder().getCode()))) {
						l.getDuties().stream().filter(d -> code.equals(strip(d.getCode()))).forEach(found::add);
					}
				}
			}
			if (found.isEmpty()) {
				for (DutyList l : model.getDutyLists()) {
					l.getDuties().stream().filter(d -> key.equals(strip(d.getCode()))).forEach(found::add);
				}
			}
		}
		// 5. names and titles
		if (found.isEmpty()) {
			for (EObject o : all) {
				boolean match = switch (o) {
				case Party p when kind != DiagramKind.PLAN -> key.equals(strip(p.getName())) || key.equals(strip(p.getShortName()));
				case Duty d when kind == DiagramKind.CHAIN -> key.equals(strip(d.getTitle()));
				case PlanTask t when kind == DiagramKind.CHAIN -> key.equals(strip(t.getTitle())) || key.equals(taskPath(t));
				case WorkPlan w when kind == DiagramKind.PLAN -> key.equals(strip(w.getTitle()))
						|| key.equals(Integer.toString(w.getYear()));
				default -> false;
				};
				if (match) {
					found.add(o);
				}
			}
		}
		found = new ArrayList<>(new LinkedHashSet<>(found));
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			throw new DiagramException(DiagramException.Problem.ROOT_NOT_FOUND, new LocalizedText(
					"模型中没有与 “" + key + "” 对应的元素；" + expected(kind, true),
					"nothing in the model matches '" + key + "'; " + expected(kind, false)), null);
		}
		List<String> names = new ArrayList<>();
		for (EObject o : found.subList(0, Math.min(10, found.size()))) {
			names.add(describe(o));
		}
		String list = String.join("; ", names) + (found.size() > 10 ? "; …" : "");
		throw new DiagramException(DiagramException.Problem.ROOT_AMBIGUOUS, new LocalizedText(
				"“" + key + "” 对应 " + found.size() + " 个元素，请用更明确的写法（如 单位代码/事项代码 或 xmi:id）：" + list,
				"'" + key + "' matches " + found.size() + " elements; be more specific (e.g. PARTY-CODE/DUTY-CODE or an "
						+ "xmi:id): " + list), null);
	}

	/**
	 * Builds the diagram graph.
	 *
	 * @param model   the model; never null
	 * @param kind    the kind of diagram; never null
	 * @param root    the element from {@link #resolveRoot}; null for the whole model (CHAIN, ORGANISATION) or the
	 *                first work plan (PLAN)
	 * @param options the options (language of titles and captions); never null
	 * @return the graph; never null (empty, with a note, when there is nothing to draw)
	 * @throws DiagramException {@link DiagramException.Problem#ROOT_WRONG_KIND} when the root does not suit the kind
	 */
	public DiagramGraph build(ResponsibilityModel model, DiagramKind kind, EObject root, DiagramOptions options)
			throws DiagramException {
		Objects.requireNonNull(model, "model");
		if (root != null && !accepts(kind, root)) {
			throw new DiagramException(DiagramException.Problem.ROOT_WRONG_KIND, new LocalizedText(
					kind.label().zh() + "不能从 " + root.eClass().getName() + " 开始；" + expected(kind, true),
					"a " + kind.label().en() + " cannot start from a " + root.eClass().getName() + "; "
							+ expected(kind, false)), null);
		}
		WorkAreaColours colours = new WorkAreaColours(registry);
		Locale locale = options.locale();
		return switch (kind) {
		case CHAIN -> new ChainDiagramBuilder(colours, locale).build(model, root);
		case ORGANISATION -> new OrganisationDiagramBuilder(locale).build(model, root);
		case PLAN -> new PlanDiagramBuilder(colours, locale).build(model, root);
		};
	}

	/**
	 * Lists the responsibility chains of a model (see {@link Chains#of} for the rule), labels in Chinese.
	 *
	 * @param model the model; never null
	 * @return the chains in model order; never null
	 */
	public List<ChainRef> chains(ResponsibilityModel model) {
		return Chains.of(model, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * Finds a font for the graph's texts and lays it out.
	 *
	 * @param graph   the graph; never null
	 * @param options the options; never null
	 * @param formats the formats the scene will be written in; when PDF is among them, only a font that PDF can
	 *                embed is chosen; none means any
	 * @return the scene; never null
	 * @throws MissingFontException when no font can draw every text (nothing is written)
	 * @throws DiagramException     when the layout fails
	 */
	public Scene layout(DiagramGraph graph, DiagramOptions options, DiagramFormat... formats) throws DiagramException {
		boolean pdf = Arrays.asList(formats).contains(DiagramFormat.PDF);
		DiagramFont font = fonts.resolve(DiagramLayouter.texts(graph, options), options.fontFile(), pdf);
		Scene scene = layouter.layout(graph, options, font);
		checkGlyphs(scene);
		return scene;
	}

	/**
	 * Writes a scene to a file, atomically.
	 *
	 * @param scene   the scene; never null
	 * @param format  the format; never null ({@link DiagramFormat#DOT} writes the scene's graph)
	 * @param file    the file; its folder is created when missing; an existing file is replaced
	 * @param options the options; never null
	 * @return what was written; never null
	 * @throws DiagramException {@link MissingFontException} when PDF cannot embed the scene's font,
	 *                          {@link DiagramException.Problem#TOO_LARGE} for a PNG over the pixel limit,
	 *                          {@link DiagramException.Problem#IO_ERROR} when writing fails
	 */
	public ExportResult write(Scene scene, DiagramFormat format, Path file, DiagramOptions options)
			throws DiagramException {
		long start = System.nanoTime();
		SceneExporter exporter = SceneExporter.of(format);
		writeAtomically(file, out -> exporter.write(scene, options, out));
		return result(file, format, scene.graph(), format == DiagramFormat.DOT ? null : scene.font().toString(), 0,
				System.nanoTime() - start);
	}

	/**
	 * The one call: resolves the root, builds, lays out and writes a diagram.
	 *
	 * @param model   the model; never null
	 * @param kind    the kind of diagram; never null
	 * @param root    id, code or name of the element to draw for (see {@link #resolveRoot}); null for none
	 * @param format  the format; never null
	 * @param file    the file to write; its folder is created when missing; an existing file is replaced
	 * @param options the options; never null
	 * @return what was written, with timings; never null
	 * @throws DiagramException when the root is not found or ambiguous, no font fits (nothing is written), the
	 *                          layout fails, or writing fails
	 */
	public ExportResult export(ResponsibilityModel model, DiagramKind kind, String root, DiagramFormat format, Path file,
			DiagramOptions options) throws DiagramException {
		DiagramGraph graph = build(model, kind, resolveRoot(model, kind, root), options);
		return export(graph, format, file, options);
	}

	/**
	 * Lays out (except for DOT) and writes a graph.
	 *
	 * @param graph   the graph; never null
	 * @param format  the format; never null
	 * @param file    the file to write
	 * @param options the options; never null
	 * @return what was written, with timings; never null
	 * @throws DiagramException as {@link #layout} and {@link #write}
	 */
	public ExportResult export(DiagramGraph graph, DiagramFormat format, Path file, DiagramOptions options)
			throws DiagramException {
		if (format == DiagramFormat.DOT) {
			long start = System.nanoTime();
			writeAtomically(file, out -> new DotExporter().write(graph, options, out));
			return result(file, format, graph, null, 0, System.nanoTime() - start);
		}
		long start = System.nanoTime();
		Scene scene = layout(graph, options, format);
		long laidOut = System.nanoTime();
		ExportResult written = write(scene, format, file, options);
		return result(file, format, graph, written.font(), laidOut - start, written.writeNanos());
	}

	/**
	 * Writes one file per chain of the model ({@link #chains}, which splits a committee duty's chain into one chain
	 * per implementing duty) into a folder, named {@code <chain id>.<ext>}, e.g. {@code LJ-AJJ_RS-D-01.svg}. A font for all chains is found before the first file is written, so a missing
	 * font writes nothing; each file is written atomically.
	 *
	 * @param model    the model; never null
	 * @param format   the format; never null
	 * @param folder   the folder; created when missing
	 * @param options  the options; never null
	 * @param progress told after each file; may be null
	 * @return what was written, in chain order; never null, empty when the model has no chain
	 * @throws DiagramException when no font fits (nothing is written), or a layout or a write fails (the files
	 *                          written before stay)
	 */
	public List<ExportResult> exportAllChains(ResponsibilityModel model, DiagramFormat format, Path folder,
			DiagramOptions options, ExportProgress progress) throws DiagramException {
		List<ChainRef> chains = Chains.of(model, options.locale());
		List<DiagramGraph> graphs = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		ChainDiagramBuilder builder = new ChainDiagramBuilder(new WorkAreaColours(registry), options.locale());
		for (ChainRef c : chains) {
			DiagramGraph g = builder.build(model, c.root());
			graphs.add(g);
			texts.addAll(DiagramLayouter.texts(g, options));
		}
		if (format != DiagramFormat.DOT && !chains.isEmpty()) {
			fonts.resolve(texts, options.fontFile(), format == DiagramFormat.PDF); // fail before writing anything
		}
		List<ExportResult> results = new ArrayList<>();
		for (int i = 0; i < chains.size(); i++) {
			Path file = folder.resolve(chains.get(i).id() + "." + format.extension());
			results.add(export(graphs.get(i), format, file, options));
			if (progress != null) {
				progress.exported(i + 1, chains.size(), chains.get(i), file);
			}
		}
		return results;
	}

	/** A last check that the chosen font has every character actually laid out (the ellipsis included). */
	private static void checkGlyphs(Scene scene) throws DiagramException {
		Set<Integer> missing = new LinkedHashSet<>();
		for (TextBlock b : scene.texts()) {
			for (TextLine l : b.lines()) {
				l.text().codePoints().filter(cp -> !Character.isWhitespace(cp) && !scene.font().canDisplay(cp))
						.forEach(missing::add);
			}
		}
		if (!missing.isEmpty()) {
			List<String> chars = missing.stream()
					.map(cp -> new String(Character.toChars(cp)) + String.format(Locale.ROOT, " U+%04X", cp)).toList();
			throw new MissingFontException(new LocalizedText("字体 " + scene.font() + " 缺少字符：" + chars,
					"the font " + scene.font() + " lacks the characters " + chars), chars, List.of(scene.font().toString()));
		}
	}

	@FunctionalInterface
	private interface Body {
		void write(java.io.OutputStream out) throws Exception;
	}

	/** Carries a failure of an exporter that is not an IOException through the store's atomic writer. */
	private static final class ExporterFailure extends IOException {
		private static final long serialVersionUID = 1L;

		ExporterFailure(Exception cause) {
			super(cause);
		}
	}

	private static void writeAtomically(Path file, Body body) throws DiagramException {
		try {
			AtomicFileWriter.writeWithoutBackup(file, out -> {
				try {
					body.write(out);
				} catch (IOException | RuntimeException e) {
					throw e;
				} catch (Exception e) {
					throw new ExporterFailure(e);
				}
			});
		} catch (ExporterFailure e) {
			if (e.getCause() instanceof DiagramException d) {
				throw d;
			}
			throw new DiagramException(DiagramException.Problem.IO_ERROR, new LocalizedText(
					"无法写入 " + file + "：" + e.getCause(), "cannot write " + file + ": " + e.getCause()), e.getCause());
		} catch (IOException e) {
			LocalizedText why = reason(e);
			throw new DiagramException(DiagramException.Problem.IO_ERROR,
					new LocalizedText("无法写入 " + file + "：" + why.zh(), "cannot write " + file + ": " + why.en()), e);
		}
	}

	/**
	 * Why a file could not be written, in words: the JDK's file-system exceptions carry only the path in their
	 * message (often the path of the temporary file), which told users nothing.
	 */
	private static LocalizedText reason(IOException e) {
		String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
		if (e instanceof AccessDeniedException) {
			return new LocalizedText("没有写入权限（" + path + "）", "permission denied (" + path + ")");
		}
		if (e instanceof FileAlreadyExistsException) {
			return new LocalizedText(path + " 已存在，且不是文件夹", path + " exists and is not a folder");
		}
		if (e instanceof NoSuchFileException) {
			return new LocalizedText("路径不存在（" + path + "）", "no such file or folder (" + path + ")");
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return new LocalizedText(f.getReason() + "（" + path + "）", f.getReason() + " (" + path + ")");
		}
		String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
		return new LocalizedText(message, message);
	}

	private static ExportResult result(Path file, DiagramFormat format, DiagramGraph graph, String font, long layout,
			long write) {
		long bytes;
		try {
			bytes = Files.size(file);
		} catch (IOException e) {
			bytes = -1;
		}
		return new ExportResult(file.toAbsolutePath(), format, graph.nodeCount(), graph.edges().size(), font, layout,
				write, bytes);
	}

	private static boolean accepts(DiagramKind kind, EObject o) {
		return switch (kind) {
		case CHAIN -> o instanceof Duty || o instanceof PlanTask || o instanceof Party;
		case ORGANISATION -> o instanceof Party;
		case PLAN -> o instanceof WorkPlan;
		};
	}

	private static String expected(DiagramKind kind, boolean zh) {
		return switch (kind) {
		case CHAIN -> zh ? "请给出清单事项、计划任务或责任主体（xmi:id、链编号、单位代码、单位代码/事项代码、名称）"
				: "give a duty, a plan task or a party (xmi:id, chain id, party code, PARTY-CODE/DUTY-CODE or name)";
		case ORGANISATION -> zh ? "请给出责任主体（xmi:id、单位代码或名称）" : "give a party (xmi:id, party code or name)";
		case PLAN -> zh ? "请给出工作计划（xmi:id、标题或年份）" : "give a work plan (xmi:id, title or year)";
		};
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}

	private static String taskPath(PlanTask t) {
		List<String> parts = new ArrayList<>();
		EObject o = t;
		while (o instanceof PlanTask task) {
			parts.add(0, strip(task.getNumber()));
			o = task.eContainer();
		}
		if (o instanceof org.zeren.model.PlanSection s) {
			parts.add(0, strip(s.getNumber()));
		}
		return String.join("/", parts.stream().map(p -> p == null ? "" : p).toList());
	}

	private static String describe(EObject o) {
		String id = o.eResource() instanceof XMLResource x ? x.getID(o) : null;
		String what = switch (o) {
		case Duty d -> {
			Party h = d.getList() == null ? null : d.getList().getHolder();
			yield (h != null && h.getCode() != null ? h.getCode() + "/" : "") + Objects.toString(d.getCode(), "")
					+ " " + Objects.toString(d.getTitle(), "");
		}
		case Party p -> Objects.toString(p.getCode(), "") + " " + p.getName();
		case PlanTask t -> taskPath(t) + " " + Objects.toString(t.getTitle(), "");
		case WorkPlan w -> Objects.toString(w.getTitle(), "");
		default -> o.eClass().getName();
		};
		return what.strip() + (id == null ? "" : " [" + id + "]");
	}
}
