package org.zeren.core.text;

/**
 * The bytes are in none of the encodings {@link TextDecoding} reads. The offsets say where each
 * decoding failed, so that importers can name the line.
 */
public class UndecodableTextException extends Exception {

	private static final long serialVersionUID = 1L;

	private final TextEncoding tried;
	private final int offset;
	private final int gb18030Offset;

	/**
	 * @param tried         the encoding that was tried first and failed: {@link TextEncoding#UTF_8} or,
	 *                      when the bytes start with a byte order mark, that mark's encoding
	 * @param offset        the 0-based offset (in the whole byte array, byte order mark included) of
	 *                      the first byte that is invalid in {@code tried}
	 * @param gb18030Offset the offset of the first byte invalid in GB18030, or -1 when GB18030 was not
	 *                      tried (a file with a byte order mark is not read in another encoding)
	 */
	public UndecodableTextException(TextEncoding tried, int offset, int gb18030Offset) {
		super("invalid " + tried.label() + " at byte " + (offset + 1)
				+ (gb18030Offset >= 0 ? ", invalid GB18030 at byte " + (gb18030Offset + 1) : ""));
		this.tried = tried;
		this.offset = offset;
		this.gb18030Offset = gb18030Offset;
	}

	/** @return the encoding tried first; never null */
	public TextEncoding tried() {
		return tried;
	}

	/** @return the 0-based offset of the first byte invalid in {@link #tried()} */
	public int offset() {
		return offset;
	}

	/** @return the 0-based offset of the first byte invalid in GB18030, or -1 when it was not tried */
	public int gb18030Offset() {
		return gb18030Offset;
	}

	/** @return the larger of both offsets: how far the better decoding got */
	public int furthestOffset() {
		return Math.max(offset, gb18030Offset);
	}
}
