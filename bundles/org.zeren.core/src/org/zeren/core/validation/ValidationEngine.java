package org.zeren.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.ResponsibilityModel;

/**
 * Runs the core rules and every rule of the installed work areas over a model.
 * <p>
 * Fault isolation: a rule that throws yields one {@link Severity#ERROR} finding with rule id
 * {@code core.rule-failed} naming the rule, its contributor and the exception; the other rules
 * still run. Rules only read the model. Not thread-safe per run; one engine may serve several
 * runs one after another.
 */
public class ValidationEngine {

	/** The contributor name of rules shipped with the core. */
	public static final String CORE = "org.zeren.core";

	private final List<ValidationRule> coreRules;
	private final WorkAreaRegistry registry;

	/**
	 * @param coreRules the core rules to run, in order; never null
	 * @param registry  the installed work areas whose rules also run; null for core rules only
	 */
	public ValidationEngine(List<ValidationRule> coreRules, WorkAreaRegistry registry) {
		this.coreRules = List.copyOf(coreRules);
		this.registry = registry;
	}

	/**
	 * Validates a model.
	 *
	 * @param model     the model; never null; not modified
	 * @param cancelled polled between rules and by long rules; null means never cancelled
	 * @return the findings, and whether the run was cancelled; never null
	 */
	public ValidationReport validate(ResponsibilityModel model, BooleanSupplier cancelled) {
		Objects.requireNonNull(model, "model");
		BooleanSupplier isCancelled = cancelled == null ? () -> false : cancelled;
		List<Finding> findings = new ArrayList<>();
		for (ValidationRule rule : coreRules) {
			if (isCancelled.getAsBoolean()) {
				return new ValidationReport(findings, true);
			}
			run(rule, CORE, model, findings, isCancelled);
		}
		if (registry != null) {
			for (Map.Entry<RegisteredWorkArea, List<ValidationRule>> e : registry.validationRules().entrySet()) {
				for (ValidationRule rule : e.getValue()) {
					if (isCancelled.getAsBoolean()) {
						return new ValidationReport(findings, true);
					}
					Throwable failure = run(rule, e.getKey().contributor(), model, findings, isCancelled);
					if (failure != null) {
						registry.report(new RegistryDiagnostic(e.getKey().contributor(), e.getKey().id(),
								"rule " + safeId(rule), failure));
					}
				}
			}
		}
		return new ValidationReport(findings, isCancelled.getAsBoolean());
	}

	/** Runs one rule; returns what it threw, or null when it completed. */
	private Throwable run(ValidationRule rule, String contributor, ResponsibilityModel model, List<Finding> findings,
			BooleanSupplier cancelled) {
		String ruleId = safeId(rule);
		String source = "?";
		List<Finding> own = new ArrayList<>();
		try {
			source = rule.source();
			String ruleSource = source;
			rule.check(new ValidationContext() {
				@Override
				public ResponsibilityModel model() {
					return model;
				}

				@Override
				public void report(Severity severity, EObject element, LocalizedText message) {
					own.add(new Finding(severity, ruleId, message, element, ruleSource, contributor));
				}

				@Override
				public boolean isCancelled() {
					return cancelled.getAsBoolean();
				}
			});
			findings.addAll(own);
			return null;
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			// keep what the rule found before it failed, then say that it failed
			findings.addAll(own);
			findings.add(new Finding(Severity.ERROR, "core.rule-failed",
					new LocalizedText("校验规则 " + ruleId + "（" + contributor + "）运行失败：" + e,
							"validation rule " + ruleId + " (" + contributor + ") failed: " + e),
					null, source, contributor));
			return e;
		}
	}

	private static String safeId(ValidationRule rule) {
		try {
			return Objects.requireNonNullElse(rule.id(), rule.getClass().getName());
		} catch (RuntimeException e) {
			return rule.getClass().getName();
		}
	}
}
