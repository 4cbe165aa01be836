package org.zeren.diagram.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file atomically: the content goes to a temporary file {@code .NAME.<random>.tmp} in the same folder,
 * is forced to disk, and is then renamed over the target with {@code ATOMIC_MOVE}. If anything fails, the
 * temporary file is deleted, folders created for the file are removed again, and an existing target is left as
 * it was. Readers never see a half-written file.
 */
public final class AtomicFiles {

	/** Writes the content; must not close the stream. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the stream to write to
		 * @throws Exception any failure; the file is then not written
		 */
		void write(OutputStream out) throws Exception;
	}

	private AtomicFiles() {
	}

	/** A rename over a device, pipe or folder would replace it: refuse anything but a regular file. */
	private static void requireRegularOrAbsent(Path file) throws IOException {
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new IOException(file + " exists and is not a regular file; nothing was written");
		}
	}

	/**
	 * @param target  the file to create or replace; its folder is created when missing
	 * @param content writes the content
	 * @throws Exception whatever {@code content} throws, or an IOException when the target exists and is not
	 *                   a regular file (a device, a pipe, a folder) or cannot be written or renamed atomically
	 */
	public static void write(Path target, Content content) throws Exception {
		Path file = target.toAbsolutePath().normalize();
		requireRegularOrAbsent(file);
		Path dir = file.getParent();
		List<Path> created = createFolders(dir);
		Path temp = null;
		boolean done = false;
		try {
			temp = createTemporary(file);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.write(out);
				out.flush();
				channel.force(true);
			}
			requireRegularOrAbsent(file); // again: it may have changed while the content was written
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("the file system cannot rename " + temp.getFileName() + " to " + file.getFileName()
						+ " atomically, so the file is not written", e);
			}
			done = true;
		} finally {
			if (!done) {
				if (temp != null) {
					try {
						Files.deleteIfExists(temp);
					} catch (IOException e) {
						// the original failure matters more
					}
				}
				for (int i = created.size() - 1; i >= 0; i--) {
					try {
						Files.deleteIfExists(created.get(i));
					} catch (IOException e) {
						break; // not empty or not removable: keep it
					}
				}
			}
		}
	}

	/** @return the folders created, outermost first */
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
			for (int i = created.size() - 1; i >= 0; i--) {
				Files.deleteIfExists(created.get(i));
			}
			throw e;
		}
		return created;
	}

	private static Path createTemporary(Path file) throws IOException {
		for (int attempt = 0;; attempt++) {
			String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
			Path temp = file.resolveSibling("." + file.getFileName() + "." + random + ".tmp");
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			}
		}
	}
}
