package org.zeren.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Public entry to the store's atomic file replacement, for exporters that write other formats than
 * models (spreadsheets): the content goes to a temporary file in the same folder, is forced to disk,
 * the previous file (if any) is kept as {@code NAME.bak}, and the temporary file is renamed over the
 * target atomically. A write that fails or is killed leaves the old file whole; a temporary file of a write
 * interrupted by the end of the program (Ctrl-C) is deleted by a shutdown hook.
 */
public final class AtomicFileWriter {

	/** Writes the content of a file to the given stream; must not close it. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the stream to write to; never null; closing it is not needed
		 * @throws IOException when writing fails; the target is then left unchanged
		 */
		void write(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/**
	 * @param target  the file to replace or create; a symbolic link is followed; never null
	 * @param content writes the new content; never null
	 * @throws IOException when the target exists and is not a regular file (a folder, pipe or
	 *                     device), its folder cannot be written, or writing or renaming fails; the
	 *                     target is then unchanged
	 */
	public static void write(Path target, Content content) throws IOException {
		AtomicFiles.replace(target, content::write);
	}

	/**
	 * As {@link #write(Path, Content)}, without keeping the previous file as {@code NAME.bak}: for exports that
	 * are regenerated from the model at will (diagrams), where a backup would only clutter the folder.
	 * Folders missing on the way to the target are created, and removed again when the write fails. Since 1.1.
	 *
	 * @param target  the file to replace or create; a symbolic link is followed; never null
	 * @param content writes the new content; never null
	 * @throws IOException as {@link #write(Path, Content)}; the target is then unchanged
	 */
	public static void writeWithoutBackup(Path target, Content content) throws IOException {
		AtomicFiles.replace(target, content::write, null, false);
	}
}
