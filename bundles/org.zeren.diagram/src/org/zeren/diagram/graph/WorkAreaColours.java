package org.zeren.diagram.graph;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.WorkArea;

/**
 * Gives each work area of a model its name and colour for diagrams.
 * <p>
 * The colour is the model's {@code WorkArea.colour} when it is a valid {@code #RRGGBB} (the model copies it
 * from the work-area contribution when it creates the element); else the {@code colour()} of the installed
 * contribution with the same id, when a registry is given; else {@link WorkAreaStyle#DEFAULT_COLOUR}. Names come
 * from the model, else from the contribution, else the id.
 */
public final class WorkAreaColours {

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private final WorkAreaRegistry registry;
	private final Map<WorkArea, WorkAreaStyle> cache = new HashMap<>();

	/** @param registry the installed work areas, for areas the model has no colour or name for; may be null */
	public WorkAreaColours(WorkAreaRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param area a work area of the model; null gives null
	 * @return its style; null when {@code area} is null
	 */
	public WorkAreaStyle style(WorkArea area) {
		if (area == null) {
			return null;
		}
		return cache.computeIfAbsent(area, this::resolve);
	}

	private WorkAreaStyle resolve(WorkArea area) {
		String id = ModelText.blank(area.getId()) ? "" : area.getId();
		RegisteredWorkArea registered = registry == null || id.isEmpty() ? null : registry.find(id);
		String colour = area.getColour();
		if (colour == null || !COLOUR.matcher(colour).matches()) {
			colour = registered != null ? registered.colour() : WorkAreaStyle.DEFAULT_COLOUR;
		}
		String name = !ModelText.blank(area.getName()) ? area.getName()
				: registered != null ? registered.name().zh() : id;
		String english = !ModelText.blank(area.getEnglishName()) ? area.getEnglishName()
				: registered != null ? registered.name().en() : id;
		return new WorkAreaStyle(id.isEmpty() ? "unnamed" : id, name, english, colour.toUpperCase(Locale.ROOT));
	}
}
