package org.zeren.diagram;

import java.util.List;

import org.zeren.core.spi.LocalizedText;

/**
 * No font found can draw every character of a diagram's labels (or, for PDF, none that can also be embedded).
 * The diagram is not written: Zeren never draws empty boxes in place of characters.
 * <p>
 * The message names the characters that are missing (in the candidate font that came closest), the fonts tried
 * and why each was refused, and what to install: the Debian package {@value #TRUETYPE_PACKAGE} (WenQuanYi Zen
 * Hei, TrueType outlines, good for every format) or {@value #CFF_PACKAGE} (Noto Sans CJK, SVG and PNG only), or a
 * font file configured with the system property {@code zeren.diagram.font} or
 * {@code DiagramOptions.Builder#fontFile}.
 */
public class MissingFontException extends DiagramException {

	private static final long serialVersionUID = 1L;

	/** Debian package with a CJK font of TrueType outlines, which PDF export can embed as a subset. */
	public static final String TRUETYPE_PACKAGE = "fonts-wqy-zenhei";

	/** Debian package with CJK fonts of CFF outlines, fine for SVG and PNG but not embeddable by PDFBox 3.0.8. */
	public static final String CFF_PACKAGE = "fonts-noto-cjk";

	private final List<String> missingCharacters;
	private final List<String> triedFonts;

	/**
	 * @param text              the message; never null
	 * @param missingCharacters the characters no suitable font could draw, each as {@code 字 U+5B57}, in the
	 *                          order they first occur; never null (empty when the problem is only that the
	 *                          fonts that can draw them cannot be embedded in PDF)
	 * @param triedFonts        the fonts tried, each as {@code FILE (FACE): reason}; never null
	 */
	public MissingFontException(LocalizedText text, List<String> missingCharacters, List<String> triedFonts) {
		super(Problem.MISSING_FONT, text, null);
		this.missingCharacters = List.copyOf(missingCharacters);
		this.triedFonts = List.copyOf(triedFonts);
	}

	/** @return the characters that could not be drawn, each as {@code 字 U+5B57}; never null */
	public List<String> missingCharacters() {
		return missingCharacters;
	}

	/** @return the fonts tried, each with the reason it was refused; never null */
	public List<String> triedFonts() {
		return triedFonts;
	}
}
