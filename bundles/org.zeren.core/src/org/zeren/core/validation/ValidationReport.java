package org.zeren.core.validation;

import java.util.Comparator;
import java.util.List;

/**
 * The findings of one validation run.
 *
 * @param findings  the findings, most severe first, then in the order the rules reported them;
 *                  never null
 * @param cancelled whether the run stopped early because it was cancelled
 */
public record ValidationReport(List<Finding> findings, boolean cancelled) {

	/** Copies and sorts the findings by severity (stable). */
	public ValidationReport {
		findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
	}

	/**
	 * @param severity a severity; never null
	 * @return the number of findings of that severity
	 */
	public long count(Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** @return whether any finding is an error */
	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}
}
