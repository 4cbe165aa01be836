package org.zeren.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.zeren.diagram.scene.Box;
import org.zeren.diagram.scene.Point;
import org.zeren.diagram.scene.Scene;
import org.zeren.diagram.scene.SceneEdge;
import org.zeren.diagram.scene.SceneNode;
import org.zeren.diagram.scene.TextBlock;
import org.zeren.diagram.scene.TextLine;

/** Checks of what a reader of a diagram would notice: overlaps, loose lines, things off the page. */
final class SceneChecks {

	/** How far (points) an edge end may be from its node's outline. */
	static final double TOLERANCE = 0.5;

	private SceneChecks() {
	}

	static void assertGeometry(Scene scene) {
		assertGeometry(scene, true);
	}

	/**
	 * @param everyTitle whether no line may cross the title of any box; false: only of boxes holding one leaf (a box
	 *                   holding several is laid out by ELK, and with large type its header may have no gap between
	 *                   lines wide enough for the title)
	 */
	static void assertGeometry(Scene scene, boolean everyTitle) {
		Box page = scene.page();
		List<SceneNode> all = scene.allNodes();
		// siblings never overlap, children lie inside their container, everything lies in the diagram area
		assertNoOverlap(scene.nodes(), "top level");
		for (SceneNode n : all) {
			assertTrue(scene.diagram().contains(n.bounds(), 0.01), n + " lies outside the diagram area " + scene.diagram());
			assertTrue(page.contains(n.bounds(), 0), n + " lies outside the page " + page);
			if (n.isContainer()) {
				assertNoOverlap(n.children(), "inside " + n.id());
				for (SceneNode c : n.children()) {
					assertTrue(n.bounds().contains(c.bounds(), 0.01), c + " sticks out of its container " + n);
				}
			}
		}
		// texts lie inside their boxes and on the page
		for (SceneNode n : all) {
			for (TextBlock t : texts(n)) {
				for (TextLine l : t.lines()) {
					assertTrue(l.x() >= n.bounds().x() - TOLERANCE && l.x() + l.width() <= n.bounds().maxX() + TOLERANCE,
							"text '" + l.text() + "' runs out of its box " + n);
					assertTrue(l.baseline() > n.bounds().y() && l.baseline() < n.bounds().maxY(),
							"text '" + l.text() + "' is not inside the height of its box " + n);
				}
			}
		}
		for (TextBlock t : scene.texts()) {
			for (TextLine l : t.lines()) {
				assertTrue(l.x() >= 0 && l.x() + l.width() <= page.maxX() + TOLERANCE && l.baseline() <= page.maxY()
						&& l.baseline() - t.size() >= 0, "text '" + l.text() + "' is off the page");
			}
		}
		// every edge starts and ends on the outline of the boxes it joins, and stays on the page
		for (SceneEdge e : scene.edges()) {
			double start = e.from().bounds().distanceToOutline(e.start());
			double end = e.to().bounds().distanceToOutline(e.end());
			assertTrue(start <= TOLERANCE, "edge " + e.id() + " starts " + start + " pt away from " + e.from());
			assertTrue(end <= TOLERANCE, "edge " + e.id() + " ends " + end + " pt away from " + e.to());
			for (Point p : e.points()) {
				assertTrue(page.contains(p, 0), "edge " + e.id() + " leaves the page at " + p);
			}
			// lines are drawn orthogonal: every segment runs across or down the page
			for (int i = 1; i < e.points().size(); i++) {
				Point a = e.points().get(i - 1);
				Point b = e.points().get(i);
				assertTrue(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01,
						"edge " + e.id() + " has a slanting segment " + a + " - " + b);
			}
		}
		// no line runs through a box it does not join
		for (SceneEdge e : scene.edges()) {
			for (SceneNode n : all) {
				if (n.isContainer() || n == e.from() || n == e.to()) {
					continue;
				}
				for (int i = 1; i < e.points().size(); i++) {
					assertTrue(!crosses(e.points().get(i - 1), e.points().get(i), n.bounds()),
							"edge " + e.id() + " runs through the box of " + n.id());
				}
			}
		}
		// no line runs through the title or caption of a box (the title is drawn over it, so the line would seem
		// to stop at the text)
		for (SceneNode n : all) {
			if (!n.isContainer() || !everyTitle && (n.children().size() != 1 || n.children().get(0).isContainer())) {
				continue;
			}
			for (TextBlock t : texts(n)) {
				for (TextLine l : t.lines()) {
					Box ink = new Box(l.x(), l.baseline() - t.size() * 0.85, l.width(), t.size());
					for (SceneEdge e : scene.edges()) {
						for (int i = 1; i < e.points().size(); i++) {
							assertTrue(!crosses(e.points().get(i - 1), e.points().get(i), ink), "edge " + e.id()
									+ " runs through the text '" + l.text() + "' of " + n.id());
						}
					}
				}
			}
		}
		if (scene.legend() != null) {
			assertTrue(page.contains(scene.legend().bounds(), 0), "legend off the page");
			assertTrue(!scene.legend().bounds().overlaps(scene.diagram()), "legend overlaps the diagram");
		}
	}

	/** @return the title and, if any, the caption of a box */
	private static List<TextBlock> texts(SceneNode n) {
		return n.caption() == null ? List.of(n.title()) : List.of(n.title(), n.caption());
	}

	/** @return whether the axis-parallel segment a-b passes through the inside of the box */
	private static boolean crosses(Point a, Point b, Box box) {
		double minX = Math.min(a.x(), b.x());
		double maxX = Math.max(a.x(), b.x());
		double minY = Math.min(a.y(), b.y());
		double maxY = Math.max(a.y(), b.y());
		return maxX > box.x() + 0.5 && minX < box.maxX() - 0.5 && maxY > box.y() + 0.5 && minY < box.maxY() - 0.5;
	}

	private static void assertNoOverlap(List<SceneNode> nodes, String where) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				if (nodes.get(i).bounds().overlaps(nodes.get(j).bounds())) {
					fail(where + ": " + nodes.get(i) + " overlaps " + nodes.get(j));
				}
			}
		}
	}

	/** @return a font file on this system that has Latin letters but no Chinese characters */
	static Path latinOnlyFont() throws IOException {
		List<Path> candidates = new ArrayList<>();
		candidates.add(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
		for (String dir : List.of("/usr/share/fonts/truetype", "/usr/share/fonts")) {
			if (Files.isDirectory(Path.of(dir))) {
				try (Stream<Path> s = Files.walk(Path.of(dir))) {
					s.filter(p -> p.toString().endsWith(".ttf")).sorted().forEach(candidates::add);
				}
			}
		}
		for (Path p : candidates) {
			if (Files.isRegularFile(p)) {
				try {
					Font f = Font.createFont(Font.TRUETYPE_FONT, p.toFile());
					if (f.canDisplay('A') && !f.canDisplay('责')) {
						return p;
					}
				} catch (Exception e) {
					// not usable, try the next
				}
			}
		}
		throw new IllegalStateException("the tests need a Latin-only TrueType font (Debian: fonts-dejavu-core)");
	}

	/** @return the files in a folder whose names start with a dot and end with .tmp (leftovers of writes) */
	static List<Path> temporaryFiles(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp"))
					.toList();
		}
	}
}
