package org.zeren.core.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Atomic replacement of a file: temporary file in the same folder, fsync, backup by hard link, atomic rename,
 * fsync of the folder.
 * <p>
 * A temporary file is named {@code .NAME.<random>.tmp} where NAME is the target's file name (e.g.
 * {@code .district.zeren.k3j9x2a1.tmp}): hidden on Unix, next to the file so that the rename stays in one file
 * system, and recognisable so that a leftover of a killed save can be reported by the next load.
 */
final class AtomicFiles {

    /** Writes the content of a file to the given stream; must not close it. */
    @FunctionalInterface
    interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern RANDOM_PART = Pattern.compile("[0-9a-z]{1,16}");

    private AtomicFiles() {
    }

    /** @return the backup of a file: {@code NAME.bak} in the same folder */
    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** @return whether {@code candidate} is named like a temporary file of a save of {@code file} */
    static boolean isTemporaryFileOf(Path file, Path candidate) {
        String prefix = "." + file.getFileName() + ".";
        String name = candidate.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)
                && RANDOM_PART.matcher(name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length())).matches();
    }

    /**
     * Finds temporary files of interrupted saves of a file.
     *
     * @return the leftover temporary files, sorted by name; empty when there are none or the folder cannot be read
     */
    static List<Path> leftoverTemporaryFiles(Path file) {
        Path dir = file.getParent();
        List<Path> result = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return result;
        }
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && isTemporaryFileOf(file, p))) {
            entries.forEach(result::add);
        } catch (IOException | RuntimeException e) {
            // not being able to list the folder must not prevent loading the file itself
        }
        result.sort(null);
        return result;
    }

    /**
     * Replaces {@code target} atomically with the content written by {@code writer}, keeping the previous
     * version (if any) as {@link #backupOf(Path) backup}.
     * <p>
     * Steps: write to a new temporary file in the same folder, flush and force it to disk; make the old file's
     * backup (a hard link, or a copy where links are not supported); rename the temporary file over the target
     * with {@code ATOMIC_MOVE}; force the folder to disk. If anything fails before the rename, the temporary file
     * is deleted and the target is untouched.
     *
     * @param target the file to replace; a symbolic link is followed, so the link stays a link
     * @throws IOException when writing or renaming fails
     */
    static void replace(Path target, ContentWriter writer) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath();
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = createTemporaryFile(file);
        boolean renamed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the writer must not close the channel before it is forced
                    }
                });
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                makeBackup(file);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot rename " + temp.getFileName() + " to " + file.getFileName()
                        + " atomically, so the file is not replaced", e);
            }
            renamed = true;
            forceDirectory(dir);
        } finally {
            if (!renamed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the original problem matters more; a leftover is reported by the next load
                }
            }
        }
    }

    private static Path createTemporaryFile(Path file) throws IOException {
        for (int attempt = 0;; attempt++) {
            String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = file.resolveSibling("." + file.getFileName() + "." + random + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Keeps the old version: hard link {@code NAME.bak} to the file, or copy it where links are not supported. */
    private static void makeBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException e) {
            Path temp = createTemporaryFile(backup);
            try {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A new file must keep the permissions of the file it replaces (a temporary file is created private). */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (target == null) {
                return;
            }
            if (Files.exists(from)) { // a new file keeps the default permissions (umask)
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
                target.setPermissions(permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a nicety; the content is what must be safe
        }
    }

    /** Forces a folder's entries (the rename) to disk; not possible on every platform (e.g. Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // folders cannot be opened on some platforms; the rename itself is atomic there
        }
    }
}
