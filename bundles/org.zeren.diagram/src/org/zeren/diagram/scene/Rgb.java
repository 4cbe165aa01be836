package org.zeren.diagram.scene;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour.
 *
 * @param red   0 to 255
 * @param green 0 to 255
 * @param blue  0 to 255
 */
public record Rgb(int red, int green, int blue) {

	private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** White, {@code #FFFFFF}. */
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	/** @throws IllegalArgumentException when a component is outside 0..255 */
	public Rgb {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("colour component out of range: " + red + ", " + green + ", " + blue);
		}
	}

	/**
	 * @param hex {@code #RRGGBB}, upper- or lower-case (the form of {@code WorkArea.colour} and
	 *            {@code WorkAreaContribution.colour()})
	 * @return the colour
	 * @throws IllegalArgumentException when the text is not of that form
	 */
	public static Rgb parse(String hex) {
		if (hex == null || !HEX.matcher(hex).matches()) {
			throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new Rgb(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
	}

	/**
	 * @param hex a text that may be a colour; may be null
	 * @return whether {@link #parse} accepts it
	 */
	public static boolean isValid(String hex) {
		return hex != null && HEX.matcher(hex).matches();
	}

	/** @return {@code #RRGGBB} in upper case */
	public String hex() {
		return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
	}

	/** @return the colour as {@code 0xRRGGBB} */
	public int value() {
		return red << 16 | green << 8 | blue;
	}

	/**
	 * @param amount 0 gives white, 1 gives this colour
	 * @return this colour mixed with white
	 */
	public Rgb tint(double amount) {
		return new Rgb(mix(red, amount), mix(green, amount), mix(blue, amount));
	}

	private static int mix(int c, double amount) {
		return (int) Math.round(255 - (255 - c) * amount);
	}

	/**
	 * @return the relative luminance per WCAG 2.1 (0 black to 1 white), used to pick a readable text colour
	 */
	public double luminance() {
		return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
	}

	private static double linear(int c) {
		double s = c / 255.0;
		return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	}

	@Override
	public String toString() {
		return hex();
	}
}
