package org.zeren.core.spi;

import org.eclipse.emf.ecore.EObject;
import org.zeren.core.validation.Severity;
import org.zeren.model.ResponsibilityModel;

/**
 * What a {@link ValidationRule} sees while it runs: the model and a place to report findings.
 * Not thread-safe; one context serves one rule in one validation run.
 */
public interface ValidationContext {

	/** @return the model under validation; never null; must not be modified */
	ResponsibilityModel model();

	/**
	 * Reports a finding of the running rule.
	 *
	 * @param severity the severity; never null
	 * @param element  the element the finding concerns; null for a finding about the whole model
	 * @param message  what is wrong and, where possible, how to fix it; never null
	 */
	void report(Severity severity, EObject element, LocalizedText message);

	/** @return true when the user cancelled the run; long rules should check it and return */
	boolean isCancelled();
}
