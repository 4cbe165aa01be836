package org.zeren.core.spi;

/**
 * One check of a responsibility model, contributed by the core or by a work area.
 * <p>
 * A rule reads the model through its {@link ValidationContext} and reports findings there; it
 * must not modify the model. It may throw: the validation engine then reports an error finding
 * naming the rule and its contributor, and runs every other rule.
 */
public interface ValidationRule {

	/**
	 * @return the rule identifier, unique across Zeren: {@code core.<name>} for core rules,
	 *         {@code <work-area-id>.<name>} for work-area rules (e.g.
	 *         {@code occupational-health.examination-missing}); never blank
	 */
	String id();

	/**
	 * @return the source of the rule, the law and article, standard clause or plan item it
	 *         enforces (e.g. {@code 《中华人民共和国安全生产法》(2021) 第二十四条}); never blank
	 */
	String source();

	/**
	 * Checks the model of the context and reports what is wrong.
	 *
	 * @param context the model and the finding sink; never null
	 */
	void check(ValidationContext context);
}
