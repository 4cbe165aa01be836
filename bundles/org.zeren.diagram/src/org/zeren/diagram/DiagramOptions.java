package org.zeren.diagram;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How a diagram is laid out and written. Immutable; build with {@link #builder()}, or take {@link #defaults()}.
 * Lengths are in points (1/72 inch).
 */
public final class DiagramOptions {

	private static final DiagramOptions DEFAULTS = builder().build();

	private final LayoutDirection direction;
	private final double fontSize;
	private final double maxLabelWidth;
	private final int maxLabelLines;
	private final Locale locale;
	private final Path fontFile;
	private final double pngScale;
	private final long maxPngPixels;
	private final boolean legend;
	private final boolean strictModelOrder;

	private DiagramOptions(Builder b) {
		this.direction = b.direction;
		this.fontSize = b.fontSize;
		this.maxLabelWidth = b.maxLabelWidth;
		this.maxLabelLines = b.maxLabelLines;
		this.locale = b.locale;
		this.fontFile = b.fontFile;
		this.pngScale = b.pngScale;
		this.maxPngPixels = b.maxPngPixels;
		this.legend = b.legend;
		this.strictModelOrder = b.strictModelOrder;
	}

	/** @return the default options (see the getters for the values) */
	public static DiagramOptions defaults() {
		return DEFAULTS;
	}

	/** @return a builder holding the defaults */
	public static Builder builder() {
		return new Builder();
	}

	/** @return a builder holding these options */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.direction = direction;
		b.fontSize = fontSize;
		b.maxLabelWidth = maxLabelWidth;
		b.maxLabelLines = maxLabelLines;
		b.locale = locale;
		b.fontFile = fontFile;
		b.pngScale = pngScale;
		b.maxPngPixels = maxPngPixels;
		b.legend = legend;
		b.strictModelOrder = strictModelOrder;
		return b;
	}

	/** @return the direction of the lines; default {@link LayoutDirection#DOWN} */
	public LayoutDirection direction() {
		return direction;
	}

	/** @return the size of labels in points; default 12 (captions, titles and the legend are sized from it) */
	public double fontSize() {
		return fontSize;
	}

	/** @return the width at which labels wrap, in points; default 180 (15 Chinese characters at 12 pt) */
	public double maxLabelWidth() {
		return maxLabelWidth;
	}

	/**
	 * @return the most lines a label takes; a longer label ends with an ellipsis (…) on its last line; default 6
	 */
	public int maxLabelLines() {
		return maxLabelLines;
	}

	/**
	 * @return the language of titles, captions and the legend (Chinese for any {@code zh} locale, else English);
	 *         default {@link Locale#SIMPLIFIED_CHINESE}. User text from the model is shown as entered.
	 */
	public Locale locale() {
		return locale;
	}

	/**
	 * @return a font file (.ttf, .otf, .ttc) to draw all text with; null (the default) to use the system property
	 *         {@code zeren.diagram.font}, and when that is not set either, to search the system (see
	 *         {@link org.zeren.diagram.font.FontResolver})
	 */
	public Path fontFile() {
		return fontFile;
	}

	/** @return PNG pixels per point; default 2 (144 dpi), i.e. dpi / 72 */
	public double pngScale() {
		return pngScale;
	}

	/** @return the resolution PNG files are written with, {@code 72 * pngScale()} dots per inch */
	public double pngDpi() {
		return 72 * pngScale;
	}

	/**
	 * @return the most pixels a PNG may have; a larger one is refused with {@link DiagramException.Problem#TOO_LARGE}
	 *         (export SVG or PDF, or lower the scale); default 120 million (about 480 MB while drawing)
	 */
	public long maxPngPixels() {
		return maxPngPixels;
	}

	/** @return whether the legend is drawn under the diagram; default true */
	public boolean legend() {
		return legend;
	}

	/**
	 * @return whether boxes side by side always stand in model order (departments in the order the model lists
	 *         them, so that adding one does not reshuffle the others), at the price of some more crossing lines;
	 *         when false, model order only breaks ties between equally good arrangements; default true
	 */
	public boolean strictModelOrder() {
		return strictModelOrder;
	}

	/** Builds {@link DiagramOptions}; every setter checks its value and throws IllegalArgumentException. */
	public static final class Builder {
		private LayoutDirection direction = LayoutDirection.DOWN;
		private double fontSize = 12;
		private double maxLabelWidth = 180;
		private int maxLabelLines = 6;
		private Locale locale = Locale.SIMPLIFIED_CHINESE;
		private Path fontFile;
		private double pngScale = 2;
		private long maxPngPixels = 120_000_000L;
		private boolean legend = true;
		private boolean strictModelOrder = true;

		private Builder() {
		}

		/** @param value the direction of the lines; never null @return this builder */
		public Builder direction(LayoutDirection value) {
			this.direction = Objects.requireNonNull(value, "direction");
			return this;
		}

		/** @param value label size in points, 4 to 72 @return this builder */
		public Builder fontSize(double value) {
			this.fontSize = check(value, 4, 72, "font size");
			return this;
		}

		/** @param value wrap width in points, 40 to 2000 @return this builder */
		public Builder maxLabelWidth(double value) {
			this.maxLabelWidth = check(value, 40, 2000, "label width");
			return this;
		}

		/** @param value most lines per label, 1 to 200 @return this builder */
		public Builder maxLabelLines(int value) {
			this.maxLabelLines = (int) check(value, 1, 200, "label lines");
			return this;
		}

		/** @param value language of titles, captions and legend; never null @return this builder */
		public Builder locale(Locale value) {
			this.locale = Objects.requireNonNull(value, "locale");
			return this;
		}

		/** @param value a font file to use; null to search @return this builder */
		public Builder fontFile(Path value) {
			this.fontFile = value;
			return this;
		}

		/** @param value PNG pixels per point, 0.25 to 16 @return this builder */
		public Builder pngScale(double value) {
			this.pngScale = check(value, 0.25, 16, "PNG scale");
			return this;
		}

		/** @param dpi PNG resolution in dots per inch, 18 to 1152 (sets the scale to dpi / 72) @return this builder */
		public Builder pngDpi(double dpi) {
			this.pngScale = check(dpi, 18, 1152, "PNG dpi") / 72;
			return this;
		}

		/** @param value most pixels of a PNG, at least 1 @return this builder */
		public Builder maxPngPixels(long value) {
			if (value < 1) {
				throw new IllegalArgumentException("the PNG pixel limit must be positive, got " + value);
			}
			this.maxPngPixels = value;
			return this;
		}

		/** @param value whether to draw the legend @return this builder */
		public Builder legend(boolean value) {
			this.legend = value;
			return this;
		}

		/** @param value whether boxes side by side always stand in model order @return this builder */
		public Builder strictModelOrder(boolean value) {
			this.strictModelOrder = value;
			return this;
		}

		/** @return the options */
		public DiagramOptions build() {
			return new DiagramOptions(this);
		}

		private static double check(double value, double min, double max, String what) {
			if (!(value >= min && value <= max)) {
				throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
			}
			return value;
		}
	}
}
