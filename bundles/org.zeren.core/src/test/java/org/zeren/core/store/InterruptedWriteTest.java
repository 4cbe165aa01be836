package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user pressed Ctrl-C during {@code zeren diagram --all-chains}: a {@code .NAME.png.<random>.tmp} was left in
 * the folder. The program being stopped (SIGINT or SIGTERM) now deletes the temporary file of a write in progress.
 */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    @Test
    void stoppingTheProgramDuringAWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("chain.svg");
        Files.writeString(file, "<svg>旧图</svg>");
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                InterruptedWriteChild.class.getName(), file.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the child started writing");
            try (var files = Files.list(dir)) {
                assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(),
                        "a temporary file exists while the write runs");
            }
            child.destroy(); // SIGTERM: like Ctrl-C, the JVM runs its shutdown hooks
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");
        } finally {
            child.destroyForcibly();
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("chain.svg"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("<svg>旧图</svg>", Files.readString(file), "the old file is whole");
    }
}
