package org.zeren.ui.diagram.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.test.support.GeneratedChains;
import org.zeren.ui.diagram.DiagramViewer;

/**
 * Prints how long the diagram view takes to open a diagram: building the graph from the model (display thread),
 * the layout job (font, ELK, scene) and the first paint of the window (about 1000 x 700 pixels, the diagram fitted
 * to it, so every box is drawn; painted into an image of the window's size), for the example's biggest chain, its organisation map and generated chains of 1,000 and
 * 5,000 duties. First run and best of three. Run with
 * {@code ./build -Pbenchmark -Dtest=DiagramViewBenchmark -pl ...,tests/org.zeren.ui.diagram.tests verify}.
 */
class DiagramViewBenchmark {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private static final int RUNS = 3;

	private record Timing(double build, double layout, double paint, double total) {
	}

	@Test
	void diagramOpenTimes() throws Exception {
		List<String> rows = new ArrayList<>();
		try (DiagramHarness h = new DiagramHarness()) {
			ResponsibilityModel example = h.openExample();
			ChainRef biggest = new DiagramService().chains(example).stream()
					.max(Comparator.comparingInt(ChainRef::duties)).orElseThrow();
			rows.add(measure(h, "example: biggest chain " + biggest.id() + " (" + biggest.duties() + " duties)",
					DiagramKind.CHAIN, biggest.root()));
			rows.add(measure(h, "example: organisation map", DiagramKind.ORGANISATION, null));
			for (int duties : new int[] { 1000, 5000 }) {
				ResponsibilityModel model = generated(duties);
				int before = h.scenes.get();
				h.viewer.setKind(DiagramKind.CHAIN);
				h.viewer.setInput(model);
				h.awaitScene(before);
				rows.add(measure(h, "generated chain of " + duties + " duties", DiagramKind.CHAIN,
						model.getDutyLists().get(0).getDuties().get(0)));
			}
		}
		System.out.println();
		System.out.println("Diagram view: open time = graph built on the display thread + layout job + first paint of a "
				+ "1000x700 window fitted to the diagram; ms, first run / best of " + RUNS);
		System.out.printf(Locale.ROOT, "%-58s %15s %15s %15s %15s%n", "diagram", "build", "layout", "paint", "open");
		rows.forEach(System.out::println);
		System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")");
	}

	private static String measure(DiagramHarness h, String name, DiagramKind kind, EObject root) {
		List<Timing> runs = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			int before = h.scenes.get();
			long t0 = System.nanoTime();
			if (i == 0 && (h.viewer.getKind() != kind || h.viewer.getRoot() != root)) {
				h.viewer.setKind(kind);
				h.viewer.setRoot(root);
			} else {
				h.viewer.refresh();
			}
			h.awaitSceneQuietly(before);
			h.viewer.getCanvas().fit();
			// GTK 3 paints on its frame clock, so Control.update() may return before painting: time the same painter
			// drawing the whole window into an image instead
			long p0 = System.nanoTime();
			h.viewer.getCanvas().snapshot();
			long end = System.nanoTime();
			runs.add(new Timing(h.viewer.getBuildNanos() / 1e6, h.viewer.getLayoutNanos() / 1e6, (end - p0) / 1e6,
					(end - t0) / 1e6));
		}
		Timing first = runs.get(0);
		Timing best = new Timing(runs.stream().mapToDouble(Timing::build).min().orElseThrow(),
				runs.stream().mapToDouble(Timing::layout).min().orElseThrow(),
				runs.stream().mapToDouble(Timing::paint).min().orElseThrow(),
				runs.stream().mapToDouble(Timing::total).min().orElseThrow());
		int boxes = h.viewer.getScene().allNodes().size();
		return String.format(Locale.ROOT, "%-58s %15s %15s %15s %15s", name + ", " + boxes + " boxes",
				pair(first.build(), best.build()), pair(first.layout(), best.layout()), pair(first.paint(), best.paint()),
				pair(first.total(), best.total()));
	}

	private static String pair(double first, double best) {
		return String.format(Locale.ROOT, "%.0f / %.0f", first, best);
	}

	/**
	 * A chain of the given number of duties ({@link GeneratedChains#district}, as in {@code org.zeren.diagram}'s
	 * benchmark): committee duty, departments, supervised enterprises, their posts.
	 */
	static ResponsibilityModel generated(int duties) {
		ResponsibilityModel model = F.createResponsibilityModel();
		model.setName("生成的模型（" + duties + " 项）");
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("generated.zeren"));
		resource.getContents().add(model);
		new ResourceSetImpl().getResources().add(resource);
		GeneratedChains.district(model, duties);
		return model;
	}
}
