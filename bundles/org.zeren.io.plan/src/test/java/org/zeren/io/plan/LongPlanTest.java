package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.PlanTask;

/**
 * Plans with thousands of items (a user test: items 1..5010 with one number skipped). The sequence
 * check moves on after a gap, items beyond 999 are items, and warnings of one kind are capped at
 * {@link PlanImportWarning#MAX_PER_KIND} with one "… N more" line.
 */
class LongPlanTest {

	@TempDir
	Path dir;

	/** 绿建区2017年安全生产工作要点 with one section holding items 1..last, except those {@code skip} accepts. */
	private PlanImportResult importItems(int last, IntPredicate skip) throws Exception {
		StringBuilder text = new StringBuilder("绿建区2017年安全生产工作要点\n一、强化安全生产责任落实\n");
		for (int i = 1; i <= last; i++) {
			if (!skip.test(i)) {
				text.append(i).append("、做好第").append(i).append("项工作。\n");
			}
		}
		Path file = Files.writeString(dir.resolve("long-plan.txt"), text, StandardCharsets.UTF_8);
		return new PlanImporter(Fixtures.registry()).importPlan(file, Fixtures.newModel());
	}

	@Test
	void oneSkippedNumberAmongFiveThousandItemsGivesOneWarning() throws Exception {
		PlanImportResult r = importItems(5010, i -> i == 12);
		assertEquals(List.of("line 14: 条目序号“13”不连续，应为“12” / item number 13 is out of sequence, expected 12"),
				r.warnings().stream().map(PlanImportWarning::toString).toList());
		List<PlanTask> tasks = r.plan().getSections().get(0).getTasks();
		assertEquals(5009, tasks.size());
		assertEquals("5010", tasks.get(tasks.size() - 1).getNumber());
		assertEquals("做好第1000项工作。", tasks.get(998).getText(), "item 1000 is an item, not text of item 999");
	}

	@Test
	void warningsOfOneKindAreCappedWithOneLineForTheRest() throws Exception {
		// every third number missing from 1..150: 49 gaps followed by an item (150 is the last number)
		PlanImportResult r = importItems(150, i -> i % 3 == 0);
		List<String> warnings = r.warnings().stream().map(PlanImportWarning::toString).toList();
		assertEquals(21, warnings.size(), String.join("\n", warnings));
		assertEquals("line 5: 条目序号“4”不连续，应为“3” / item number 4 is out of sequence, expected 3", warnings.get(0));
		assertEquals("line 43: 条目序号“61”不连续，应为“60” / item number 61 is out of sequence, expected 60",
				warnings.get(19));
		assertEquals("line 45: …… 另有 29 条同类警告（条目序号不连续），从此行起未逐条列出 / … 29 more warnings of this kind "
				+ "(item number out of sequence) from this line on, not listed", warnings.get(20));
		assertEquals(PlanImportWarning.Kind.MORE, r.warnings().get(20).kind());
		assertEquals(100, r.plan().getSections().get(0).getTasks().size());
	}
}
