package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed at any moment leaves the old or the new file whole: a child JVM saves a big model alternately in
 * states A and B in a loop; it is killed ({@code destroyForcibly}, i.e. SIGKILL) at a random moment, 20 times. After
 * each kill the file must load and equal A or B, and so must the backup; the kills must have hit saves in progress
 * (leftover temporary files) and both states must have been seen, or the test proves nothing. Two children run side
 * by side on two files (10 kills each) to keep the test short.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;
    private static final int ELEMENTS = 10_000;
    private static final int LANES = 2;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileWhole() throws Exception {
        XmiModelStore store = new XmiModelStore();
        EObject stateA = CrashSaveChild.model(store, dir.resolve("a.zeren"), ELEMENTS).root();
        CrashSaveChild.setState((org.zeren.model.ResponsibilityModel) stateA, 'A');
        EObject stateB = EcoreUtil.copy(stateA);
        CrashSaveChild.setState((org.zeren.model.ResponsibilityModel) stateB, 'B');

        // two lanes, each killing its own child 10 times on its own file, run side by side to halve the time
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path file = Files.createDirectories(dir.resolve("lane" + lane)).resolve("crash.zeren");
                EObject a = EcoreUtil.copy(stateA);
                EObject b = EcoreUtil.copy(stateB);
                results.add(lanes.submit(() -> killRepeatedly(file, KILLS / LANES, a, b)));
            }
            int killedMidSave = 0;
            int seenA = 0;
            int seenB = 0;
            for (Future<int[]> result : results) {
                int[] counts = result.get(5, TimeUnit.MINUTES);
                killedMidSave += counts[0];
                seenA += counts[1];
                seenB += counts[2];
            }
            assertEquals(KILLS, seenA + seenB);
            assertTrue(killedMidSave > 0, "no kill hit a save in progress");
            assertTrue(seenA > 0 && seenB > 0, "only one state was ever seen: A " + seenA + ", B " + seenB);
        } finally {
            lanes.shutdownNow();
        }
    }

    /** @return kills that left a temporary file, files found in state A, files found in state B */
    private static int[] killRepeatedly(Path file, int kills, EObject stateA, EObject stateB) throws Exception {
        XmiModelStore store = new XmiModelStore();
        Random random = new Random();
        int[] counts = new int[3];
        for (int kill = 1; kill <= kills; kill++) {
            Process child = startChild(file);
            List<String> log = new CopyOnWriteArrayList<>();
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("saved")) {
                            firstSave.countDown();
                        } else {
                            log.add(line);
                        }
                    }
                } catch (Exception e) {
                    // the child was killed
                }
            });
            reader.start();
            try {
                if (!firstSave.await(60, TimeUnit.SECONDS)) {
                    fail("the child did not save: " + log);
                }
                Thread.sleep(random.nextInt(500)); // a save of this model takes about 100-300 ms
            } finally {
                child.destroyForcibly();
                child.waitFor();
                reader.join();
            }

            List<Path> leftovers = AtomicFiles.leftoverTemporaryFiles(file);
            counts[0] += leftovers.isEmpty() ? 0 : 1;
            LoadedModel loaded = store.load(file);
            assertEquals(leftovers.size(), loaded.warnings().stream()
                    .filter(w -> w.kind() == StoreDiagnostic.Kind.LEFTOVER_TEMPORARY_FILE).count(), "leftovers are reported");
            char state = stateOf(loaded.root(), stateA, stateB, file + " after kill " + kill);
            counts[state == 'A' ? 1 : 2]++;
            Path backup = AtomicFiles.backupOf(file);
            if (Files.exists(backup)) {
                stateOf(store.load(backup).root(), stateA, stateB, "backup after kill " + kill);
            }
            for (Path leftover : leftovers) {
                Files.delete(leftover);
            }
        }
        return counts;
    }

    private static char stateOf(EObject loaded, EObject stateA, EObject stateB, String what) {
        if (new EcoreUtil.EqualityHelper().equals(loaded, stateA)) {
            return 'A';
        }
        if (new EcoreUtil.EqualityHelper().equals(loaded, stateB)) {
            return 'B';
        }
        throw new AssertionError(what + " is neither state A nor state B");
    }

    private static Process startChild(Path file) throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashSaveChild.class.getName(), file.toString(), Integer.toString(ELEMENTS));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
