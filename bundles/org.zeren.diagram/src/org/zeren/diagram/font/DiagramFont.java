package org.zeren.diagram.font;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font a scene is measured and drawn with: one face of a font file.
 * <p>
 * Every text of a scene uses this face, in the sizes the layout chose. SVG output names it first in its
 * {@linkplain #cssFontFamily() font-family list}, followed by other common CJK fonts, so that a viewer without
 * it still shows Chinese; PNG draws with it; PDF embeds the used glyphs of it (only when
 * {@link #hasTrueTypeOutlines()}).
 */
public final class DiagramFont {

	/** Fallback families written after the font's own family in SVG, most common Chinese fonts first. */
	public static final List<String> CSS_FALLBACKS = List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC",
			"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei", "sans-serif");

	private final Font face;
	private final Path file;
	private final int faceIndex;
	private final boolean trueTypeOutlines;
	private final Map<Float, Font> sized = new ConcurrentHashMap<>();

	/**
	 * @param face             the face, any size; never null
	 * @param file             the file it was loaded from; null when it was not loaded from a file (it can then
	 *                         not be embedded in PDF)
	 * @param faceIndex        the index of the face in a collection file (.ttc), 0 for a single-face file
	 * @param trueTypeOutlines whether the face has TrueType ({@code glyf}) outlines rather than CFF ones
	 */
	public DiagramFont(Font face, Path file, int faceIndex, boolean trueTypeOutlines) {
		this.face = Objects.requireNonNull(face, "face");
		this.file = file;
		this.faceIndex = faceIndex;
		this.trueTypeOutlines = trueTypeOutlines;
	}

	/**
	 * @param size size in points
	 * @return the face at this size, plain style; cached
	 */
	public Font awtFont(double size) {
		return sized.computeIfAbsent((float) size, s -> face.deriveFont(Font.PLAIN, s));
	}

	/** @return the English face name, e.g. {@code WenQuanYi Zen Hei} ({@link Font#getFontName(Locale)}) */
	public String faceName() {
		return face.getFontName(Locale.ENGLISH);
	}

	/**
	 * @return the English family name, e.g. {@code WenQuanYi Zen Hei}, whatever the default locale
	 *         (Java would otherwise give 文泉驿正黑 under zh_CN, and the SVG would depend on the locale)
	 */
	public String family() {
		return face.getFamily(Locale.ENGLISH);
	}

	/** @return the PostScript name, e.g. {@code WenQuanYiZenHei}; how a face is found in a collection */
	public String postScriptName() {
		return face.getPSName();
	}

	/** @return the font file; null when the font was not loaded from a file */
	public Path file() {
		return file;
	}

	/** @return the index of the face in its collection file; 0 for a single-face file */
	public int faceIndex() {
		return faceIndex;
	}

	/**
	 * @return whether the face has TrueType outlines: only such faces can be embedded as a subset by PDFBox 3.0.8
	 *         (Debian's Noto CJK fonts have CFF outlines)
	 */
	public boolean hasTrueTypeOutlines() {
		return trueTypeOutlines;
	}

	/**
	 * @param codePoint a Unicode code point
	 * @return whether the face has a glyph for it
	 */
	public boolean canDisplay(int codePoint) {
		return face.canDisplay(codePoint);
	}

	/** @return the families for SVG: this family, then {@link #CSS_FALLBACKS} without repeating it */
	public List<String> cssFamilies() {
		List<String> result = new ArrayList<>();
		result.add(family());
		for (String f : CSS_FALLBACKS) {
			if (!f.equalsIgnoreCase(family())) {
				result.add(f);
			}
		}
		return result;
	}

	/**
	 * @return the CSS {@code font-family} value, names in double quotes except generic families, e.g.
	 *         {@code "WenQuanYi Zen Hei", "Noto Sans CJK SC", ..., sans-serif}
	 */
	public String cssFontFamily() {
		StringBuilder b = new StringBuilder();
		for (String f : cssFamilies()) {
			if (!b.isEmpty()) {
				b.append(", ");
			}
			boolean generic = f.equals("sans-serif") || f.equals("serif");
			b.append(generic ? f : '"' + f.replace("\"", "") + '"');
		}
		return b.toString();
	}

	@Override
	public String toString() {
		return faceName() + (file == null ? "" : " (" + file + (faceIndex > 0 ? " #" + faceIndex : "") + ")")
				+ (trueTypeOutlines ? ", TrueType outlines" : ", CFF outlines");
	}
}
