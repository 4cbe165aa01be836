package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;

/**
 * Save replaces only regular files: a device node, a named pipe or a folder at the path (or at the end of a
 * symbolic link) is refused and left exactly as it was, with nothing created or moved beside it; a symbolic link to
 * a regular file stays a link and its target is replaced. A folder that cannot be written is named in the message.
 */
class SaveTargetTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor() == 0 ? null : "`" + String.join(" ", command) + "` failed: " + output;
    }

    private List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int fileType(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
    }

    /** Saves a new model to {@code target} and expects the refusal; nothing in the folder may change. */
    private ModelStoreException refused(Path target, String kind) throws Exception {
        List<String> before = names(dir);
        LoadedModel model = store.create(target, "绿建区");
        ModelStoreException e = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(ModelStoreException.class, () -> store.save(model)));
        assertEquals(Problem.NOT_REGULAR_FILE, e.problem(), e.getMessage());
        assertEquals(target, e.file());
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith(target + ": not saved: ") && e.getMessage().contains(" is not a regular file but "
                + kind + "; nothing was changed"), e.getMessage());
        assertEquals(before, names(dir), "something was created or moved");
        return e;
    }

    @Test
    void aDeviceNodeIsNotReplaced() throws Exception {
        Path device = dir.resolve("fakenull");
        String failure = run("mknod", device.toString(), "c", "1", "3");
        assumeTrue(failure == null, () -> "cannot create a device node here (needs root or CAP_MKNOD): " + failure);
        ModelStoreException e = refused(device, "a character device");
        assertEquals(device + ": not saved: it is not a regular file but a character device; nothing was changed (choose a"
                + " file name that is free or an existing model file)", e.getMessage());
        assertEquals(0020000, fileType(device), "still a character device");

        // the same device at the end of a symbolic link: the message names the target, the link stays
        Path link = dir.resolve("link.zeren");
        Files.createSymbolicLink(link, device);
        ModelStoreException viaLink = refused(link, "a character device");
        assertTrue(viaLink.getMessage().contains("the link points to " + device + ", which is not a regular file"),
                viaLink.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0020000, fileType(device), "still a character device");
    }

    @Test
    void aNamedPipeIsNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.zeren");
        String failure = run("mkfifo", fifo.toString());
        assumeTrue(failure == null, () -> "cannot create a named pipe here: " + failure);
        refused(fifo, "a named pipe (FIFO)");
        assertEquals(0010000, fileType(fifo), "still a named pipe");

        // loading it gives an error at once instead of waiting for a writer
        ModelStoreException load = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(ModelStoreException.class, () -> store.load(fifo)));
        assertEquals(Problem.NOT_REGULAR_FILE, load.problem(), load.getMessage());
        assertEquals(fifo + ":0:0: not loaded: it is not a regular file but a named pipe (FIFO)", load.getMessage());
    }

    @Test
    void aFolderIsNotReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("model.zeren"));
        Files.writeString(folder.resolve("notes.txt"), "安全生产");
        refused(folder, "a folder");
        assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("notes.txt"), names(folder));
        assertEquals("安全生产", Files.readString(folder.resolve("notes.txt")));

        ModelStoreException load = assertThrows(ModelStoreException.class, () -> store.load(folder));
        assertEquals(Problem.NOT_REGULAR_FILE, load.problem(), load.getMessage());
        assertEquals(folder + ":0:0: not loaded: it is not a regular file but a folder", load.getMessage());
    }

    @Test
    void aLinkToARegularFileStaysALink() throws Exception {
        Path models = Files.createDirectory(dir.resolve("models"));
        Path target = models.resolve("district.zeren");
        store.save(store.create(target, "旧"));
        byte[] old = Files.readAllBytes(target);
        Path link = dir.resolve("current.zeren");
        Files.createSymbolicLink(link, target);

        LoadedModel model = store.load(link);
        model.model().setName("新");
        store.save(model);

        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(target, Files.readSymbolicLink(link));
        assertEquals("新", store.load(target).model().getName());
        assertArrayEquals(old, Files.readAllBytes(models.resolve("district.zeren.bak")), "the backup is beside the target");
        assertEquals(List.of("current.zeren", "models"), names(dir));
        assertEquals(List.of("district.zeren", "district.zeren.bak"), names(models));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("new.zeren");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> undo = new ArrayList<>();
        try {
            if (Files.isWritable(folder)) { // root: permissions do not stop it, an immutable folder does
                String failure = run("chattr", "+i", folder.toString());
                assumeTrue(failure == null,
                        () -> "the folder stays writable (running as root, and cannot make it immutable): " + failure);
                undo.add("chattr");
            }
            ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.save(store.create(file, "x")));
            assertEquals(Problem.IO_ERROR, e.problem(), e.getMessage());
            assertTrue(e.getMessage().startsWith(file + ": not saved, the file was not changed: cannot write in folder "
                    + folder + " ("), e.getMessage());
            assertFalse(e.getMessage().contains(":0:0:") || e.getMessage().contains(".tmp"), e.getMessage());
            assertEquals(List.of(), names(folder));
        } finally {
            if (!undo.isEmpty()) {
                run("chattr", "-i", folder.toString());
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
