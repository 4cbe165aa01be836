package org.zeren.core.validation;

/** How serious a validation finding is. Ordered from most to least serious. */
public enum Severity {
	/** The model violates a legal requirement or is inconsistent; {@code zeren validate} exits 1. */
	ERROR,
	/** Probably wrong or incomplete (e.g. a duty with no legal basis). */
	WARNING,
	/** Worth knowing; nothing to fix. */
	INFO
}
