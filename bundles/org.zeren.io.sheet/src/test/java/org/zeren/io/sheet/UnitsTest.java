package org.zeren.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Legal references, dates and headings read the ways offices write them. */
class UnitsTest {

	private static String refs(String cell) {
		StringBuilder b = new StringBuilder();
		for (LegalCitations.Citation c : LegalCitations.parse(cell)) {
			b.append(c.document()).append(c.references().stream()
					.map(r -> r.article() + "." + r.paragraph() + "." + r.item()).toList());
			if (c.note() != null) {
				b.append(" note=").append(c.note());
			}
			b.append(" | ");
		}
		return b.toString();
	}

	@Test
	void legalCellsWithSeveralDocumentsSeparatorsAndNumeralForms() {
		assertEquals("中华人民共和国安全生产法[21.null.1, 21.null.2] | 安全生产培训管理办法[] | ",
				refs("《中华人民共和国安全生产法》第二十一条第（一）项、第（二）项；《安全生产培训管理办法》"));
		assertEquals("安全生产法[21.1.null, 21.2.null, 22.null.null] | 消防法[16.null.null] | ",
				refs("依据安全生产法第二十一条第一款、第二款、第二十二条\n消防法第16条"));
		assertEquals("职业病防治法[] | 江苏省安全生产条例[12.null.3] | ", refs("职业病防治法、江苏省安全生产条例第十二条第（3）项"));
		assertEquals("中华人民共和国安全生产法[114.null.null] note=（2021年修正） | ",
				refs("《中华人民共和国安全生产法》第一百一十四条（2021年修正）"));
		assertEquals("特种设备安全法[57.null.null] | ", refs("《特种设备安全法》第５７条"));
	}

	@Test
	void datesInChineseIsoSlashesAndSerialNumbers() {
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("2017年3月31日"));
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("2017-03-31"));
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("2017/3/31"));
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("２０１７．３．３１"));
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("二〇一七年三月三十一日"));
		assertEquals(LocalDate.of(2017, 3, 31), CellValues.date("42825"));
		assertNull(CellValues.date("立即"));
		assertNull(CellValues.date("2017年2月30日"));
		assertNull(CellValues.date("12345"), "too early for a serial date of a list");
	}

	@Test
	void headingsAreComparedWithoutSpacesMarksAndNotes() {
		assertEquals("序号", ColumnRole.normalise(" 序 号（必填）*"));
		assertEquals(ColumnRole.LEGAL_BASIS, ColumnRole.recognise(ColumnRole.normalise("法律 依据")));
		assertNull(ColumnRole.recognise("责任领导"));
	}
}
