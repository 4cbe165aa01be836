package org.zeren.core.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A model file could not be loaded or saved.
 * <p>
 * The message of a load failure always has the shape {@code FILE:LINE:COLUMN: what is wrong}, e.g.
 * {@code /data/district.zeren:2:10: DOCTYPE declarations are not allowed (they can read local files
 * or expand entities)}, so that it can be shown to a user as it is and read by editors that jump to
 * a position. Line and column are 1-based; 0 means unknown (then they still appear as {@code 0} in
 * the message). A save failure has no position in a file: its message is {@code FILE: what is wrong},
 * e.g. {@code /data/district.zeren: not saved, the file was not changed: cannot write in folder /data
 * (permission denied)}, and {@link #line()} and {@link #column()} are 0.
 * <p>
 * A failed load never changes the file on disk. A failed save leaves the previous file untouched
 * and removes its temporary file.
 */
public class ModelStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem made the load or save fail. */
    public enum Problem {
        /** The file does not exist (and no leftover temporary file of a save was found either). */
        NOT_FOUND,
        /**
         * The file does not exist, but a temporary file of an interrupted save does. The message names
         * the temporary file; it is never loaded silently.
         */
        ONLY_TEMPORARY_FILE,
        /** The file has zero bytes. */
        EMPTY,
        /** The file ends before the XML document does (cut off while being written or copied). */
        TRUNCATED,
        /** The file is not well-formed XML (binary data, NUL bytes, another format). */
        NOT_XML,
        /** The file has a DOCTYPE declaration, entity declarations or external entities; these are refused. */
        DOCTYPE_NOT_ALLOWED,
        /** The file is XML but its root is not a model of the expected class and namespace. */
        WRONG_ROOT,
        /** Two elements have the same {@code xmi:id}. */
        DUPLICATE_ID,
        /** A reference names an {@code xmi:id} that no element of the file has. */
        DANGLING_REFERENCE,
        /**
         * A reference points into another file or resource ({@code href} or a reference attribute with a URI, such
         * as {@code other.zeren#id}, {@code file:///etc/passwd#x} or {@code http://host/x#y}). A model file is
         * self-contained: every reference points to an element of the same file. The other resource is never
         * opened.
         */
        EXTERNAL_REFERENCE,
        /** Any other content the loader cannot accept (the message says what). */
        INVALID_CONTENT,
        /** The model cannot be saved as it is, e.g. it refers to an element that is no longer in the model. */
        UNSAVABLE_MODEL,
        /**
         * The path exists but is not a regular file (a folder, a named pipe, a device, a socket); it is neither
         * read nor replaced. A symbolic link to a regular file is fine.
         */
        NOT_REGULAR_FILE,
        /** Reading or writing failed in the file system (permissions, disk full, ...). */
        IO_ERROR,
        /**
         * Not saved because the file on disk is no longer the version the model was loaded from (or last saved
         * to): another program or another Zeren command replaced it meanwhile, and saving would silently throw its
         * changes away. Nothing was written.
         */
        CHANGED_ON_DISK
    }

    private final transient Path file;
    private final int line;
    private final int column;
    private final Problem problem;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param file    the file that could not be loaded or saved; not {@code null}
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param problem the kind of problem; not {@code null}
     * @param detail  what is wrong, without the {@code FILE:LINE:COL:} prefix; not {@code null}
     * @param cause   the underlying exception, or {@code null}
     */
    public ModelStoreException(Path file, int line, int column, Problem problem, String detail, Throwable cause) {
        this(format(file, line, column, detail), file, line, column, problem, detail, cause);
    }

    private ModelStoreException(String message, Path file, int line, int column, Problem problem, String detail,
            Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * Creates an exception without a cause.
     *
     * @see #ModelStoreException(Path, int, int, Problem, String, Throwable)
     */
    public ModelStoreException(Path file, int line, int column, Problem problem, String detail) {
        this(file, line, column, problem, detail, null);
    }

    /**
     * Creates the exception of a failed save: its message is {@code FILE: detail}, without a position.
     *
     * @param file    the file that could not be saved; not {@code null}
     * @param problem the kind of problem; not {@code null}
     * @param detail  what is wrong, without the {@code FILE:} prefix; not {@code null}
     * @param cause   the underlying exception, or {@code null}
     * @return the exception; line and column are 0
     */
    static ModelStoreException saveFailure(Path file, Problem problem, String detail, Throwable cause) {
        return new ModelStoreException(file + ": " + detail, file, 0, 0, problem, detail, cause);
    }

    static String format(Path file, int line, int column, String detail) {
        return file + ":" + Math.max(0, line) + ":" + Math.max(0, column) + ": " + detail;
    }

    /** @return the file that could not be loaded or saved, as it was given to the store; never {@code null} */
    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the problem, 0 when unknown */
    public int column() {
        return column;
    }

    /** @return the kind of problem; never {@code null} */
    public Problem problem() {
        return problem;
    }

    /** @return what is wrong, without the {@code FILE:LINE:COL:} (or, for a save, {@code FILE:}) prefix; never {@code null} */
    public String detail() {
        return detail;
    }
}
