package org.zeren.core.workarea;

import java.util.Objects;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * A work area accepted by the {@link WorkAreaRegistry}: its contribution and the identity read
 * from it once, when it was added.
 *
 * @param id           the work area id; never null
 * @param name         the display names; never null
 * @param colour       {@code #RRGGBB}; never null
 * @param contributor  the bundle symbolic name of the contributing bundle; never null
 * @param contribution the service object, for templates, rules and keywords; never null
 */
public record RegisteredWorkArea(String id, LocalizedText name, String colour, String contributor,
		WorkAreaContribution contribution) {

	/** @throws NullPointerException when a field is null */
	public RegisteredWorkArea {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(colour, "colour");
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(contribution, "contribution");
	}
}
