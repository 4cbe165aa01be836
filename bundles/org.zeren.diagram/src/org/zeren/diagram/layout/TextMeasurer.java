package org.zeren.diagram.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

import org.zeren.diagram.font.DiagramFont;

/**
 * Measures and wraps text with the font of a scene, using the metrics every exporter draws with (antialiased,
 * fractional metrics, no kerning).
 * <p>
 * <b>Line breaking.</b> A line may break at a space, and before and after any Chinese, Japanese or Korean
 * character; a run of other characters (a Latin word, a number, a code such as {@code GB/T 33000-2016}) is
 * kept together unless it alone is wider than the line, when it breaks between characters. Closing punctuation
 * (，。、；：？！）》」 and the like) never starts a line: it stays on the line before, which may then run over the
 * width by that one character; opening punctuation (（《「“ and the like) never ends a line. When a text needs
 * more than the allowed lines, the last line ends with an ellipsis (…) and the rest is left out.
 * <p>
 * Not thread-safe (it caches advances); use one per layout.
 */
public final class TextMeasurer {

	/** The ellipsis appended to a cut-off text. */
	public static final String ELLIPSIS = "…";

	private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〕〉”’…—～%,.;:?!)]}·・ー々";
	private static final String NO_BREAK_AFTER = "（《「『【〔〈“‘([{";
	private static final float REFERENCE_SIZE = 1000f;

	/** The lines of a wrapped text. */
	public record Wrapped(List<String> lines, List<Double> widths, boolean truncated) {

		/** @return the width of the widest line, in points */
		public double width() {
			return widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		}
	}

	private final DiagramFont font;
	private final IntToDoubleFunction measure;
	private final Map<Integer, Double> advances = new HashMap<>();
	private final double ascent;
	private final double descent;
	private final double leading;

	/** @param font the font the text will be drawn with; never null */
	public TextMeasurer(DiagramFont font) {
		this.font = Objects.requireNonNull(font, "font");
		Font reference = font.awtFont(REFERENCE_SIZE);
		FontRenderContext context = new FontRenderContext(null, true, true);
		LineMetrics m = reference.getLineMetrics("中Ag", context);
		this.ascent = m.getAscent() / REFERENCE_SIZE;
		this.descent = m.getDescent() / REFERENCE_SIZE;
		this.leading = m.getLeading() / REFERENCE_SIZE;
		this.measure = cp -> reference.getStringBounds(new String(Character.toChars(cp)), context).getWidth()
				/ REFERENCE_SIZE;
	}

	private TextMeasurer(IntToDoubleFunction measure) {
		this.font = null;
		this.measure = measure;
		this.ascent = 0.88;
		this.descent = 0.12;
		this.leading = 0;
	}

	/**
	 * A measurer that needs no font: Chinese, Japanese and Korean characters and full-width punctuation are 1 em
	 * wide, other characters 0.55 em. For text whose real font is not known here (Graphviz DOT labels).
	 *
	 * @return the measurer; its {@link #font()} is null
	 */
	public static TextMeasurer approximate() {
		return new TextMeasurer(cp -> isWide(cp) ? 1.0 : 0.55);
	}

	/** @return the font measured with; null for {@link #approximate()} */
	public DiagramFont font() {
		return font;
	}

	/**
	 * @param size font size in points
	 * @return the distance from the top of a line to its baseline, in points
	 */
	public double ascent(double size) {
		return ascent * size;
	}

	/**
	 * @param size font size in points
	 * @return the distance from the baseline to the bottom of the lowest glyphs, in points
	 */
	public double descent(double size) {
		return descent * size;
	}

	/**
	 * @param size font size in points
	 * @return the distance from one baseline to the next, in points: ascent, descent and leading, at least 1.25
	 *         times the size
	 */
	public double lineHeight(double size) {
		return Math.max(ascent + descent + leading, 1.25) * size;
	}

	/**
	 * @param text a text; never null
	 * @param size font size in points
	 * @return its advance width, in points
	 */
	public double width(String text, double size) {
		double w = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			w += advance(cp);
			i += Character.charCount(cp);
		}
		return w * size;
	}

	private double advance(int cp) {
		Double a = advances.get(cp);
		if (a == null) {
			a = measure.applyAsDouble(cp);
			advances.put(cp, a);
		}
		return a;
	}

	/**
	 * Breaks a text into lines no wider than {@code maxWidth} (see the class comment for the rules). When it takes
	 * several lines, they are balanced: the lines are made as narrow as possible without needing one more line.
	 *
	 * @param text     the text; null or empty gives no lines
	 * @param size     font size in points
	 * @param maxWidth the widest a line may be, in points
	 * @param maxLines the most lines, at least 1
	 * @return the lines and their widths; never null
	 */
	public Wrapped wrap(String text, double size, double maxWidth, int maxLines) {
		Wrapped greedy = greedy(text, size, maxWidth, maxLines);
		if (greedy.lines().size() < 2 || greedy.truncated()) {
			return greedy;
		}
		// balance: the narrowest width that needs no more lines, so that the last line is not a lone character
		double low = maxWidth / 2;
		double high = maxWidth;
		Wrapped best = greedy;
		for (int step = 0; step < 8; step++) {
			double mid = (low + high) / 2;
			Wrapped w = greedy(text, size, mid, maxLines);
			if (w.lines().size() <= greedy.lines().size() && !w.truncated()) {
				best = w;
				high = mid;
			} else {
				low = mid;
			}
		}
		return best;
	}

	private Wrapped greedy(String text, double size, double maxWidth, int maxLines) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return new Wrapped(lines, List.of(), false);
		}
		double max = maxWidth / size; // work in ems
		List<String> tokens = tokens(text);
		List<String> line = new ArrayList<>();
		double lineWidth = 0;
		boolean truncated = false;
		int i = 0;
		while (true) {
			// fill the line
			while (i < tokens.size()) {
				String t = tokens.get(i);
				if (line.isEmpty() && t.equals(" ")) {
					i++;
					continue;
				}
				double w = width(t, 1);
				if (lineWidth + w <= max || !line.isEmpty() && isClosing(t) && lineWidth + w <= max + 1.01) {
					line.add(t);
					lineWidth += w;
					i++;
				} else if (line.isEmpty()) { // one token wider than the line: break it between characters
					int cut = fit(t, max);
					line.add(t.substring(0, cut));
					tokens.set(i, t.substring(cut));
					break;
				} else {
					boolean moved = false;
					while (line.size() > 1 && isOpening(line.get(line.size() - 1))) {
						line.remove(line.size() - 1); // an opening bracket goes to the next line
						i--; // the bracket is the token just before t
						moved = true;
					}
					if (!moved && t.equals(" ")) {
						i++; // the space at the break is not drawn
					}
					break;
				}
			}
			if (i >= tokens.size()) {
				if (!line.isEmpty()) {
					lines.add(String.join("", line).strip());
				}
				break;
			}
			if (lines.size() == maxLines - 1) {
				truncated = true;
				String last = String.join("", line).strip();
				double ellipsis = width(ELLIPSIS, 1);
				while (!last.isEmpty() && width(last, 1) + ellipsis > max) {
					last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
				}
				lines.add(last + ELLIPSIS);
				break;
			}
			lines.add(String.join("", line).strip());
			line.clear();
			lineWidth = 0;
		}
		List<Double> widths = new ArrayList<>(lines.size());
		for (String l : lines) {
			widths.add(width(l, size));
		}
		return new Wrapped(List.copyOf(lines), List.copyOf(widths), truncated);
	}

	private static boolean isClosing(String token) {
		return token.codePointCount(0, token.length()) == 1 && NO_BREAK_BEFORE.indexOf(token.codePointAt(0)) >= 0;
	}

	private static boolean isOpening(String token) {
		return token.codePointCount(0, token.length()) == 1 && NO_BREAK_AFTER.indexOf(token.codePointAt(0)) >= 0;
	}

	/** @return how many chars of {@code t} fit into {@code max} ems; at least one code point */
	private int fit(String t, double max) {
		double w = 0;
		int i = 0;
		while (i < t.length()) {
			int cp = t.codePointAt(i);
			double a = advance(cp);
			if (w + a > max && i > 0) {
				break;
			}
			w += a;
			i += Character.charCount(cp);
		}
		return i;
	}

	/** Splits into spaces, single CJK characters (with any closing punctuation) and runs of other characters. */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == ' ') {
				flush(run, tokens);
				tokens.add(" ");
			} else if (isWide(cp)) {
				flush(run, tokens);
				tokens.add(new String(Character.toChars(cp)));
			} else {
				run.appendCodePoint(cp);
			}
		}
		flush(run, tokens);
		return tokens;
	}

	private static void flush(StringBuilder run, List<String> tokens) {
		if (!run.isEmpty()) {
			tokens.add(run.toString());
			run.setLength(0);
		}
	}

	/** @return whether a line may break before and after this character (CJK scripts and punctuation) */
	static boolean isWide(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| script == Character.UnicodeScript.BOPOMOFO) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == '“' || cp == '”' || cp == '‘'
						|| cp == '’' || cp == '…' || cp == '—')
				|| cp == '·';
	}
}
