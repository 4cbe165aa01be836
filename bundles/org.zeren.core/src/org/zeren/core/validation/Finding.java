package org.zeren.core.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;

/**
 * One result of validation.
 *
 * @param severity    the severity; never null
 * @param ruleId      the id of the rule that reported it (see
 *                    {@link org.zeren.core.spi.ValidationRule#id()}); never null
 * @param message     the message in Chinese and English; never null
 * @param element     the element concerned; null for findings about the whole model
 * @param source      the legal or plan source of the rule; never null
 * @param contributor who contributed the rule: {@code core} or the work area's bundle symbolic
 *                    name; never null
 */
public record Finding(Severity severity, String ruleId, LocalizedText message, EObject element, String source,
		String contributor) {

	/** @throws NullPointerException when a field other than {@code element} is null */
	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(contributor, "contributor");
	}
}
