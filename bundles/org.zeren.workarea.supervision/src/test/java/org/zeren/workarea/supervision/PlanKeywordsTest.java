package org.zeren.workarea.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.zeren.test.support.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The keywords recognise the supervision items of the real 2017 plan, and only true ones. */
class PlanKeywordsTest {

	private final List<String> keywords = new SupervisionInspectionWorkArea().keywords();

	@Test
	void keywordsAreNormalised() {
		for (String k : keywords) {
			assertEquals(Fixtures.halfWidth(k), k);
			assertFalse(k.isBlank());
		}
	}

	@Test
	void recognisesItemFourAndTheInspectionsOfOtherItems() throws IOException {
		// 4 planned inspections; 6 暗查暗访; 8, 9, 10 speak of the departments' 监督检查
		assertEquals(new TreeSet<>(Set.of(4, 6, 8, 9, 10)), Fixtures.matchedItems(keywords));
	}

	@Test
	void itemFourByItsOwnWords() throws IOException {
		var items = Fixtures.planItems();
		assertEquals(List.of("四不两直", "打非治违", "分类分级", "执法检查", "日常执法", "监督检查", "隐患"),
				keywords.stream().filter(items.get(4)::contains).toList());
		assertEquals(List.of(), keywords.stream().filter(items.get(5)::contains).toList(), "occupational health item");
		assertEquals(List.of(), keywords.stream().filter(items.get(7)::contains).toList(), "standardization item");
	}
}
