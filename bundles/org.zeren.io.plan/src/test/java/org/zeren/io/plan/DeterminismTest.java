package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.model.StableIds;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.XmiModelStore;
import org.zeren.model.PlanTask;
import org.zeren.model.WorkPlan;

/** Importing the same plan into equal models gives byte-identical .zeren files. */
class DeterminismTest {

	@TempDir
	Path dir;

	private final XmiModelStore store = new XmiModelStore();

	private byte[] importInto(Path file) throws Exception {
		LoadedModel m = store.create(file, "绿建区安全生产责任体系");
		m.resource().setID(m.model(), "lvjian"); // equal models: the same root identifier
		new PlanImporter(Fixtures.registry()).importPlan(Fixtures.REAL_PLAN, m.model());
		store.save(m);
		return Files.readAllBytes(file);
	}

	@Test
	void twoImportsGiveTheSameFile() throws Exception {
		byte[] a = importInto(dir.resolve("a.zeren"));
		byte[] b = importInto(dir.resolve("b.zeren"));
		assertArrayEquals(a, b);

		LoadedModel loaded = store.load(dir.resolve("a.zeren"));
		WorkPlan plan = loaded.model().getWorkPlans().get(0);
		assertEquals(StableIds.of("plan", "绿建区2017年安全生产工作要点"), loaded.resource().getID(plan));
		assertEquals(LocalDate.of(2017, 2, 23), plan.getIssuedOn());
		PlanTask item5 = plan.getSections().get(2).getTasks().get(0);
		assertEquals(StableIds.of("plan", "绿建区2017年安全生产工作要点", "task:三/5"), loaded.resource().getID(item5));
		assertEquals("职业病防治法", item5.getCitedBases().get(0).getTitle());
		assertEquals(StableIds.of("basis", "职业病防治法"), loaded.resource().getID(item5.getCitedBases().get(0)));
		assertEquals(StableIds.of("workarea", "occupational-health"), loaded.resource().getID(item5.getWorkAreas().get(0)));
	}
}
