/**
 * Fonts for diagrams: finding a font that can draw every label (Chinese included) and describing it to the
 * exporters.
 * <p>
 * {@link org.zeren.diagram.font.FontResolver} finds the font: a configured file, else the known CJK fonts of
 * Debian, Windows and macOS, else what fontconfig lists for {@code :lang=zh}, else the font folders. The same
 * {@link org.zeren.diagram.font.DiagramFont} measures text for the layout and draws it in SVG, PNG and PDF, so
 * boxes fit their labels in every format.
 */
package org.zeren.diagram.font;
