package org.zeren.core.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasis;
import org.zeren.model.Party;

/** Short labels of elements for findings (user text is kept as entered). */
final class Labels {

	private Labels() {
	}

	static String of(EObject element) {
		if (element instanceof Duty d) {
			return join(d.getCode(), d.getTitle());
		}
		if (element instanceof DutyList l) {
			return nonNull(l.getName(), l.getKind().getLiteral());
		}
		if (element instanceof Party p) {
			return nonNull(p.getName(), p.eClass().getName());
		}
		if (element instanceof LegalBasis b) {
			return nonNull(b.getTitle(), "LegalBasis");
		}
		return element == null ? "" : element.eClass().getName();
	}

	private static String join(String code, String title) {
		if (code == null || code.isBlank()) {
			return nonNull(title, "?");
		}
		return title == null || title.isBlank() ? code : code + " " + title;
	}

	private static String nonNull(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
