package org.zeren.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Encoding detection, Chinese numerals and name normalisation shared by the importers. */
class TextDecodingTest {

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}

	@Test
	void byteOrderMarksDecideElseStrictUtf8ElseGb18030() throws Exception {
		String text = "序号\t事项内容\n1\t检查𠀀";
		assertEquals(new DecodedText(text, TextEncoding.UTF_8), TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8)));
		assertEquals(new DecodedText(text, TextEncoding.UTF_8_WITH_BOM),
				TextDecoding.decode(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8))));
		assertEquals(new DecodedText(text, TextEncoding.UTF_16LE_WITH_BOM),
				TextDecoding.decode(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE))));
		assertEquals(new DecodedText(text, TextEncoding.UTF_16BE_WITH_BOM),
				TextDecoding.decode(concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE))));
		// 𠀀 (U+20000) is in GB18030 but not in GBK
		assertEquals(new DecodedText(text, TextEncoding.GB18030), TextDecoding.decode(text.getBytes(Charset.forName("GB18030"))));
	}

	@Test
	void bytesInNoEncodingNameWhereEachDecodingFailed() {
		byte[] bytes = { 'a', '\n', 'b', (byte) 0xFF, (byte) 0xFF };
		UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoding.decode(bytes));
		assertEquals(3, e.offset());
		assertEquals(3, e.gb18030Offset());
		assertEquals(2, TextDecoding.lineOf(bytes, TextEncoding.UTF_8, e.furthestOffset()));
	}

	@Test
	void chineseNumeralsBothWays() {
		for (int n = 1; n <= 999; n++) {
			assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), ChineseNumerals.format(n));
		}
		assertEquals("一百一十四", ChineseNumerals.format(114));
		assertEquals("一百零五", ChineseNumerals.format(105));
		assertEquals("二十三", ChineseNumerals.format(23));
		assertEquals(2017, ChineseNumerals.parseDigits("二〇一七"));
		assertEquals(57, ChineseNumerals.parseAny("５７"));
		assertEquals(-1, ChineseNumerals.parse("十十"));
	}

	@Test
	void namesAndCodesAreNormalisedTextIsNot() {
		assertEquals("Q-01", ChineseText.normaliseName("\u200BＱ－０１\u3000"));
		assertEquals("应急 管理局", ChineseText.normaliseName("应急\u00A0\u00A0管理局\uFEFF"));
		assertEquals("序号", ChineseText.trim("\u3000序号\u200B "));
	}
}
