package org.zeren.workarea.standardization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.zeren.test.support.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The keywords recognise item 7 of the real 2017 plan and nothing else. */
class PlanKeywordsTest {

	private final List<String> keywords = new StandardizationWorkArea().keywords();

	@Test
	void keywordsAreNormalised() {
		for (String k : keywords) {
			assertEquals(Fixtures.halfWidth(k), k);
			assertFalse(k.isBlank());
		}
	}

	@Test
	void recognisesOnlyItemSeven() throws IOException {
		assertEquals(new TreeSet<>(Set.of(7)), Fixtures.matchedItems(keywords));
	}

	@Test
	void itemSevenByItsOwnWordsAndNotTheOccupationalHealthItem() throws IOException {
		var items = Fixtures.planItems();
		assertEquals(List.of("GB/T 33000", "安全生产标准化", "小微企业标准化", "标准化运行质量", "标准化复审", "标准化"),
				keywords.stream().filter(items.get(7)::contains).toList());
		assertEquals(List.of(), keywords.stream().filter(items.get(5)::contains).toList(), "item 5 is occupational health");
		assertEquals(List.of(), keywords.stream().filter(items.get(8)::contains).toList(), "item 8 is training");
	}
}
