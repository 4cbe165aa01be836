/**
 * Diagrams of a responsibility model: responsibility chains, the organisation and supervision map, and the plan
 * map, laid out with the Eclipse Layout Kernel and written as SVG, PNG, PDF or Graphviz DOT. Headless (no SWT),
 * usable inside and outside OSGi.
 * <p>
 * {@link org.zeren.diagram.DiagramService} is the entry point for the command line, the desktop view and tests:
 * {@code export(model, kind, root, format, file, options)} goes from a model to a file in one call; the steps
 * (root, {@linkplain org.zeren.diagram.graph graph}, {@linkplain org.zeren.diagram.scene scene}, file) are
 * public too, so that a view can show the laid-out scene and export the same picture.
 * <p>
 * Units: points (1/72 inch); the scene's origin is the top-left corner of the page, y downwards. Texts for
 * people come in Chinese and English ({@link org.zeren.diagram.DiagramOptions#locale()}); user text from the
 * model is shown as entered.
 */
package org.zeren.diagram;
