package org.zeren.io.plan;

/**
 * How the text of an imported plan was read.
 * <p>
 * Text files are tried in this order: a UTF-8 byte order mark (EF BB BF) means
 * {@link #UTF_8_WITH_BOM}; otherwise the bytes are decoded as strict UTF-8 ({@link #UTF_8}); when
 * that fails, as strict GB18030 ({@link #GB18030}, a superset of GBK and GB2312, the encodings of
 * Chinese Windows). Files named {@code *.docx} are read as Word documents ({@link #DOCX}).
 */
public enum PlanEncoding {

	/** Plain text in UTF-8 without byte order mark. */
	UTF_8("UTF-8"),

	/** Plain text in UTF-8 starting with a byte order mark, as Windows Notepad and Excel write it. */
	UTF_8_WITH_BOM("UTF-8 with BOM"),

	/** Plain text in GB18030 (also reads GBK and GB2312). */
	GB18030("GB18030"),

	/** A Word document (Office Open XML, {@code .docx}); the paragraphs' text is read, one line each. */
	DOCX("Word .docx");

	private final String label;

	PlanEncoding(String label) {
		this.label = label;
	}

	/** @return a short name for people, e.g. {@code UTF-8 with BOM}; never null */
	public String label() {
		return label;
	}
}
