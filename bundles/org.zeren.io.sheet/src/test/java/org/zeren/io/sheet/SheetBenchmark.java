package org.zeren.io.sheet;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.ResponsibilityModel;

/**
 * Import benchmark of org.zeren.io.sheet (not a test: surefire's default includes do not match it; the root pom's
 * {@code benchmark} profile runs it):
 *
 * <pre>
 * ./build -Pbenchmark -pl targetplatform,bundles/org.zeren.model,bundles/org.zeren.core,bundles/org.zeren.io.sheet verify
 * </pre>
 *
 * For each size (default 10,000 and 100,000 duty rows; {@code -Dzeren.bench.rows=10000,100000}) it generates a
 * realistic power list (a grouping row every 100 duties, two legal references per duty, a category, a deadline, a
 * kept other column, 60-character contents), writes it as {@code .xlsx} (SXSSF) and {@code .csv} (UTF-8 with BOM),
 * then imports each file twice in a fresh child JVM with {@code -Xmx512m} (the target heap) and prints the first and
 * the best import time and the peak heap (sum of the heap pools' peak usage after a GC before each import). Targets:
 * 10,000 rows in at most 2 s; 100,000 rows within the 512 MB heap (the child fails with OutOfMemoryError otherwise).
 */
public class SheetBenchmark {

	private static final String CHILD_HEAP = "-Xmx512m";
	private static final int RUNS = 2;

	@Test
	void run() throws Exception {
		main(new String[0]);
	}

	public static void main(String[] args) throws Exception {
		if (args.length >= 2 && args[0].equals("--import")) {
			importChild(Path.of(args[1]));
			return;
		}
		Path dir = Files.createTempDirectory("zeren-sheet-bench");
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "%-8s %-5s %9s %9s %12s %12s %12s", "rows", "file", "MB", "write s", "import 1st s",
				"import best", "peak heap MB"));
		try {
			for (String size : System.getProperty("zeren.bench.rows", "10000,100000").split(",")) {
				int rows = Integer.parseInt(size.trim());
				ResponsibilityModel model = generate(rows);
				for (String ext : List.of("xlsx", "csv")) {
					Path file = dir.resolve("bench-" + rows + "." + ext);
					long t0 = System.nanoTime();
					if (ext.equals("xlsx")) {
						new SheetExporter().exportXlsx(model.getDutyLists(), file);
					} else {
						new SheetExporter().exportCsv(model.getDutyLists().get(0), file, StandardCharsets.UTF_8);
					}
					double write = (System.nanoTime() - t0) / 1e9;
					String[] r = child(file);
					report.add(String.format(Locale.ROOT, "%-8d %-5s %9.1f %9.2f %12s %12s %12s", rows, ext,
							Files.size(file) / 1e6, write, r[1], r[2], r[3]));
					Files.deleteIfExists(file);
				}
			}
		} finally {
			try (var files = Files.list(dir)) {
				for (Path p : (Iterable<Path>) files::iterator) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.println();
		System.out.printf(Locale.ROOT, "system load average at the end: %.2f (%d cores)%n", load,
				Runtime.getRuntime().availableProcessors());
		System.out.println("Spreadsheet import benchmark (" + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + ", import in a child JVM with " + CHILD_HEAP + ")");
		report.forEach(System.out::println);
	}

	static ResponsibilityModel generate(int rows) {
		ResponsibilityModel model = Fixtures.organisation();
		Fixtures.Maker m = new Fixtures.Maker();
		LegalBasis law = model.getLegalBases().get(0);
		LegalBasis rule = m.basis(model, "安全生产事故隐患排查治理暂行规定", LegalBasisKind.DEPARTMENTAL_RULE, null);
		DutyList list = m.list(model, "绿建区应急管理局安全生产权力清单（基准）", DutyListKind.POWER_LIST,
				Fixtures.party(model, "应急管理局"));
		DutyGroup group = null;
		for (int i = 0; i < rows; i++) {
			if (i % 100 == 0) {
				group = m.group(list.getGroups(), null, "第" + (i / 100 + 1) + "类事项");
			}
			Duty d = m.power(list, Integer.toString(i + 1), "对生产经营单位第" + (i + 1) + "项违法行为的行政处罚",
					org.zeren.model.PowerKind.PENALTY);
			d.setGroup(group);
			d.setText("对未按规定开展隐患排查治理、未如实记录排查治理情况的生产经营单位，责令限期改正，可以处罚款（第" + i + "项）。");
			d.setCategory("行政处罚");
			m.ref(d, law, 1 + i % 119, null, null, null);
			m.ref(d, rule, 1 + i % 32, null, null, null);
			d.setDeadline(java.time.LocalDate.of(2017, 1 + i % 12, 1 + i % 28));
			m.other(d, "责任领导", "分管副局长");
		}
		return model;
	}

	private static String[] child(Path file) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), CHILD_HEAP,
				"-Dfile.encoding=UTF-8"));
		String jfr = System.getProperty("zeren.bench.jfr"); // a folder: record a flight recording of each import child
		if (jfr != null) {
			command.add("-XX:StartFlightRecording=filename=" + Path.of(jfr, file.getFileName() + ".jfr").toAbsolutePath());
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), SheetBenchmark.class.getName(), "--import",
				file.toString()));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		String result = null;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (!line.contains("Log4j API could not find a logging provider")) {
					System.out.println("  [child] " + line);
				}
				if (line.startsWith("RESULT ")) {
					result = line;
				}
			}
		}
		if (child.waitFor() != 0 || result == null) {
			throw new IllegalStateException("the import child failed for " + file);
		}
		return result.split(" ");
	}

	/** Child JVM: imports the file {@value #RUNS} times into a fresh organisation, prints {@code RESULT first best peakMB}. */
	private static void importChild(Path file) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		double first = 0;
		double best = Double.MAX_VALUE;
		long peak = 0;
		for (int run = 1; run <= RUNS; run++) {
			ResponsibilityModel model = Fixtures.organisation();
			System.gc();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			SheetImportResult r = new SheetImporter().importFile(file, model,
					SheetImportOptions.DEFAULT.withHolder(Fixtures.party(model, "应急管理局")));
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
			long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			System.out.printf(Locale.ROOT, "import %d of %s: %.3f s (importing thread CPU %.3f s), %d duties, %d legal bases "
					+ "created, peak heap %d MB%n", run, file.getFileName(), seconds, cpu, r.duties(), r.legalBases().size(),
					used >> 20);
			if (run == 1) {
				first = seconds;
			}
			best = Math.min(best, seconds);
			peak = Math.max(peak, used);
		}
		System.out.printf(Locale.ROOT, "RESULT %.3f %.3f %d%n", first, best, peak >> 20);
	}
}
