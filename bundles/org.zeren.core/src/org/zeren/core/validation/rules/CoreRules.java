package org.zeren.core.validation.rules;

import java.util.List;

import org.zeren.core.spi.ValidationRule;

/** The core validation rules. */
public final class CoreRules {

	private CoreRules() {
	}

	/** @return a new instance of every core rule, in reporting order; never null */
	public static List<ValidationRule> all() {
		return List.of(new DutyWithoutHolderRule(), new TwoListsRule(), new DualResponsibilityRule(),
				new DutyWithoutLegalBasisRule(), new DelegationCycleRule(), new DuplicateCodeRule(),
				new DanglingReferenceRule(), new ArticleOutOfRangeRule());
	}
}
