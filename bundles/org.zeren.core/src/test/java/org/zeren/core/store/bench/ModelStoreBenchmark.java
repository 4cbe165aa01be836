package org.zeren.core.store.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelGenerator;
import org.zeren.core.store.XmiModelStore;

/**
 * Load and save benchmark of the model store (not a test: surefire's default includes do not match it).
 * <p>
 * For each size (default 100,000 and 1,000,000 elements; {@code -Dzeren.bench.sizes=100000,1000000}) it
 * generates a model ({@link ModelGenerator}: departments, posts, duty lists, duties with {@code delegatedFrom}
 * and supervising parties, legal references), saves it twice (the second save also makes the backup), then loads
 * the file in a fresh child JVM with {@code -Xmx2g} three times and prints the first and the best load time and
 * the peak heap of a load (sum of the heap pools' peak usage, reset after a GC before each load).
 * <p>
 * Run through surefire (its forked JVM has the full test class path, which the child JVMs reuse):
 * <pre>
 * ./mvnw -B -o -pl targetplatform,bundles/org.zeren.model,bundles/org.zeren.core verify \
 *     -Dtest=ModelStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * or {@code java -cp <test class path> org.zeren.core.store.bench.ModelStoreBenchmark [folder]}. Files go to
 * {@code folder} (default: a new temporary folder, deleted afterwards). {@code -Dzeren.bench.childArgs="-Xms2g"}
 * adds JVM options to the loading child (e.g. to see the effect of a fixed heap size).
 */
public class ModelStoreBenchmark {

    private static final String CHILD_HEAP = "-Xmx2g";
    private static final int LOAD_RUNS = 3;

    /** Entry point for surefire ({@code -Dtest=ModelStoreBenchmark}). */
    @Test
    void run() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--load")) {
            loadChild(Path.of(args[1]));
            return;
        }
        boolean keep = args.length > 0;
        Path dir = keep ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("zeren-bench");
        String sizes = System.getProperty("zeren.bench.sizes", "100000,1000000");
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%-10s %10s %10s %10s %12s %12s %12s", "elements", "file MB", "save 1 s",
                "save 2 s", "load 1st s", "load best s", "peak heap MB"));
        try {
            for (String size : sizes.split(",")) {
                report.add(measure(dir, Integer.parseInt(size.trim())));
            }
        } finally {
            if (!keep) {
                try (var files = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "system load average at the end: %.2f%s%n", load,
                load > cores ? " (more than the " + cores + " cores: other processes slowed the measurement down)" : "");
        System.out.println("Model store benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", load in a child JVM with "
                + CHILD_HEAP + " " + System.getProperty("zeren.bench.childArgs", "") + ")");
        report.forEach(System.out::println);
    }

    private static String measure(Path dir, int size) throws Exception {
        Path file = dir.resolve("bench-" + size + ".zeren");
        XmiModelStore store = new XmiModelStore();
        LoadedModel model = store.create(file, "benchmark " + size);
        int elements = ModelGenerator.fill(model.model(), size, 42);
        long t0 = System.nanoTime();
        store.save(model);
        long t1 = System.nanoTime();
        store.save(model);
        long t2 = System.nanoTime();
        long bytes = Files.size(file);
        model = null;
        System.gc();

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(CHILD_HEAP);
        for (String extra : System.getProperty("zeren.bench.childArgs", "").split(" ")) {
            if (!extra.isBlank()) {
                command.add(extra);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ModelStoreBenchmark.class.getName());
        command.add("--load");
        command.add(file.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("  [child] " + line);
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (child.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the load child failed for " + file);
        }
        String[] r = result.split(" ");
        return String.format(Locale.ROOT, "%-10d %10.1f %10.2f %10.2f %12s %12s %12s", elements, bytes / 1e6, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, r[1], r[2], r[3]);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Child JVM: loads the file {@value #LOAD_RUNS} times, prints {@code RESULT first best peakMB}. */
    private static void loadChild(Path file) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        XmiModelStore store = new XmiModelStore();
        double first = 0;
        double best = Double.MAX_VALUE;
        long peak = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= LOAD_RUNS; run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long gc0 = gcMillis();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LoadedModel model = store.load(file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double gc = (gcMillis() - gc0) / 1e3;
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            int count = 0;
            for (TreeIterator<EObject> i = model.resource().getAllContents(); i.hasNext(); i.next()) {
                count++;
            }
            System.out.printf(Locale.ROOT, "load %d: %.3f s (loading thread CPU %.3f s, GC %.3f s), %d elements, %d warnings,"
                    + " peak heap %d MB%n", run, seconds, cpu, gc, count, model.warnings().size(), used >> 20);
            if (run == 1) {
                first = seconds;
            }
            best = Math.min(best, seconds);
            peak = Math.max(peak, used);
            model = null;
        }
        System.out.printf(Locale.ROOT, "RESULT %.3f %.3f %d%n", first, best, peak >> 20);
    }
}
