/**
 * Tests of the diagram view inside Equinox with a real SWT display (Xvfb without a screen): the example model's
 * diagrams drawn, clicked, zoomed, edited and exported through {@link org.zeren.ui.diagram.DiagramViewer}, with
 * screenshots in {@code target/screenshots}; and {@code DiagramViewBenchmark}, which prints open times.
 */
package org.zeren.ui.diagram.tests;
