package org.zeren.core.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding a text file was read in by {@link TextDecoding}, with a label for people.
 */
public enum TextEncoding {

	/** UTF-8 without byte order mark. */
	UTF_8("UTF-8", StandardCharsets.UTF_8),

	/** UTF-8 starting with the byte order mark EF BB BF, as Windows Notepad and Excel ("CSV UTF-8") write it. */
	UTF_8_WITH_BOM("UTF-8 with BOM", StandardCharsets.UTF_8),

	/** UTF-16 little-endian starting with the byte order mark FF FE (Excel's "Unicode text"). */
	UTF_16LE_WITH_BOM("UTF-16LE with BOM", StandardCharsets.UTF_16LE),

	/** UTF-16 big-endian starting with the byte order mark FE FF. */
	UTF_16BE_WITH_BOM("UTF-16BE with BOM", StandardCharsets.UTF_16BE),

	/** GB18030, a superset of GBK and GB2312 (plain CSV saved by Excel on Chinese Windows is GBK). */
	GB18030("GB18030", Charset.forName("GB18030"));

	private final String label;
	private final Charset charset;

	TextEncoding(String label, Charset charset) {
		this.label = label;
		this.charset = charset;
	}

	/** @return a short name for people, e.g. {@code UTF-8 with BOM}; never null */
	public String label() {
		return label;
	}

	/** @return the character set of the text after the byte order mark; never null */
	public Charset charset() {
		return charset;
	}
}
