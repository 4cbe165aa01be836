package org.zeren.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.diagram.DiagramException;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.ExportResult;
import org.zeren.diagram.LayoutDirection;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.scene.Scene;
import org.zeren.model.ResponsibilityModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code zeren diagram MODEL --kind chain|org|plan [--root ID-or-code] [--format svg|png|pdf|dot] -o FILE} writes
 * one diagram; {@code zeren diagram MODEL --all-chains --format F -o FOLDER} writes one file per responsibility
 * chain ({@link DiagramService#exportAllChains}: {@code <chain id>.<ext>}, e.g. {@code LJ-AJJ_RS-D-01.svg}),
 * printing a progress line {@code [12/94] LJ-AJJ_RS-D-01.svg} to standard error after each file. Both go through
 * {@link DiagramService}, the service the desktop view shares.
 * <p>
 * Without {@code --format} the format is taken from the extension of {@code FILE}. {@code --root} is resolved by
 * {@link DiagramService#resolveRoot} (xmi:id, chain id, party code, {@code PARTY-CODE/DUTY-CODE}, name...).
 * Layout and drawing options: {@code --direction down|right|up|left}, {@code --scale} or {@code --dpi} (PNG),
 * {@code --font FILE} (a .ttf/.ttc/.otf to draw with instead of searching the system), {@code --font-size},
 * {@code --label-width}, {@code --no-legend}, {@code --lang zh|en} (language of titles, captions and legend; the
 * model's text is drawn as entered). Defaults are those of {@link DiagramOptions#defaults()}.
 * <p>
 * Exit codes: {@link ZerenCli#OK} when written; {@link ZerenCli#USAGE} for bad usage, an unreadable model or font
 * file, a root that matches nothing or several elements (the message lists up to ten candidates), a PNG too large
 * or an output that cannot be written; {@link ZerenCli#INTERNAL} when no font can draw the labels (the message
 * names the Debian package to install; nothing is written) or the layout fails.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false)
public final class DiagramCommand extends BaseCommand {

	/** Language of the diagram's own texts (titles, captions, legend). */
	public enum Lang {
		/** Chinese (the default). */
		zh(Locale.SIMPLIFIED_CHINESE),
		/** English. */
		en(Locale.ENGLISH);

		private final Locale locale;

		Lang(Locale locale) {
			this.locale = locale;
		}
	}

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	@Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, descriptionKey = "diagramKind")
	DiagramKind kind;

	@Option(names = "--all-chains", descriptionKey = "diagramAllChains")
	boolean allChains;

	@Option(names = "--root", paramLabel = "ID-or-code", descriptionKey = "diagramRoot")
	String root;

	@Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, descriptionKey = "diagramFormat")
	DiagramFormat format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, descriptionKey = "diagramOutput")
	Path output;

	@Option(names = "--direction", paramLabel = "DIRECTION", descriptionKey = "diagramDirection")
	LayoutDirection direction;

	@Option(names = "--scale", paramLabel = "SCALE", descriptionKey = "diagramScale")
	Double scale;

	@Option(names = "--dpi", paramLabel = "DPI", descriptionKey = "diagramDpi")
	Double dpi;

	@Option(names = "--font", paramLabel = "FONT-FILE", descriptionKey = "diagramFont")
	Path font;

	@Option(names = "--font-size", paramLabel = "POINTS", descriptionKey = "diagramFontSize")
	Double fontSize;

	@Option(names = "--label-width", paramLabel = "POINTS", descriptionKey = "diagramLabelWidth")
	Double labelWidth;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", descriptionKey = "diagramLang")
	Lang lang;

	@Option(names = "--no-legend", descriptionKey = "diagramNoLegend")
	boolean noLegend;

	/**
	 * @param registry the installed work areas, whose colours and names the diagrams use; never null
	 * @param store    the model store; never null
	 */
	public DiagramCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		if (allChains == (kind != null)) {
			throw usage(DiagramMessages.diagramKindOrAllChains);
		}
		if (allChains && root != null) {
			throw usage(DiagramMessages.diagramRootWithAllChains);
		}
		if (root != null && root.isBlank()) {
			throw usage(DiagramMessages.diagramRootEmpty);
		}
		if (output.toString().isBlank()) {
			throw usage(DiagramMessages.diagramOutputEmpty);
		}
		if (allChains && Files.isRegularFile(output)) {
			throw usage(NLS.bind(DiagramMessages.diagramOutputIsFile, output));
		}
		if (!allChains && Files.isDirectory(output)) {
			throw usage(NLS.bind(DiagramMessages.diagramOutputIsFolder, output));
		}
		if (!allChains && Files.exists(output)) {
			if (!Files.isRegularFile(output)) {
				throw usage(NLS.bind(DiagramMessages.diagramOutputNotRegular, output));
			}
			if (sameFile(output, model)) {
				throw usage(NLS.bind(DiagramMessages.diagramOutputIsModel, output));
			}
		}
		DiagramFormat named = extensionFormat(output);
		DiagramFormat f = format != null ? format : named;
		if (f == null) {
			throw usage(NLS.bind(DiagramMessages.diagramNoFormat, output));
		}
		DiagramOptions options = options();
		// done as asked, but said: the user may have meant something else
		if (!allChains && named != null && named != f) {
			err().println(NLS.bind(DiagramMessages.diagramFormatNotName, new Object[] { f.extension(), output }));
		}
		if ((scale != null || dpi != null) && f != DiagramFormat.PNG) {
			err().println(NLS.bind(DiagramMessages.diagramScaleIgnored, f.extension()));
		}
		LoadedModel loaded = load(model);
		DiagramService service = new DiagramService(registry);
		try {
			if (allChains) {
				List<ExportResult> written = service.exportAllChains(loaded.model(), f, output, options,
						(done, total, chain, file) -> {
							err().println(NLS.bind(DiagramMessages.diagramProgress,
									new Object[] { done, total, file.getFileName() }));
							err().flush();
						});
				if (written.isEmpty()) {
					err().println(NLS.bind(DiagramMessages.diagramNoChains, loaded.file()));
				} else {
					out().println(NLS.bind(DiagramMessages.diagramChainsWritten,
							new Object[] { written.size(), f.extension(), output.toAbsolutePath().normalize() }));
					printFont(out(), written.get(0));
				}
				printOtherFiles(output, f, written);
			} else {
				ExportResult r = service.export(loaded.model(), kind, root, f, output, options);
				printWritten(out(), kind, r, r.layoutNanos());
				printFont(out(), r);
			}
		} catch (DiagramException e) {
			throw failure(e);
		}
		printDiagnostics(registry.diagnostics());
		return ZerenCli.OK;
	}

	/**
	 * Names the files of the format's extension in the folder that this run did not write: chains deleted from the
	 * model since an earlier export leave their files behind, and a user comparing the folder with the model should
	 * know. They are not deleted: the folder is the user's, and may hold files of other models.
	 */
	private void printOtherFiles(Path folder, DiagramFormat format, List<ExportResult> written) {
		Set<Path> ours = new HashSet<>();
		for (ExportResult r : written) {
			ours.add(r.file().toAbsolutePath().normalize());
		}
		List<String> others;
		try (Stream<Path> files = Files.list(folder)) {
			others = files.filter(p -> p.getFileName().toString().endsWith("." + format.extension()))
					.filter(p -> !ours.contains(p.toAbsolutePath().normalize()) && Files.isRegularFile(p))
					.map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			return; // only a notice; the diagrams are written
		}
		if (!others.isEmpty()) {
			String names = String.join(", ", others.subList(0, Math.min(5, others.size())))
					+ (others.size() > 5 ? ", …" : "");
			err().println(NLS.bind(DiagramMessages.diagramOtherFiles, new Object[] { others.size(), format.extension(),
					folder.toAbsolutePath().normalize(), names }));
		}
	}

	/**
	 * The diagrams of the main job ({@code zeren example --diagrams DIR}): the organisation and supervision map and
	 * the plan map as {@code organisation.svg}, {@code organisation.pdf}, {@code plan.svg} and {@code plan.pdf}
	 * (each laid out once and written in both formats, so the two show the same picture), and every
	 * responsibility chain as {@code chains/<chain id>.svg}. Prints a line per file (the chains in one line) to
	 * {@code out}, without times, so that the main job prints the same on every run.
	 *
	 * @param registry the installed work areas; never null
	 * @param model    the model; never null
	 * @param folder   the folder to write into; created when missing
	 * @param out      where to print what was written; never null
	 * @throws CliException as {@link #failure} when a diagram cannot be written
	 */
	static void exportOverview(WorkAreaRegistry registry, ResponsibilityModel model, Path folder, PrintWriter out) {
		DiagramService service = new DiagramService(registry);
		DiagramOptions options = DiagramOptions.defaults();
		try {
			ExportResult last = null;
			for (DiagramKind k : List.of(DiagramKind.ORGANISATION, DiagramKind.PLAN)) {
				String name = k == DiagramKind.ORGANISATION ? "organisation" : "plan";
				DiagramGraph graph = service.build(model, k, null, options);
				Scene scene = service.layout(graph, options, DiagramFormat.SVG, DiagramFormat.PDF);
				for (DiagramFormat f : List.of(DiagramFormat.SVG, DiagramFormat.PDF)) {
					last = service.write(scene, f, folder.resolve(name + "." + f.extension()), options);
					out.println(NLS.bind(DiagramMessages.diagramWrittenFile,
							new Object[] { last.file(), text(k.label()), last.nodes(), last.edges(), size(last.bytes()) }));
				}
			}
			Path chains = folder.resolve("chains");
			List<ExportResult> written = service.exportAllChains(model, DiagramFormat.SVG, chains, options, null);
			out.println(NLS.bind(DiagramMessages.diagramChainsWritten,
					new Object[] { written.size(), DiagramFormat.SVG.extension(), chains.toAbsolutePath().normalize() }));
			printFont(out, last);
			out.println(NLS.bind(DiagramMessages.exampleDiagramsWhere, folder.toAbsolutePath().normalize()));
		} catch (DiagramException e) {
			throw failure(e);
		}
	}

	/**
	 * @param e a failed export
	 * @return the exception to throw: {@link ZerenCli#INTERNAL} for a missing font (with a hint at {@code --font})
	 *         or a failed layout, {@link ZerenCli#USAGE} otherwise (root not found, ambiguous or of the wrong kind,
	 *         PNG too large, output not writable); the message in the user's language
	 */
	static CliException failure(DiagramException e) {
		return switch (e.problem()) {
		case MISSING_FONT -> new CliException(ZerenCli.INTERNAL,
				e.getMessage(locale()) + " " + DiagramMessages.diagramFontHint, e);
		case LAYOUT_FAILED -> new CliException(ZerenCli.INTERNAL, e.getMessage(locale()), e);
		default -> new CliException(ZerenCli.USAGE, e.getMessage(locale()), e);
		};
	}

	private static void printWritten(PrintWriter out, DiagramKind k, ExportResult r, long layoutNanos) {
		out.println(NLS.bind(DiagramMessages.diagramWritten, new Object[] { r.file(), text(k.label()), r.nodes(),
				r.edges(), size(r.bytes()), seconds(layoutNanos), seconds(r.writeNanos()) }));
	}

	private static void printFont(PrintWriter out, ExportResult r) {
		if (r != null && r.font() != null) {
			out.println(NLS.bind(DiagramMessages.diagramFont, r.font()));
		}
	}

	private DiagramOptions options() {
		if (scale != null && dpi != null) {
			throw usage(DiagramMessages.diagramScaleAndDpi);
		}
		if (font != null && font.toString().isBlank()) {
			throw usage(DiagramMessages.diagramFontEmpty);
		}
		if (font != null) {
			requireReadable(font);
		}
		DiagramOptions.Builder b = DiagramOptions.builder().locale(lang.locale).legend(!noLegend).fontFile(font);
		if (direction != null) {
			b.direction(direction);
		}
		set("--scale", scale, b::pngScale);
		set("--dpi", dpi, b::pngDpi);
		set("--font-size", fontSize, b::fontSize);
		set("--label-width", labelWidth, b::maxLabelWidth);
		return b.build();
	}

	private static void set(String option, Double value, DoubleConsumer setter) {
		if (value != null) {
			try {
				setter.accept(value);
			} catch (IllegalArgumentException e) {
				throw usage(NLS.bind(DiagramMessages.diagramBadValue, option, e.getMessage()));
			}
		}
	}

	/** @return the format the file's name ends in; null for none */
	private static DiagramFormat extensionFormat(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			try {
				return DiagramFormat.of(name.substring(dot + 1));
			} catch (IllegalArgumentException e) {
				// not a diagram extension
			}
		}
		return null;
	}

	/** A usage error printed like picocli's: the message and the hint to run --help. */
	private static CliException usage(String message) {
		return new CliException(ZerenCli.USAGE, NLS.bind(Messages.usageError, message) + System.lineSeparator()
				+ NLS.bind(Messages.usageHint, "zeren diagram"));
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
	}

	private static String size(long bytes) {
		if (bytes < 0) {
			return "?";
		}
		return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
				: String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

	/** Parses {@code chain}, {@code org} (or {@code organisation}) and {@code plan}; public for picocli. */
	public static final class KindConverter implements ITypeConverter<DiagramKind> {
		@Override
		public DiagramKind convert(String value) {
			try {
				return DiagramKind.of(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	/** Parses {@code svg}, {@code png}, {@code pdf} and {@code dot} (or {@code gv}); public for picocli. */
	public static final class FormatConverter implements ITypeConverter<DiagramFormat> {
		@Override
		public DiagramFormat convert(String value) {
			try {
				return DiagramFormat.of(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}
}
