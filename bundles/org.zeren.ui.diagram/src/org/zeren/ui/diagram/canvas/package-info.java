/**
 * Drawing diagram scenes with SWT: {@link org.zeren.ui.diagram.canvas.DiagramCanvas}, a canvas with zoom, pan,
 * highlight and hit-testing, and {@link org.zeren.ui.diagram.canvas.SwtScenePainter}, which draws a
 * {@link org.zeren.diagram.scene.Scene} of {@code org.zeren.diagram} on a GC the way the SVG, PNG and PDF exporters
 * draw it. Scene units are points; zoom is pixels per point. Display thread only.
 */
package org.zeren.ui.diagram.canvas;
