package org.zeren.core.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link InterruptedWriteTest}: starts an atomic write of {@code args[0]}, writes part of the
 * content, prints "writing" and then waits inside the write until it is stopped.
 */
public final class InterruptedWriteChild {

    private InterruptedWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFileWriter.writeWithoutBackup(Path.of(args[0]), out -> {
            out.write("<svg>半截".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
