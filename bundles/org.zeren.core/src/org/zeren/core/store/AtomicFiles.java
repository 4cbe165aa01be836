package org.zeren.core.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The target exists but is not a regular file (nor a symbolic link to one): replacing it would turn a folder,
     * a named pipe or a device into a file. Nothing was created or moved.
     */
    static final class NotRegularFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path path;
        private final String kind;

        NotRegularFileException(Path path, String kind) {
            super(path + " is not a regular file but " + kind);
            this.path = path;
            this.kind = kind;
        }

        /** @return the file that is not regular (the target of a symbolic link when the link was followed) */
        Path path() {
            return path;
        }

        /** @return what it is instead, e.g. {@code "a folder"} or {@code "a named pipe (FIFO)"} */
        String kind() {
            return kind;
        }
    }

    /**
     * The folder of the target does not let us create the temporary file (no permission, an immutable folder, a
     * read-only file system). Nothing was created or moved.
     */
    static final class FolderNotWritableException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;
        private final String reason;

        FolderNotWritableException(Path folder, IOException cause) {
            super("cannot write in folder " + folder, cause);
            this.folder = folder;
            this.reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : "permission denied";
        }

        /** @return the folder that cannot be written */
        Path folder() {
            return folder;
        }

        /** @return why, as the system says it, e.g. {@code "permission denied"} or {@code "Read-only file system"} */
        String reason() {
            return reason;
        }
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
     * @throws NotRegularFileException    when the target (or the file a link points to) exists and is not a regular
     *                                    file, e.g. a folder, named pipe or device; then nothing is created or moved
     * @throws FolderNotWritableException when the temporary file cannot be created because the folder cannot be written
     * @throws IOException                when writing or renaming fails
     */
    static void replace(Path target, ContentWriter writer) throws IOException {
        replace(target, writer, null, true);
    }

    /**
     * Temporary files being written now; a shutdown hook deletes those still here when the program is stopped
     * (Ctrl-C) before their rename, so an interrupted export or save leaves no temporary file behind.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path temp : WRITING) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException e) {
                        // shutting down: a leftover is reported by the next load of a model
                    }
                }
            }, "zeren-temporary-file-cleanup"));
        } catch (IllegalStateException | SecurityException e) {
            // already shutting down, or not allowed: temporary files are then only cleaned up on failure
        }
    }

    /**
     * What identifies one version of a file on disk: its file key (device and inode on Unix; every atomic save
     * makes a new one), modification time and size.
     */
    record DiskState(Object fileKey, FileTime modified, long size) {
    }

    /** Thrown when the file on disk is not the version a precondition expects; nothing was moved. */
    static final class ChangedOnDiskException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedOnDiskException(Path file) {
            super(file.toString());
        }
    }

    /**
     * @return the state of the file now (links followed), or null when it does not exist
     * @throws IOException when its attributes cannot be read
     */
    static DiskState stateOf(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskState(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * As {@link #replace(Path, ContentWriter)}, and when {@code expected} is not null the file is replaced only if
     * it is still in that state: checked right before the rename while an exclusive lock on the old file is held,
     * so that two processes saving the same file one after the other cannot both win (the lock is advisory; every
     * Zeren save takes it).
     *
     * @param expected the state the file was in when it was read, or null to replace whatever is there
     * @throws ChangedOnDiskException when the file is no longer in the expected state; the temporary file is then
     *                                deleted and nothing else changed
     */
    static void replace(Path target, ContentWriter writer, DiskState expected, boolean backup) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath();
        }
        requireRegularOrMissing(file);
        Path dir = file.getParent();
        List<Path> createdFolders = createFolders(dir);
        Path temp;
        try {
            temp = createTemporaryFile(file);
        } catch (FileAlreadyExistsException e) {
            removeFolders(createdFolders);
            throw e;
        } catch (IOException e) {
            removeFolders(createdFolders);
            if (e instanceof AccessDeniedException || !Files.isWritable(dir)) {
                throw new FolderNotWritableException(dir, e);
            }
            throw e;
        }
        WRITING.add(temp);
        boolean renamed = false;
        FileChannel tempChannel = null;
        try {
            // the temporary file stays open and locked until after the rename, so that a load meanwhile can tell
            // a save in progress from the leftover of an interrupted one (isBeingWritten)
            tempChannel = FileChannel.open(temp, StandardOpenOption.WRITE);
            try {
                tempChannel.lock();
            } catch (IOException e) {
                // a file system without locks (some network mounts): the save works, only that hint is lost
            }
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(tempChannel), 1 << 16);
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
            tempChannel.force(true);
            copyPermissions(file, temp);
            requireRegularOrMissing(file); // again: it may have been replaced while the content was written
            try (FileLock lock = expected == null ? null : lock(file)) {
                if (expected != null && !expected.equals(stateOf(file))) {
                    throw new ChangedOnDiskException(file);
                }
                if (backup && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    makeBackup(file);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("the file system cannot rename " + temp.getFileName() + " to "
                            + file.getFileName() + " atomically, so the file is not replaced", e);
                }
                renamed = true;
            }
            forceDirectory(dir);
        } finally {
            if (tempChannel != null) {
                try {
                    tempChannel.close(); // releases the lock
                } catch (IOException e) {
                    // the content was forced to disk before; nothing more to save
                }
            }
            if (!renamed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the original problem matters more; a leftover is reported by the next load
                }
                removeFolders(createdFolders);
            }
            WRITING.remove(temp);
        }
    }

    /** @return the folders created, outermost first (empty when {@code dir} exists) */
    private static List<Path> createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.add(0, d);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path d : missing) {
                Files.createDirectory(d);
                created.add(d);
            }
        } catch (IOException e) {
            removeFolders(created);
            throw e;
        }
        return created;
    }

    /** Removes folders this write created, innermost first, as long as they are empty. */
    private static void removeFolders(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty (someone else wrote there) or not removable: keep it
            }
        }
    }

    /**
     * Checks that a path either does not exist or is a regular file (symbolic links already followed).
     *
     * @throws NotRegularFileException when it exists and is something else
     */
    static void requireRegularOrMissing(Path file) throws NotRegularFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // missing (or not readable: then creating or renaming fails with its own message)
        }
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, kindOf(file, attributes));
        }
    }

    /** @return what a file that is not regular is, for messages: a folder, a named pipe, a device, ... */
    static String kindOf(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000; // S_IFMT
            switch (type) {
            case 0010000:
                return "a named pipe (FIFO)";
            case 0020000:
                return "a character device";
            case 0060000:
                return "a block device";
            case 0140000:
                return "a socket";
            default:
                break;
            }
        } catch (IOException | RuntimeException e) {
            // no "unix" attribute view (e.g. Windows): say what we know
        }
        return "a special file (device, pipe or socket)";
    }

    /**
     * An exclusive lock on the file as it is now, held until closed; null when it does not exist or cannot be
     * opened for writing (a read-only file in a writable folder is still replaced, without the lock) or the file
     * system does not support locks.
     *
     * @throws IOException when another save of this JVM holds the lock
     */
    private static FileLock lock(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return null;
        }
        try {
            return new FileLock(channel, channel.lock());
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("another save of " + file.getFileName() + " is running in this program", e);
        } catch (IOException e) {
            channel.close();
            return null; // a file system without locks (some network mounts): the state is still checked
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * @param temp a temporary file of a save
     * @return whether a save (of this or another program) is writing it right now: it holds the file's lock
     */
    static boolean isBeingWritten(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ)) {
            java.nio.channels.FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return true; // another program holds it
            }
            shared.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // a save of this program holds it
        } catch (IOException e) {
            return false; // gone meanwhile, or unreadable: reported as a leftover as before
        }
    }

    /** A lock and the channel it was taken on; closing releases both. */
    private record FileLock(FileChannel channel, java.nio.channels.FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
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
