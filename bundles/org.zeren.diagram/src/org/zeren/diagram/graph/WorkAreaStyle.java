package org.zeren.diagram.graph;

import java.util.Locale;
import java.util.Objects;

/**
 * A work area as a diagram shows it: its name and colour.
 *
 * @param id          the work area id ({@code WorkArea.id}), e.g. {@code occupational-health}; never null
 * @param name        the Chinese name, e.g. 职业卫生; never null
 * @param englishName the English name; never null (the id when the model has none)
 * @param colour      {@code #RRGGBB}: the model's {@code WorkArea.colour}, else the colour of the installed
 *                    work-area contribution with this id, else {@link #DEFAULT_COLOUR}; never null
 */
public record WorkAreaStyle(String id, String name, String englishName, String colour) {

	/** Colour of a work area that has none in the model and no installed contribution: blue grey. */
	public static final String DEFAULT_COLOUR = "#607D8B";

	/** @throws NullPointerException when a value is null */
	public WorkAreaStyle {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(englishName, "englishName");
		Objects.requireNonNull(colour, "colour");
	}

	/**
	 * @param locale the display locale; null means the default locale
	 * @return the Chinese name for any {@code zh} locale, else the English name
	 */
	public String label(Locale locale) {
		Locale l = Objects.requireNonNullElse(locale, Locale.getDefault());
		return "zh".equals(l.getLanguage()) ? name : englishName;
	}
}
