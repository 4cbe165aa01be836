package org.zeren.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads text whose encoding is not declared, as Chinese offices' files come: a byte order mark
 * decides (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF); otherwise the bytes are decoded as
 * strict UTF-8, and when that fails as strict GB18030. GB18030 rather than GBK because it decodes
 * everything GBK and GB2312 do plus the characters GBK lacks (GB 18030-2005); a file that is valid
 * UTF-8 is practically never meant as GB18030, so UTF-8 goes first. Decoding is strict: a byte
 * sequence that is invalid in the chosen encoding is an error, never a replacement character.
 */
public final class TextDecoding {

	private TextDecoding() {
	}

	/**
	 * @param bytes the whole file; never null
	 * @return the text (without the byte order mark) and the encoding recognised; never null
	 * @throws UndecodableTextException when the bytes are invalid in the encoding of their byte
	 *                                  order mark, or, without one, in both UTF-8 and GB18030
	 */
	public static DecodedText decode(byte[] bytes) throws UndecodableTextException {
		TextEncoding bom = bomOf(bytes);
		if (bom != null) {
			int start = bom == TextEncoding.UTF_8_WITH_BOM ? 3 : 2;
			StringBuilder out = new StringBuilder(bytes.length);
			int bad = decode(bytes, start, bom.charset(), out);
			if (bad >= 0) {
				throw new UndecodableTextException(bom, bad, -1);
			}
			return new DecodedText(out.toString(), bom);
		}
		StringBuilder out = new StringBuilder(bytes.length);
		int bad = decode(bytes, 0, TextEncoding.UTF_8.charset(), out);
		if (bad < 0) {
			return new DecodedText(out.toString(), TextEncoding.UTF_8);
		}
		out.setLength(0);
		int badGb = decode(bytes, 0, TextEncoding.GB18030.charset(), out);
		if (badGb < 0) {
			return new DecodedText(out.toString(), TextEncoding.GB18030);
		}
		throw new UndecodableTextException(TextEncoding.UTF_8, bad, badGb);
	}

	/**
	 * @param bytes the start of a file (at least its first 3 bytes when it has them); never null
	 * @return the encoding named by a byte order mark at the start, or null when there is none
	 */
	public static TextEncoding bomOf(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return TextEncoding.UTF_8_WITH_BOM;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return TextEncoding.UTF_16LE_WITH_BOM;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return TextEncoding.UTF_16BE_WITH_BOM;
		}
		return null;
	}

	/**
	 * Decodes strictly.
	 *
	 * @return -1 on success, otherwise the offset of the first byte that cannot be decoded
	 */
	private static int decode(byte[] bytes, int start, Charset charset, StringBuilder out) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer chars = CharBuffer.allocate(bytes.length - start + 16);
		while (true) {
			CoderResult r = decoder.decode(in, chars, true);
			if (r.isError()) {
				return in.position();
			}
			if (r.isOverflow()) {
				chars.flip();
				out.append(chars);
				chars.clear();
				continue;
			}
			break;
		}
		CoderResult r = decoder.flush(chars);
		if (r.isError()) {
			return in.position();
		}
		chars.flip();
		out.append(chars);
		return -1;
	}

	/**
	 * The 1-based line of a byte offset, counting line feeds before it. Exact for UTF-8 and GB18030
	 * (where the byte 0x0A occurs only as a line feed) and for UTF-16 (a line feed is 0x0A next to 0x00).
	 *
	 * @param bytes    the file; never null
	 * @param encoding its encoding; never null
	 * @param offset   a byte offset
	 * @return the line, at least 1
	 */
	public static int lineOf(byte[] bytes, TextEncoding encoding, int offset) {
		int line = 1;
		boolean utf16 = encoding == TextEncoding.UTF_16LE_WITH_BOM || encoding == TextEncoding.UTF_16BE_WITH_BOM;
		int low = encoding == TextEncoding.UTF_16LE_WITH_BOM ? 0 : 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n' && (!utf16 || (i % 2 == low && i + (low == 0 ? 1 : -1) < bytes.length
					&& bytes[i + (low == 0 ? 1 : -1)] == 0))) {
				line++;
			}
		}
		return line;
	}
}
