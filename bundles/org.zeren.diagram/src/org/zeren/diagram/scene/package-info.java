/**
 * The laid-out scene: what a diagram looks like, ready to be drawn, independent of the output format.
 * <p>
 * A {@link org.zeren.diagram.scene.Scene} is produced by {@link org.zeren.diagram.layout.DiagramLayouter} and
 * drawn by the exporters of {@code org.zeren.diagram.render} (SVG, PNG, PDF) and by any other consumer, e.g. a
 * desktop diagram view. Everything in it is immutable.
 * <p>
 * <b>Units and coordinates.</b> All lengths are in points (1/72 inch), written as SVG user units (px) and
 * multiplied by the scale for PNG. The origin (0, 0) is the top-left corner of the page; x grows to the right,
 * y grows downwards. All positions are absolute page coordinates (a child node's bounds are not relative to
 * its container). The page is {@code [0, width] x [0, height]} and contains every node, edge point, text line
 * and legend item.
 */
package org.zeren.diagram.scene;
