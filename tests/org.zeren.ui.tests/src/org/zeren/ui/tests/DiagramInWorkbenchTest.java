package org.zeren.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramService;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.diagram.DiagramView;
import org.zeren.ui.diagram.DiagramViewer;
import org.zeren.ui.diagram.ExportDiagramJob;
import org.zeren.ui.explorer.ModelExplorerView;
import org.zeren.ui.model.ModelSession;

/**
 * The workbench with the diagram bundle: selecting a duty in the explorer shows its responsibility chain in the
 * Diagram view, which exports it as SVG with the Chinese labels as text.
 */
class DiagramInWorkbenchTest {

	@TempDir
	Path folder;

	@AfterEach
	void close() throws Exception {
		Workbench.onUi(() -> ModelSession.get().close());
	}

	@Test
	void selectingADutyShowsItsChainAndTheChainExportsAsSvg() throws Exception {
		Path model = folder.resolve("lvjian-2017.zeren");
		Files.copy(Path.of("../../examples/lvjian-2017.zeren"), model, StandardCopyOption.REPLACE_EXISTING);
		Path svg = folder.resolve("chain.svg");
		Workbench.onUi(() -> {
			ModelSession session = ModelSession.get();
			session.close();
			session.open(model);
			Ui.waitUntil("the example to open", 30_000, () -> session.model() != null && session.model().file().equals(model));
			Duty duty = null;
			for (DutyList l : session.root().getDutyLists()) {
				for (Duty d : l.getDuties()) {
					if ("RS-C-01".equals(d.getCode()) && duty == null) {
						duty = d;
					}
				}
			}
			DiagramView diagram = Ui.view(DiagramView.ID, DiagramView.class);
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			Ui.page().activate(explorer);
			explorer.reveal(List.of(duty));
			DiagramViewer viewer = diagram.getViewer();
			String title = duty.getTitle();
			Ui.waitUntil("the diagram of the duty's chain", 30_000, () -> viewer.isCurrent() && viewer.getScene() != null
					&& viewer.getGraph().title().contains(title));
			Ui.screenshot("09-chain-diagram");
			ExportDiagramJob job = new ExportDiagramJob(new DiagramService(ZerenUiPlugin.get().workAreaRegistry()),
					viewer.getGraph(), viewer.getScene(), DiagramFormat.SVG, svg, DiagramViewer.defaultOptions());
			job.schedule();
			Ui.waitUntil("the export job", 30_000, () -> job.getState() == Job.NONE && job.getResult() != null);
			assertTrue(job.getResult().isOK(), job.getResult().toString());
		});
		String text = Files.readString(svg);
		assertTrue(text.contains("统筹协调本辖区安全生产工作"), "the duty's title is text in the SVG");
	}
}
