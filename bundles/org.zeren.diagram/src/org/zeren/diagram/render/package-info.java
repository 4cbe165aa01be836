/**
 * Exporters: write a {@link org.zeren.diagram.scene.Scene} as SVG, PNG or PDF, and a diagram graph as Graphviz
 * DOT.
 * <p>
 * SVG, PNG and PDF are drawn by one {@link org.zeren.diagram.render.ScenePainter} on a Java2D
 * {@code Graphics2D}: JFreeSVG's {@code SVGGraphics2D} for SVG (text kept as {@code <text>}), a
 * {@code BufferedImage} for PNG, PDFBox Graphics2D ({@code de.rototor.pdfbox.graphics2d}) for PDF (vector
 * graphics, text as text in the embedded font subset). So the three look the same. Exporters write to a stream
 * and never close it; {@code org.zeren.diagram.DiagramService} writes files atomically.
 */
package org.zeren.diagram.render;
