package org.zeren.core.spi;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;

/**
 * What one work area (工作领域, e.g. occupational health) contributes to Zeren.
 * <p>
 * Register an implementation as an OSGi service of this interface, normally as a Declarative
 * Services component ({@code @Component(service = WorkAreaContribution.class)}); outside OSGi add
 * it to a {@link org.zeren.core.workarea.WorkAreaRegistry} by hand. Every method may be called
 * at any time from any thread and should return quickly; results are not cached by callers
 * beyond one operation. Any method may throw: the registry turns the exception into a
 * diagnostic naming the contributing bundle and carries on with the other contributions.
 *
 * @since 0.1
 */
public interface WorkAreaContribution {

	/**
	 * @return the stable identifier of the work area, lower-case words joined by hyphens
	 *         ({@code [a-z0-9]+(-[a-z0-9]+)*}, e.g. {@code occupational-health}); it is stored in
	 *         models ({@code WorkArea.id}) and must never change between releases
	 */
	String id();

	/**
	 * @return the display name in Chinese and English; never null
	 */
	LocalizedText name();

	/**
	 * @return the colour of the work area in diagrams and the explorer, {@code #RRGGBB}
	 *         (sRGB, upper- or lower-case hex); never null
	 */
	String colour();

	/**
	 * EPackages that extend the core metamodel (for instance a subclass of {@code Duty} with
	 * attributes of its own). The registry registers them in the global EPackage registry while
	 * the contribution is present, so models using their classes load; when the bundle goes away
	 * such content is kept as unknown content by the model store.
	 *
	 * @return the packages, in any order; never null, empty when the work area has none
	 */
	default List<EPackage> ePackages() {
		return List.of();
	}

	/**
	 * @return the duty templates of this work area (which duties a party of a given kind must
	 *         hold), in the order they should appear in generated lists; never null
	 */
	default List<DutyTemplate> dutyTemplates() {
		return List.of();
	}

	/**
	 * @return the validation rules of this work area; never null
	 */
	default List<ValidationRule> validationRules() {
		return List.of();
	}

	/**
	 * Keywords that recognise this work area's topics in plan text, matched literally
	 * (after full-width to half-width normalisation) against a plan item's text, e.g.
	 * {@code 职业病}, {@code 职业卫生}.
	 *
	 * @return the keywords, most specific first; never null
	 */
	default List<String> keywords() {
		return List.of();
	}
}
