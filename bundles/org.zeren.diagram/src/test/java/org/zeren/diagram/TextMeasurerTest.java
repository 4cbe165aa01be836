package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeren.diagram.layout.TextMeasurer;
import org.zeren.diagram.layout.TextMeasurer.Wrapped;

/**
 * Line breaking of labels, measured without a font (Chinese 1 em, other characters 0.55 em) so that the expected
 * lines can be counted by hand.
 */
class TextMeasurerTest {

	private final TextMeasurer m = TextMeasurer.approximate();

	@Test
	void chineseBreaksBetweenCharactersAndLinesAreBalanced() {
		// 10 characters in lines of at most 8: greedy would give 8 + 2, balanced gives 5 + 5
		Wrapped w = m.wrap("落实安全生产主体责任", 10, 80, 6);
		assertEquals(List.of("落实安全生", "产主体责任"), w.lines());
		assertFalse(w.truncated());
	}

	@Test
	void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
		// 4 characters fit; the comma after them stays on the first line
		assertEquals(List.of("一二三四，", "五六"), m.wrap("一二三四，五六", 10, 40, 6).lines());
		// the opening bracket goes with the word it opens
		assertEquals(List.of("一二三", "《四五》"), m.wrap("一二三《四五》", 10, 40, 6).lines());
	}

	@Test
	void latinWordsAndCodesStayWholeUnlessLongerThanALine() {
		// 依据 (2 em) + space + GB/T (2.2 em) fit into 9 em; 33000-2016 (5.5 em) does not fit after them
		Wrapped w = m.wrap("依据 GB/T 33000-2016 开展", 10, 90, 6);
		assertEquals(List.of("依据 GB/T", "33000-2016 开展"), w.lines(), "spaces at the break are not drawn");
		Wrapped longWord = m.wrap("https://example.org/a-very-long-address-without-any-space", 10, 60, 20);
		longWord.lines().forEach(l -> assertTrue(m.width(l, 10) <= 60.01, l));
		assertEquals("https://example.org/a-very-long-address-without-any-space", String.join("", longWord.lines()));
	}

	@Test
	void textBeyondTheAllowedLinesEndsWithAnEllipsis() {
		Wrapped w = m.wrap("一二三四五六七八九十一二三四五六七八九十", 10, 50, 2);
		assertEquals(List.of("一二三四五", "六七八九…"), w.lines());
		assertTrue(w.truncated());
		assertEquals(List.of(), m.wrap("", 10, 50, 2).lines());
		assertEquals(List.of(), m.wrap(null, 10, 50, 2).lines());
	}
}
