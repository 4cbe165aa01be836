package org.zeren.core.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A warning found while loading a model: the model was loaded, but the user should know something.
 * <p>
 * {@link #toString()} gives {@code FILE:LINE:COLUMN: message}; line and column are 1-based, 0 when
 * unknown.
 *
 * @param kind    what kind of warning; never {@code null}
 * @param file    the file concerned; never {@code null}. For {@link Kind#LEFTOVER_TEMPORARY_FILE} this is
 *                the model file, and the message names the leftover file
 * @param line    1-based line of the first occurrence, 0 when unknown
 * @param column  1-based column of the first occurrence, 0 when unknown
 * @param message what was found and what it means for the user; never {@code null}
 */
public record StoreDiagnostic(Kind kind, Path file, int line, int column, String message) {

    /** Kinds of load warnings. */
    public enum Kind {
        /**
         * Attributes or elements of known classes that this version does not know (e.g. written by a newer
         * version). They are kept and written back unchanged on save.
         */
        UNKNOWN_FEATURE,
        /**
         * Elements whose type belongs to a package that is not installed (e.g. a work-area plugin). They are
         * kept, with their attributes, children and references, and written back at the same place on save,
         * but they are not part of the model's typed lists and cannot be edited.
         */
        UNKNOWN_TYPE,
        /**
         * References of known elements to elements of an unknown type. They are kept and written back on save;
         * the typed reference of the model does not show them.
         */
        REFERENCE_TO_UNKNOWN,
        /**
         * Attribute values this version cannot read (e.g. an enumeration literal added by a newer version). The
         * attribute is left unset in the model; the text is kept and written back on save unless the attribute
         * is set in the meantime.
         */
        UNKNOWN_VALUE,
        /** A temporary file of an interrupted save lies next to the model file; it was not loaded. */
        LEFTOVER_TEMPORARY_FILE,
        /**
         * Another program (or another command) was saving the model file while it was read: the version read is
         * the one before that save, and a save of this model will be refused once that save has replaced the
         * file. Since 1.1.
         */
        SAVE_IN_PROGRESS
    }

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException when kind, file or message is {@code null}
     */
    public StoreDiagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** @return {@code FILE:LINE:COLUMN: message} */
    @Override
    public String toString() {
        return ModelStoreException.format(file, line, column, message);
    }
}
