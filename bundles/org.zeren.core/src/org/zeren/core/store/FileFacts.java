package org.zeren.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file that failed to parse looks like, found in one streaming pass over its bytes (used only on the
 * failure path): where a DOCTYPE in the prolog starts, where the first NUL byte is, whether there is an element at
 * all, and where the file ends. Positions are 1-based line and column, columns counted in characters of UTF-8.
 */
final class FileFacts {

    /** Position of {@code <!DOCTYPE} in the prolog, or {@code null}. */
    int[] doctype;
    /** Position of the first NUL byte, or {@code null}. */
    int[] nul;
    /** Position of the first byte that is not valid UTF-8, or {@code null}. */
    int[] invalidUtf8;
    /** Whether a {@code <} followed by a letter, {@code _} or a non-ASCII character occurs. */
    boolean hasElement;
    /** Position just after the last character. */
    int[] end = {1, 1};

    private static final int PROLOG_LIMIT = 1 << 16;

    private FileFacts() {
    }

    static FileFacts scan(Path file) {
        FileFacts facts = new FileFacts();
        byte[] head = new byte[PROLOG_LIMIT];
        int headLength = 0;
        int line = 1;
        int column = 1;
        int previous = -1;
        int continuation = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (headLength < head.length) {
                    head[headLength++] = (byte) b;
                }
                if (facts.invalidUtf8 == null) {
                    if (continuation > 0) {
                        continuation = (b & 0xc0) == 0x80 ? continuation - 1 : -1;
                    } else if (b >= 0x80) {
                        continuation = b >= 0xc2 && b <= 0xdf ? 1 : (b & 0xf0) == 0xe0 ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
                    }
                    if (continuation < 0) {
                        facts.invalidUtf8 = new int[] {line, column};
                    }
                }
                if (b == 0 && facts.nul == null) {
                    facts.nul = new int[] {line, column};
                }
                if (previous == '<' && (Character.isLetter(b) || b == '_' || b >= 0x80)) {
                    facts.hasElement = true;
                }
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xc0) != 0x80) {
                    column++;
                }
                previous = b;
            }
        } catch (IOException e) {
            // classify with what was read
        }
        facts.end = new int[] {line, column};
        int doctype = doctypeOffset(head, headLength);
        if (doctype >= 0) {
            facts.doctype = position(head, doctype);
        }
        return facts;
    }

    /** @return the offset of {@code <!DOCTYPE} in the prolog (before the root element), or -1 */
    static int doctypeOffset(byte[] bytes, int length) {
        int i = 0;
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < length) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
            } else if (startsWith(bytes, length, i, "<?")) {
                int end = find(bytes, length, i + 2, "?>");
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (startsWith(bytes, length, i, "<!--")) {
                int end = find(bytes, length, i + 4, "-->");
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (startsWith(bytes, length, i, "<!DOCTYPE")) {
                return i;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int length, int offset, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (offset + p.length > length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (bytes[offset + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static int find(byte[] bytes, int length, int from, String s) {
        for (int i = from; i < length; i++) {
            if (startsWith(bytes, length, i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
