package org.zeren.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.diagram.layout.DiagramLayouter;
import org.zeren.diagram.scene.Box;
import org.zeren.diagram.scene.Point;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.diagram.scene.TextBlock;
import org.zeren.diagram.scene.TextLine;
import org.zeren.model.Duty;
import org.zeren.model.Party;
import org.zeren.model.PlanTask;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenPackage;
import org.zeren.ui.diagram.canvas.DiagramCanvas;

/**
 * What a user sees and does in the diagram view, on the example model of the real 2017 plan: the first
 * responsibility chain drawn, boxes clicked, zoom and pan, an edit followed, other parts' selection shown.
 */
class DiagramViewerTest {

	private DiagramHarness h;
	private ResponsibilityModel model;
	private List<ChainRef> chains;

	@BeforeEach
	void open() throws Exception {
		h = new DiagramHarness();
		model = h.openExample();
		chains = new DiagramService().chains(model);
	}

	@AfterEach
	void close() {
		h.close();
	}

	private SceneNode nodeOf(EObject element) {
		for (SceneNode n : h.viewer.getScene().allNodes()) {
			if (n.source().element() == element) {
				return n;
			}
		}
		return null;
	}

	private static void send(DiagramCanvas canvas, int type, int button, int x, int y, int stateMask, int count) {
		Event e = new Event();
		e.button = button;
		e.x = x;
		e.y = y;
		e.stateMask = stateMask;
		e.count = count;
		canvas.getControl().notifyListeners(type, e);
	}

	@Test
	void opensOnTheFirstChainWithEveryDutyOfIt() throws Exception {
		assertEquals(36, chains.size(), "the example's chains, as `zeren diagram --all-chains` exports them");
		ChainRef first = chains.get(0);
		assertSame(first.root(), h.viewer.getGraph().nodeOf(first.root()).element());
		long duties = h.viewer.getScene().allNodes().stream().filter(n -> n.source().element() instanceof Duty).count();
		assertEquals(first.duties(), duties, "every duty of chain " + first.id() + " has a box");
		assertEquals(DiagramKind.CHAIN, h.viewer.getKind());
		h.screenshot("chain-first");
		h.windowScreenshot("chain-first-window");
	}

	@Test
	void clickingABoxSelectsItsDutyAndTheEmptyPageSelectsNothing() throws Exception {
		Duty duty = chains.get(0).root();
		DiagramCanvas canvas = h.viewer.getCanvas();
		SceneNode node = nodeOf(duty);
		canvas.reveal(node);
		org.eclipse.swt.graphics.Point p = canvas.toControl(node.bounds().centre());
		assertSame(duty, canvas.nodeAt(p.x, p.y).source().element(), "hit test at the centre of the duty's box");

		send(canvas, SWT.MouseHover, 0, p.x, p.y, 0, 0);
		assertEquals(node.source().caption() + "\n" + duty.getTitle().strip(), canvas.getControl().getToolTipText(),
				"hovering shows the full label");

		List<ISelection> told = new ArrayList<>();
		h.viewer.addSelectionChangedListener(e -> told.add(e.getSelection()));
		send(canvas, SWT.MouseDown, 1, p.x, p.y, 0, 1);
		send(canvas, SWT.MouseUp, 1, p.x, p.y, 0, 1);
		assertEquals(1, told.size());
		assertSame(duty, ((IStructuredSelection) told.get(0)).getFirstElement());
		assertSame(duty, h.viewer.getSelection().getFirstElement());
		assertEquals(List.of(node), canvas.getHighlighted());
		h.screenshot("chain-duty-selected");

		canvas.fit();
		org.eclipse.swt.graphics.Point margin = canvas.toControl(new Point(3, 3));
		assertNull(canvas.nodeAt(margin.x, margin.y));
		send(canvas, SWT.MouseDown, 1, margin.x, margin.y, 0, 1);
		send(canvas, SWT.MouseUp, 1, margin.x, margin.y, 0, 1);
		assertEquals(2, told.size());
		assertTrue(told.get(1).isEmpty(), "a click on the empty page selects nothing");
		assertEquals(List.of(), canvas.getHighlighted());
	}

	@Test
	void zoomFitAndPanChangeTheVisibleAreaAsExpected() throws Exception {
		DiagramCanvas canvas = h.viewer.getCanvas();
		Scene scene = h.viewer.getScene();
		Rectangle client = canvas.getControl().getClientArea();

		canvas.fit();
		double fit = Math.min(client.width / scene.width(), client.height / scene.height());
		assertEquals(fit, canvas.getZoom(), 1e-12);
		assertTrue(canvas.visibleArea().contains(scene.page(), 1e-6), "the whole page is in view after fit");
		h.screenshot("chain-fit");

		canvas.setZoom(1);
		canvas.scrollBy(-100_000, -100_000);
		assertEquals(new Box(0, 0, client.width, client.height), canvas.visibleArea());
		canvas.zoomIn();
		assertEquals(1.25, canvas.getZoom(), 1e-12);
		assertEquals(client.width / 1.25, canvas.visibleArea().width(), 1e-9);
		assertEquals(client.height / 1.25, canvas.visibleArea().height(), 1e-9);
		canvas.zoomOut();
		assertEquals(1, canvas.getZoom(), 1e-12);

		// Ctrl+wheel zooms around the pointer: the page point under it stays under it
		assertTrue(scene.width() * 1.25 - client.width >= 300 * 0.25 && scene.height() * 1.25 - client.height >= 0,
				"precondition: the chain is larger than the window");
		canvas.scrollBy(-100_000, -100_000);
		Point under = canvas.toScene(300, 200);
		send(canvas, SWT.MouseVerticalWheel, 0, 300, 200, SWT.MOD1, 1);
		assertEquals(1.25, canvas.getZoom(), 1e-12);
		Point after = canvas.toScene(300, 200);
		assertEquals(under.x(), after.x(), 1e-9);
		assertEquals(under.y(), after.y(), 1e-9);

		// dragging the page pans it and selects nothing
		canvas.setZoom(1);
		canvas.scrollBy(-100_000, -100_000);
		List<ISelection> told = new ArrayList<>();
		h.viewer.addSelectionChangedListener(e -> told.add(e.getSelection()));
		send(canvas, SWT.MouseDown, 1, 500, 300, 0, 1);
		send(canvas, SWT.MouseMove, 0, 450, 280, 0, 0);
		send(canvas, SWT.MouseMove, 0, 400, 300, 0, 0);
		send(canvas, SWT.MouseUp, 1, 400, 300, 0, 1);
		assertEquals(100, canvas.visibleArea().x(), 1e-9, "dragged 100 pixels to the left at 100 %");
		assertEquals(0, canvas.visibleArea().y(), 1e-9);
		assertEquals(100, canvas.getControl().getHorizontalBar().getSelection());
		assertEquals(List.of(), told);
	}

	@Test
	void aRenamedDutyIsRedrawnAndUndoBringsTheOldNameBack() throws Exception {
		Duty duty = chains.get(0).root();
		String old = duty.getTitle();
		DiagramCanvas canvas = h.viewer.getCanvas();
		canvas.setZoom(1);
		canvas.reveal(nodeOf(duty));
		double zoom = canvas.getZoom();
		Box visible = canvas.visibleArea();
		ImageData before = canvas.snapshot();

		String renamed = "统筹协调测试改名";
		int scenes = h.scenes.get();
		Command rename = SetCommand.create(h.domain, duty, ZerenPackage.Literals.DUTY__TITLE, renamed);
		h.domain.getCommandStack().execute(rename);
		h.awaitScene(scenes);
		SceneNode node = nodeOf(duty);
		assertEquals(renamed, node.title().text(), "the box shows the new title");
		assertEquals(zoom, canvas.getZoom(), 0, "an edit keeps the zoom");
		assertEquals(visible.x(), canvas.visibleArea().x(), 1, "an edit keeps the scroll position");
		ImageData after = h.screenshot("chain-renamed");
		assertTrue(differingPixels(before, after, canvas, node.title()) > 20, "the label's pixels changed");

		scenes = h.scenes.get();
		h.domain.getCommandStack().undo();
		h.awaitScene(scenes);
		assertEquals(old, duty.getTitle());
		assertEquals(old.strip(), h.viewer.getGraph().nodeOf(duty).label(), "undo shows the old title again");

		// a burst of edits is laid out once
		scenes = h.scenes.get();
		for (int i = 1; i <= 3; i++) {
			h.domain.getCommandStack().execute(SetCommand.create(h.domain, duty, ZerenPackage.Literals.DUTY__TITLE, renamed + i));
		}
		h.awaitScene(scenes);
		h.spin(() -> false, 2 * org.zeren.ui.diagram.DiagramViewer.DEBOUNCE_MILLIS + 200);
		assertEquals(scenes + 1, h.scenes.get(), "three quick edits, one new layout");
		assertEquals(renamed + 3, nodeOf(duty).title().text());
	}

	private static int differingPixels(ImageData a, ImageData b, DiagramCanvas canvas, TextBlock block) {
		Rectangle r = pixels(canvas, block);
		int count = 0;
		for (int y = Math.max(0, r.y); y < Math.min(a.height, r.y + r.height); y++) {
			for (int x = Math.max(0, r.x); x < Math.min(a.width, r.x + r.width); x++) {
				if (!a.palette.getRGB(a.getPixel(x, y)).equals(b.palette.getRGB(b.getPixel(x, y)))) {
					count++;
				}
			}
		}
		return count;
	}

	/** The pixels of a text block's lines on the canvas. */
	private static Rectangle pixels(DiagramCanvas canvas, TextBlock block) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (TextLine l : block.lines()) {
			minX = Math.min(minX, l.x());
			maxX = Math.max(maxX, l.x() + l.width());
			minY = Math.min(minY, l.baseline() - block.size() * 0.9);
			maxY = Math.max(maxY, l.baseline() + block.size() * 0.2);
		}
		org.eclipse.swt.graphics.Point tl = canvas.toControl(new Point(minX, minY));
		org.eclipse.swt.graphics.Point br = canvas.toControl(new Point(maxX, maxY));
		return new Rectangle(tl.x, tl.y, br.x - tl.x, br.y - tl.y);
	}

	@Test
	void aChineseLabelIsInkedAndTheEmptyMarginIsNot() throws Exception {
		DiagramCanvas canvas = h.viewer.getCanvas();
		Duty duty = chains.get(0).root();
		canvas.setZoom(1);
		canvas.scrollBy(-100_000, -100_000);
		ImageData top = h.screenshot("chain-top-left");
		org.eclipse.swt.graphics.Point m0 = canvas.toControl(new Point(2, 2));
		org.eclipse.swt.graphics.Point m1 = canvas.toControl(new Point(DiagramLayouter.MARGIN - 4, DiagramLayouter.MARGIN - 4));
		for (int y = m0.y; y < m1.y; y++) {
			for (int x = m0.x; x < m1.x; x++) {
				assertEquals(new RGB(255, 255, 255), top.palette.getRGB(top.getPixel(x, y)), "margin pixel " + x + "," + y);
			}
		}

		SceneNode node = nodeOf(duty);
		canvas.reveal(node);
		ImageData shot = h.screenshot("chain-label");
		assertTrue(node.title().text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
		Rectangle label = pixels(canvas, node.title());
		int ink = 0;
		java.util.Set<RGB> shades = new java.util.HashSet<>();
		for (int y = label.y; y < label.y + label.height; y++) {
			for (int x = label.x; x < label.x + label.width; x++) {
				RGB c = shot.palette.getRGB(shot.getPixel(x, y));
				shades.add(c);
				if (c.red + c.green + c.blue < 3 * 110) {
					ink++;
				}
			}
		}
		int area = label.width * label.height;
		assertTrue(ink > area / 20, "dark text pixels in the label: " + ink + " of " + area);
		assertTrue(ink < area / 2, "a label is not a filled block (no tofu boxes): " + ink + " of " + area);
		assertTrue(shades.size() > 8, "antialiased text has intermediate shades: " + shades.size());
	}

	@Test
	void selectionFromAnotherPartHighlightsOrSwitchesTheRoot() throws Exception {
		ChainRef last = chains.get(chains.size() - 1);
		assertNull(h.viewer.getGraph().nodeOf(last.root()), "precondition: the last chain is not in the first");
		int scenes = h.scenes.get();
		h.viewer.setSelection(new StructuredSelection(last.root()));
		h.awaitScene(scenes);
		assertSame(last.root(), h.viewer.getRoot());
		assertEquals(List.of(nodeOf(last.root())), h.viewer.getCanvas().getHighlighted());

		// an element already drawn is highlighted, not drawn again
		Duty below = null;
		for (SceneNode n : h.viewer.getScene().allNodes()) {
			if (n.source().element() instanceof Duty d && d != last.root()) {
				below = d;
			}
		}
		assertNotNull(below);
		scenes = h.scenes.get();
		h.viewer.setSelection(new StructuredSelection(below));
		h.spin(() -> false, org.zeren.ui.diagram.DiagramViewer.DEBOUNCE_MILLIS + 200);
		assertEquals(scenes, h.scenes.get());
		assertEquals(List.of(nodeOf(below)), h.viewer.getCanvas().getHighlighted());

		// organisation map: every party, the selected one highlighted
		scenes = h.scenes.get();
		h.viewer.setKind(DiagramKind.ORGANISATION);
		h.awaitScene(scenes);
		Party party = null;
		int parties = 0;
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Party p) {
				parties++;
				party = p;
				assertNotNull(h.viewer.getGraph().nodeOf(p), "party " + p.getName() + " is on the map");
			}
		}
		assertTrue(parties > 20);
		h.viewer.show(party);
		assertEquals(List.of(nodeOf(party)), h.viewer.getCanvas().getHighlighted());
		h.screenshot("organisation");
		// a duty has no box on the map: its holder is highlighted, and the map is not redrawn
		scenes = h.scenes.get();
		h.viewer.show(below);
		h.spin(() -> false, org.zeren.ui.diagram.DiagramViewer.DEBOUNCE_MILLIS + 200);
		assertEquals(scenes, h.scenes.get());
		assertEquals(List.of(nodeOf(below.getList().getHolder())), h.viewer.getCanvas().getHighlighted());

		// plan map of the example's plan
		scenes = h.scenes.get();
		h.viewer.setKind(DiagramKind.PLAN);
		h.awaitScene(scenes);
		WorkPlan plan = model.getWorkPlans().get(0);
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof PlanTask t) {
				assertNotNull(h.viewer.getGraph().nodeOf(t), "task " + t.getTitle() + " is on the plan map");
			}
		}
		h.screenshot("plan");
		assertNotEquals(0, h.viewer.getGraph().nodeCount());
		assertFalse(h.viewer.getScene().allNodes().isEmpty());
	}
}
