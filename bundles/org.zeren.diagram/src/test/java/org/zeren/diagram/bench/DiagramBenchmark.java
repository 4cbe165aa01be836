package org.zeren.diagram.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.ExportResult;
import org.zeren.diagram.graph.DiagramGraph;
import org.zeren.diagram.scene.Scene;
import org.zeren.model.Duty;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.model.util.ZerenResourceFactoryImpl;
import org.zeren.test.support.GeneratedChains;

/**
 * Benchmark of responsibility-chain diagrams, compared with Graphviz (prints figures; not a test: surefire's
 * default includes do not match it).
 * <p>
 * For each size (default 200, 1,000 and 5,000 duties; {@code -Dzeren.bench.diagram.sizes=200,1000,5000}) it
 * generates a model shaped like a district: one committee duty, implemented by one duty of each supervisory
 * department, each implemented by the duties of the enterprises the department supervises (with the supervision
 * relations), each implemented by the duties of 3 to 4 posts of the enterprise: the chain of the committee duty
 * has exactly that many duties, each drawn inside the box of the party holding it. It then measures, in this JVM
 * after one run of the smallest size:
 * <ul>
 * <li>cold: the first layout (font lookup and ELK layered layout of the whole chain, {@link DiagramService#layout})
 * and SVG export of that size in this JVM, while the just-in-time compiler is still at work: what the first
 * diagram after starting Zeren costs;</li>
 * <li>warm: after layouts and SVG exports of the same graph for {@code -Dzeren.bench.diagram.warmup} seconds
 * (default 10; at least 3 runs), as benchmark harnesses such as JMH warm up, the median of
 * {@code -Dzeren.bench.diagram.runs} (default 5) more: what each further diagram costs in a running Zeren (the
 * desktop app redraws the diagram on every edit);</li>
 * <li>export time per format, once each: PNG (at 2 pixels per point, or the largest scale that keeps the image
 * within the PNG pixel limit, shown in brackets), PDF, and DOT (the graph as Graphviz text);</li>
 * <li>heap: peak, the sum of the heap pools' peak usage while building, laying out and writing that size (reset
 * after a GC before each size; it includes garbage not yet collected, so it grows with the heap the JVM may use),
 * and live, the heap used after a GC at the end with the model, the graph and the scene still held;</li>
 * <li>Graphviz: {@code dot -Tsvg} on the DOT file Zeren wrote for the same graph (same boxes as clusters and
 * nodes, same edges), wall-clock time including the process start, the median of 3 runs (1 when a run takes
 * more than 5 s); skipped with a note when {@code dot} is not on the PATH (Debian package graphviz), stopped
 * after {@code -Dzeren.bench.diagram.dotTimeout} seconds (default 900);</li>
 * <li>Graphviz with orthogonal lines: {@code dot -Tsvg -Gsplines=ortho} on the same file, the edge style Zeren
 * draws (Graphviz draws splines by default); stopped after {@code -Dzeren.bench.diagram.orthoTimeout} seconds
 * (default 120);</li>
 * <li>Zeren/Graphviz: Zeren's layout + SVG time divided by Graphviz's, cold and warm, for both Graphviz runs;
 * below 1 means Zeren is faster.</li>
 * </ul>
 * Run it through the root pom's benchmark profile (also runs the model-store benchmark of org.zeren.core):
 *
 * <pre>
 * ./build -Pbenchmark -pl targetplatform,bundles/org.zeren.model,bundles/org.zeren.core,tests/org.zeren.test.support,bundles/org.zeren.diagram verify
 * </pre>
 *
 * or this one alone with {@code -Dtest=DiagramBenchmark} added. The files (each size's SVG, PNG, PDF, DOT and
 * Graphviz's SVG) go to the folder given as the argument of {@link #main} or by
 * {@code -Dzeren.bench.diagram.folder=DIR}, else to a temporary folder deleted afterwards.
 */
public class DiagramBenchmark {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private static final List<DiagramFormat> FORMATS = List.of(DiagramFormat.SVG, DiagramFormat.PNG, DiagramFormat.PDF,
			DiagramFormat.DOT);

	/** Entry point for surefire ({@code -Dtest=DiagramBenchmark}). */
	@Test
	void run() throws Exception {
		main(new String[0]);
	}

	/**
	 * @param args an optional folder to keep the files in
	 * @throws Exception when a diagram cannot be written (a {@link org.zeren.diagram.DiagramException}) or dot fails
	 */
	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		String folder = args.length > 0 ? args[0] : System.getProperty("zeren.bench.diagram.folder");
		boolean keep = folder != null && !folder.isBlank();
		Path dir = keep ? Files.createDirectories(Path.of(folder)) : Files.createTempDirectory("zeren-diagram-bench");
		List<Integer> sizes = new ArrayList<>();
		for (String s : System.getProperty("zeren.bench.diagram.sizes", "200,1000,5000").split(",")) {
			sizes.add(Integer.parseInt(s.strip()));
		}
		long warmup = Long.getLong("zeren.bench.diagram.warmup", 10);
		int runs = Math.max(1, Integer.getInteger("zeren.bench.diagram.runs", 5));
		long dotTimeout = Long.getLong("zeren.bench.diagram.dotTimeout", 900);
		long orthoTimeout = Long.getLong("zeren.bench.diagram.orthoTimeout", 120);
		String graphviz = graphvizVersion();
		List<String> report = new ArrayList<>();
		try {
			System.out.println("warm-up (not reported): " + sizes.get(0) + " duties");
			measure(dir.resolve("warm-up"), sizes.get(0), 0, 1, null, 0, 0);
			for (int size : sizes) {
				report.add(measure(dir.resolve("chain-" + size), size, warmup, runs, graphviz, dotTimeout,
						orthoTimeout));
			}
		} finally {
			if (!keep) {
				delete(dir);
			}
		}
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.println();
		System.out.printf(Locale.ROOT, "system load average at the end: %.2f%s%n", load,
				load > cores ? " (more than the " + cores + " cores: other processes slowed the measurement down)" : "");
		System.out.println("Diagram benchmark: responsibility chains (" + cores + " cores, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MB; "
				+ (graphviz == null ? "Graphviz dot not found (Debian package graphviz): its column is skipped"
						: "Graphviz: " + graphviz)
				+ "). Times in seconds. cold = first layout (font lookup + ELK layered) and SVG of that size in this JVM;"
				+ " warm = median of " + runs + " after " + warmup + " s of more (at least 3); PNG, PDF, DOT: one export"
				+ " each; dot = Graphviz dot -Tsvg with its default spline lines, ortho = with -Gsplines=ortho"
				+ " (orthogonal lines, as Zeren draws them), median of up to 3 runs, process start included;"
				+ " c/Gv, w/Gv = Zeren's (layout + SVG) / Graphviz's, cold and warm, below 1 = Zeren faster;"
				+ " peak = heap pools' peak use while building, laying out and writing (uncollected garbage included);"
				+ " live = heap used after a GC with model, graph and scene still held.");
		System.out.println(String.format(Locale.ROOT,
				"%7s %6s %6s %6s %6s %6s %6s %13s %6s %6s %7s %7s %7s %6s %6s %7s %6s %6s", "duties", "boxes",
				"lines", "layout", "SVG", "layout", "SVG", "", "", "", "peak", "live", "dot", "c/Gv", "w/Gv", "ortho",
				"c/Gv", "w/Gv"));
		System.out.println(String.format(Locale.ROOT,
				"%7s %6s %6s %6s %6s %6s %6s %13s %6s %6s %7s %7s %7s %6s %6s %7s %6s %6s", "", "", "", "cold",
				"cold", "warm", "warm", "PNG (scale)", "PDF", "DOT", "MB", "MB", "", "", "", "", "", ""));
		report.forEach(System.out::println);
	}

	private static String measure(Path dir, int duties, long warmup, int runs, String graphviz, long dotTimeout,
			long orthoTimeout) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);

		ResponsibilityModel model = F.createResponsibilityModel();
		Resource resource = new ZerenResourceFactoryImpl().createResource(URI.createFileURI(dir + "/bench.zeren"));
		resource.getContents().add(model);
		Duty top = GeneratedChains.district(model, duties);
		DiagramService service = new DiagramService();
		DiagramOptions options = DiagramOptions.defaults();
		DiagramGraph graph = service.build(model, DiagramKind.CHAIN, top, options);

		// cold: the first layout and SVG of this graph in this JVM
		Path svg = dir.resolve("chain-" + duties + ".svg");
		long t0 = System.nanoTime();
		Scene scene = service.layout(graph, options, DiagramFormat.SVG, DiagramFormat.PDF);
		double coldLayout = (System.nanoTime() - t0) / 1e9;
		double coldSvg = service.write(scene, DiagramFormat.SVG, svg, options).writeNanos() / 1e9;
		// warm: after the just-in-time compiler has seen this size for a while (as a benchmark harness such as JMH
		// warms up), at least 3 runs
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
		for (int i = 0; warmup > 0 && (i < 3 || System.nanoTime() < warmUntil); i++) {
			scene = service.layout(graph, options, DiagramFormat.SVG, DiagramFormat.PDF);
			service.write(scene, DiagramFormat.SVG, svg, options);
		}
		double[] layouts = new double[runs];
		double[] svgs = new double[runs];
		double[] totals = new double[runs];
		for (int run = 0; run < runs; run++) {
			long t1 = System.nanoTime();
			scene = service.layout(graph, options, DiagramFormat.SVG, DiagramFormat.PDF);
			layouts[run] = (System.nanoTime() - t1) / 1e9;
			svgs[run] = service.write(scene, DiagramFormat.SVG, svg, options).writeNanos() / 1e9;
			totals[run] = layouts[run] + svgs[run];
		}
		double warmLayout = median(layouts);
		double warmSvg = median(svgs);
		double warm = median(totals);
		double cold = coldLayout + coldSvg;
		double[] write = new double[FORMATS.size()];
		write[0] = warmSvg;
		String pngScale = "";
		for (int i = 1; i < FORMATS.size(); i++) {
			DiagramFormat f = FORMATS.get(i);
			Path file = dir.resolve("chain-" + duties + "." + f.extension());
			DiagramOptions o = options;
			if (f == DiagramFormat.PNG) {
				double scale = Math.min(2, Math.sqrt(options.maxPngPixels() / (scene.width() * scene.height())) * 0.999);
				scale = Math.floor(scale * 100) / 100;
				if (scale < 0.25) {
					write[i] = Double.NaN;
					pngScale = "too large";
					continue;
				}
				o = options.toBuilder().pngScale(scale).build();
				pngScale = String.format(Locale.ROOT, "%.2f", scale);
			}
			ExportResult r = f == DiagramFormat.DOT ? service.export(graph, f, file, o) : service.write(scene, f, file, o);
			write[i] = r.writeNanos() / 1e9;
		}
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.gc();
		long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		Reference.reachabilityFence(model);
		Reference.reachabilityFence(graph);
		Reference.reachabilityFence(scene);

		String[] spline = { "skipped", "-", "-" };
		String[] ortho = { "skipped", "-", "-" };
		if (graphviz != null) {
			Path in = dir.resolve("chain-" + duties + ".dot");
			spline = compare(cold, warm, graphviz(in, dir.resolve("chain-" + duties + ".gv.svg"), dotTimeout), dotTimeout);
			ortho = compare(cold, warm, graphviz(in, dir.resolve("chain-" + duties + ".gv-ortho.svg"), orthoTimeout,
					"-Gsplines=ortho"), orthoTimeout);
		}
		String line = String.format(Locale.ROOT,
				"%7d %6d %6d %6.2f %6.2f %6.3f %6.3f %13s %6.2f %6.3f %7d %7d %7s %6s %6s %7s %6s %6s", duties,
				graph.nodeCount(), graph.edges().size(), coldLayout, coldSvg, warmLayout, warmSvg,
				Double.isNaN(write[1]) ? pngScale : String.format(Locale.ROOT, "%.2f (%s)", write[1], pngScale), write[2],
				write[3], peak >> 20, live >> 20, spline[0], spline[1], spline[2], ortho[0], ortho[1], ortho[2]);
		System.out.println(line);
		return line;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** @return the first line of {@code dot -V}, or null when dot cannot be run */
	private static String graphvizVersion() {
		try {
			Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return p.waitFor() == 0 && !out.isEmpty() ? out.lines().findFirst().orElse(out) : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** @return Graphviz's seconds (or "&gt;timeout") and the ratios cold and warm Zeren / Graphviz */
	private static String[] compare(double cold, double warm, double graphviz, long timeout) {
		if (Double.isNaN(graphviz)) {
			return new String[] { ">" + timeout, String.format(Locale.ROOT, "<%.3f", cold / timeout),
					String.format(Locale.ROOT, "<%.3f", warm / timeout) };
		}
		return new String[] { String.format(Locale.ROOT, "%.3f", graphviz),
				String.format(Locale.ROOT, "%.2f", cold / graphviz), String.format(Locale.ROOT, "%.2f", warm / graphviz) };
	}

	/**
	 * @return the median seconds of up to 3 runs of {@code dot -Tsvg [OPTION] IN -o OUT} (1 run when it takes more
	 *         than 5 s), or NaN when the first did not finish within the timeout
	 */
	private static double graphviz(Path in, Path out, long timeoutSeconds, String... options)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("dot", "-Tsvg"));
		command.addAll(List.of(options));
		command.addAll(List.of(in.toString(), "-o", out.toString()));
		List<Double> times = new ArrayList<>();
		while (times.size() < 3 && (times.isEmpty() || times.get(0) <= 5)) {
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(in.resolveSibling(in.getFileName() + ".log").toFile()).start();
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.destroyForcibly().waitFor();
				return Double.NaN;
			}
			times.add((System.nanoTime() - t0) / 1e9);
			if (p.exitValue() != 0) {
				throw new IllegalStateException("dot failed (" + p.exitValue() + "): "
						+ Files.readString(in.resolveSibling(in.getFileName() + ".log")));
			}
		}
		return median(times.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
