package org.zeren.workarea.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.zeren.test.support.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The keywords recognise items 1 and 10 of the real 2017 plan and nothing else. */
class PlanKeywordsTest {

	private final List<String> keywords = new AppraisalWorkArea().keywords();

	@Test
	void keywordsAreNormalised() {
		for (String k : keywords) {
			assertEquals(Fixtures.halfWidth(k), k);
			assertFalse(k.isBlank());
		}
	}

	@Test
	void recognisesItemsOneAndTen() throws IOException {
		assertEquals(new TreeSet<>(Set.of(1, 10)), Fixtures.matchedItems(keywords));
	}

	@Test
	void eachItemByItsOwnWords() throws IOException {
		var items = Fixtures.planItems();
		assertEquals(List.of("责任目标考核", "考核指标", "过程考核", "结果考核", "一票否决"),
				keywords.stream().filter(items.get(1)::contains).toList());
		assertEquals(List.of("长效管理考核", "安全管理工作考核", "评先评优", "考评"),
				keywords.stream().filter(items.get(10)::contains).toList());
		assertEquals(List.of(), keywords.stream().filter(items.get(8)::contains).toList(),
				"item 8 (training, 持证上岗) is not appraisal");
	}
}
