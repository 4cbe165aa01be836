package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;

/**
 * A new user ran two {@code zeren import-list ... --into c.zeren} at once: both said "Saved", and the list of the
 * first was gone. A save now refuses to replace a file that changed on disk after it was read.
 */
class ConcurrentSaveTest {

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    @Test
    void theSecondOfTwoEditsOfTheSameFileIsRefusedAndTheFirstKept() throws Exception {
        Path file = dir.resolve("c.zeren");
        store.save(store.create(file, "绿建区"));
        LoadedModel first = store.load(file);
        LoadedModel second = store.load(file);

        first.model().setName("应急管理办公室的导入");
        store.save(first);
        byte[] afterFirst = Files.readAllBytes(file);

        second.model().setName("党政办公室的导入");
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.save(second));
        assertEquals(Problem.CHANGED_ON_DISK, e.problem());
        assertTrue(e.getMessage().startsWith(file + ": not saved: the file was changed on disk after it was read"),
                e.getMessage());
        assertArrayEquals(afterFirst, Files.readAllBytes(file), "the first command's result is kept");
        assertEquals("应急管理办公室的导入", store.load(file).model().getName());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("c.zeren", "c.zeren.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    /**
     * The second new-user test: a command that read the model while another one was saving it said "found
     * .t.zeren.….tmp, the temporary file of a save that was interrupted … Delete it", during that save.
     */
    @Test
    void aSaveInProgressIsNotCalledInterrupted() throws Exception {
        Path file = dir.resolve("t.zeren");
        store.save(store.create(file, "绿建区"));
        String before = Files.readString(file);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread saver = new Thread(() -> {
            try {
                AtomicFileWriter.write(file, out -> {
                    out.write(before.getBytes(StandardCharsets.UTF_8));
                    writing.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        saver.start();
        try {
            writing.await();
            List<StoreDiagnostic> warnings = store.load(file).warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertEquals(StoreDiagnostic.Kind.SAVE_IN_PROGRESS, warnings.get(0).kind());
            assertTrue(warnings.get(0).message().startsWith("another program is saving this file right now (.t.zeren."),
                    warnings.get(0).message());
        } finally {
            finish.countDown();
            saver.join();
        }
        assertEquals(List.of(), store.load(file).warnings(), "once the save is done, nothing to say");
    }

    @Test
    void theSameModelCanBeSavedAgainAndAgain() throws Exception {
        Path file = dir.resolve("d.zeren");
        store.save(store.create(file, "一"));
        LoadedModel model = store.load(file);
        for (String name : List.of("二", "三", "四")) {
            model.model().setName(name);
            store.save(model);
        }
        assertEquals("四", store.load(file).model().getName());
    }

    @Test
    void savingToAnotherFileDoesNotCheckTheFileItWasReadFrom() throws Exception {
        Path file = dir.resolve("e.zeren");
        store.save(store.create(file, "原稿"));
        LoadedModel model = store.load(file);
        LoadedModel other = store.load(file);
        other.model().setName("他人修改");
        store.save(other);

        Path copy = dir.resolve("e-copy.zeren");
        store.save(model.resource(), copy);
        assertEquals("原稿", store.load(copy).model().getName());
        model.model().setName("另存后再改");
        store.save(model.resource(), copy);
        assertEquals("另存后再改", store.load(copy).model().getName(), "the copy is now the model's file");
    }
}
