package org.zeren.core.text;

import java.util.Objects;

/**
 * The text of a file and the encoding it was read in.
 *
 * @param text     the decoded text without byte order mark; never null
 * @param encoding the encoding recognised; never null
 */
public record DecodedText(String text, TextEncoding encoding) {

	/** @throws NullPointerException when text or encoding is null */
	public DecodedText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(encoding, "encoding");
	}
}
