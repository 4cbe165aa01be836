package org.zeren.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zeren.diagram.scene.Box;
import org.zeren.diagram.scene.Point;

/**
 * Boxes of containers holding exactly one leaf (in a chain, a party with one duty: most parties), which
 * {@link DiagramLayouter} hands to ELK as one fixed-size box instead of a nested graph: their size and the leaf's
 * place inside, and, after ELK, where the lines end on them and how they run on to the leaf.
 * <p>
 * Why not ELK: ELK spreads the ends of lines over the whole side of a box and does not keep
 * {@code spacing.portsSurrounding} once a box has several lines (it even puts ends outside small boxes), so the
 * ends are placed here after the layout. Plain Java, no state.
 */
final class OneLeafBoxes {

	private static final double BOX_PAD = DiagramLayouter.BOX_PAD;
	/** Depth, in points, of the step a moved line end makes just outside its box (ELK keeps 12 free). */
	private static final double STEP = 6;
	/** Least distance, in points, between a title and a line beside it. */
	static final double TITLE_GAP = 6;
	/** Least distance, in points, between a line's end and a corner of the leaf it ends at. */
	private static final double PORT_INSET = 4;
	/** ELK's least distance between the ends of two lines on one side of a box ({@code spacing.portPort}). */
	static final double PORT_SPACING = 10;

	/**
	 * How a container holding one leaf is laid out as one box.
	 *
	 * @param leaf     the leaf's place and size, relative to the box
	 * @param width    the box's width
	 * @param height   the box's height
	 * @param titleEnd where lines may start to end on the top of the box, from its left: right of the title, which
	 *                 is drawn over lines (0 when no line is expected to end on the top)
	 */
	record Fold(Box leaf, double width, double height, double titleEnd) {
	}

	/** A side of a box. */
	private enum Side {
		TOP, BOTTOM, LEFT, RIGHT;

		boolean horizontal() {
			return this == TOP || this == BOTTOM;
		}
	}

	/** One end of a line: its route (changed in place) and whether the end is the route's start. */
	record LineEnd(List<Point> route, boolean atStart) {
		Point point() {
			return route.get(atStart ? 0 : route.size() - 1);
		}
	}

	private OneLeafBoxes() {
	}

	/**
	 * @param titleWidth the container's width as measured: its title's or caption's width and padding
	 * @param header     the height of the container's title band
	 * @param leafWidth  the leaf's measured width
	 * @param leafHeight the leaf's measured height
	 * @param perSide    the most lines that may end on one side of the box
	 * @param vertical   whether lines run down or up the page
	 * @param top        whether lines end on the top of the box, where the title is
	 * @return how to lay the container out as one box; never null. The leaf is stretched across the lines when
	 *         more end at it than fit side by side along it.
	 */
	static Fold fold(double titleWidth, double header, double leafWidth, double leafHeight, int perSide,
			boolean vertical, boolean top) {
		double needed = 2 * PORT_INSET + Math.max(0, perSide - 1) * PORT_SPACING;
		double w = vertical ? Math.max(leafWidth, needed) : leafWidth;
		double h = vertical ? leafHeight : Math.max(leafHeight, needed);
		double width = Math.max(titleWidth, w + 2 * BOX_PAD);
		double x = (width - w) / 2;
		double titleEnd = 0;
		if (top) {
			// lines run in beside the title, not through it: the leaf reaches far enough to the right of it,
			// and the box is widened when the title is too wide for that
			titleEnd = titleWidth - BOX_PAD + TITLE_GAP;
			x = Math.max(x, titleEnd + needed - w);
			width = Math.max(width, x + w + BOX_PAD);
		}
		return new Fold(new Box(x, header, w, h), width, header + h + BOX_PAD, titleEnd);
	}

	/**
	 * Moves the ends of lines on the box of a container laid out as one to where they can run straight on to its
	 * leaf, and on the top right of the title: ELK spreads the ends of lines over the whole side of a box (its
	 * {@code spacing.portsSurrounding} is not kept when a box has several lines). On each side, when an end lies
	 * elsewhere, the ends are spread evenly over the allowed stretch in the order ELK gave them, so that the lines
	 * do not cross each other anew; each moves with the segment before it, or, when that segment would then run
	 * through a box, is shared with the other end or is not square to the side, with a step just outside the box.
	 *
	 * @param ends     the ends on the box, of lines to the leaf or to the box itself
	 * @param outer    the box
	 * @param inner    the leaf
	 * @param titleEnd where lines may end on the top, from the box's left (0: anywhere over the leaf)
	 * @param leaves   the boxes of all leaves, which a moved segment must not cross
	 */
	static void spread(List<LineEnd> ends, Box outer, Box inner, double titleEnd, List<Box> leaves) {
		Map<Side, List<LineEnd>> bySide = new EnumMap<>(Side.class);
		for (LineEnd e : ends) {
			bySide.computeIfAbsent(side(e.point(), outer), k -> new ArrayList<>()).add(e);
		}
		bySide.forEach((side, group) -> {
			double a = (side.horizontal() ? inner.x() : inner.y()) + PORT_INSET;
			double b = (side.horizontal() ? inner.maxX() : inner.maxY()) - PORT_INSET;
			if (side == Side.TOP) {
				a = Math.max(a, outer.x() + titleEnd + PORT_INSET);
			}
			if (b < a) {
				a = (a + b) / 2;
				b = a;
			}
			double lo = a;
			double hi = b;
			if (group.stream().allMatch(e -> along(e.point(), side) >= lo && along(e.point(), side) <= hi)) {
				return;
			}
			group.sort(Comparator.comparingDouble(e -> along(e.point(), side)));
			for (int k = 0; k < group.size(); k++) {
				double v = group.size() == 1 ? Math.max(lo, Math.min(hi, along(group.get(0).point(), side)))
						: lo + (hi - lo) * (k + 0.5) / group.size();
				shift(group.get(k), side, v, leaves);
			}
		});
	}

	private static Side side(Point p, Box box) {
		double left = Math.abs(p.x() - box.x());
		double right = Math.abs(box.maxX() - p.x());
		double top = Math.abs(p.y() - box.y());
		double bottom = Math.abs(box.maxY() - p.y());
		double nearest = Math.min(Math.min(left, right), Math.min(top, bottom));
		return nearest == top ? Side.TOP : nearest == bottom ? Side.BOTTOM : nearest == left ? Side.LEFT : Side.RIGHT;
	}

	/** @return the coordinate of a point along a side */
	private static double along(Point p, Side side) {
		return side.horizontal() ? p.x() : p.y();
	}

	private static Point moved(Point p, Side side, double v) {
		return side.horizontal() ? new Point(v, p.y()) : new Point(p.x(), v);
	}

	/** Moves one end of a line along the side of its box to {@code v}, keeping the line orthogonal. */
	private static void shift(LineEnd end, Side side, double v, List<Box> leaves) {
		List<Point> r = end.route();
		int e = end.atStart() ? 0 : r.size() - 1;
		int q = end.atStart() ? 1 : r.size() - 2;
		Point p = r.get(e);
		Point next = r.get(q);
		if (Math.abs(along(p, side) - v) < 0.01) {
			return;
		}
		boolean square = Math.abs(along(next, side) - along(p, side)) < 0.01; // the segment leaves the side at right angles
		if (square && r.size() > 3) {
			Point movedEnd = moved(p, side, v);
			Point movedNext = moved(next, side, v);
			if (leaves.stream().noneMatch(b -> crosses(movedEnd, movedNext, b))) {
				r.set(e, movedEnd);
				r.set(q, movedNext);
				return;
			}
		}
		// a step just outside the box, within the space ELK keeps free around boxes
		double room = square ? Math.abs(side.horizontal() ? next.y() - p.y() : next.x() - p.x()) / 2 : STEP;
		double d = Math.min(STEP, room);
		double out = switch (side) {
		case TOP -> p.y() - d;
		case BOTTOM -> p.y() + d;
		case LEFT -> p.x() - d;
		case RIGHT -> p.x() + d;
		};
		Point first = side.horizontal() ? new Point(v, out) : new Point(out, v);
		Point second = side.horizontal() ? new Point(p.x(), out) : new Point(out, p.y());
		List<Point> step = square ? List.of(moved(p, side, v), first, second) : List.of(moved(p, side, v), first, second, p);
		r.remove(e);
		if (end.atStart()) {
			r.addAll(0, step);
		} else {
			List<Point> reversed = new ArrayList<>(step);
			Collections.reverse(reversed);
			r.addAll(reversed);
		}
	}

	/** @return whether the axis-parallel segment a-b passes through the inside of the box */
	private static boolean crosses(Point a, Point b, Box box) {
		return Math.max(a.x(), b.x()) > box.x() && Math.min(a.x(), b.x()) < box.maxX() && Math.max(a.y(), b.y()) > box.y()
				&& Math.min(a.y(), b.y()) < box.maxY();
	}

	/**
	 * Where a line that ends on the box of a container laid out as one box ({@code outer}) runs on to the leaf
	 * inside it ({@code inner}): straight on, across the padding, after {@link #spread} has put the end where it
	 * faces the leaf.
	 *
	 * @return the point on the leaf's outline
	 */
	static Point lead(Point end, Box outer, Box inner) {
		return switch (side(end, outer)) {
		case TOP -> new Point(end.x(), inner.y());
		case BOTTOM -> new Point(end.x(), inner.maxY());
		case LEFT -> new Point(inner.x(), end.y());
		case RIGHT -> new Point(inner.maxX(), end.y());
		};
	}
}
