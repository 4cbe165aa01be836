package org.zeren.workarea.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.zeren.test.support.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The keywords recognise the responsibility-system items of the real 2017 plan, and only true ones. */
class PlanKeywordsTest {

	private final List<String> keywords = new ResponsibilitySystemWorkArea().keywords();

	@Test
	void keywordsAreNormalised() {
		for (String k : keywords) {
			assertEquals(Fixtures.halfWidth(k), k, "keywords are matched after half-width normalisation");
			assertFalse(k.isBlank());
		}
	}

	@Test
	void recognisesItemsOneToThreeOfThePlan() throws IOException {
		// 1 党政同责, 2 两张清单, 3 一必须五到位; 4 also speaks of 督查企业安全生产主体责任落实状况
		assertEquals(new TreeSet<>(Set.of(1, 2, 3, 4)), Fixtures.matchedItems(keywords));
	}

	@Test
	void eachItemByItsOwnWords() throws IOException {
		var items = Fixtures.planItems();
		assertEquals(List.of("党政同责", "一岗双责", "失职追责", "一票否决", "行政问责", "约谈"),
				keywords.stream().filter(items.get(1)::contains).toList());
		assertEquals(List.of("两张清单", "权力和责任", "管行业必须管安全", "监管责任"),
				keywords.stream().filter(items.get(2)::contains).toList());
		assertEquals(List.of("一必须五到位", "安全生产主体责任"), keywords.stream().filter(items.get(3)::contains).toList());
		assertEquals(List.of(), keywords.stream().filter(items.get(5)::contains).toList(),
				"occupational health (职业病防治主体责任) is not this work area's item");
	}
}
