/**
 * Layout: turns a {@link org.zeren.diagram.graph.DiagramGraph} into a {@link org.zeren.diagram.scene.Scene}.
 * <p>
 * {@link org.zeren.diagram.layout.TextMeasurer} measures and wraps labels with the font the scene will be drawn
 * with; {@link org.zeren.diagram.layout.DiagramLayouter} sizes the boxes, runs the Eclipse Layout Kernel's
 * layered algorithm ({@code org.eclipse.elk.layered}, run directly through
 * {@code RecursiveGraphLayoutEngine}, so it works inside and outside OSGi) and places title and legend.
 */
package org.zeren.diagram.layout;
