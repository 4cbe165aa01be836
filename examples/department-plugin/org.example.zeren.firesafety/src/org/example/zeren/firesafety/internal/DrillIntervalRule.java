package org.example.zeren.firesafety.internal;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.example.zeren.firesafety.FireSafetyDuty;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;

/**
 * Fire drills must be frequent enough: reports an {@link Severity#ERROR} on each {@link FireSafetyDuty} whose
 * {@code drillIntervalMonths} is more than 6 for a key unit ({@code keyUnit}) or more than 12 for another unit.
 * Duties with no interval (0) are not about drills and are left alone.
 * Source: 《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号) 第四十条.
 */
final class DrillIntervalRule implements ValidationRule {

	static final int KEY_UNIT_MONTHS = 6;
	static final int OTHER_UNIT_MONTHS = 12;

	@Override
	public String id() {
		return FireSafetyWorkArea.ID + ".drill-interval";
	}

	@Override
	public String source() {
		return FireSafetyWorkArea.ORDER_61_SOURCE + " 第四十条";
	}

	@Override
	public void check(ValidationContext context) {
		for (Iterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			if (it.next() instanceof FireSafetyDuty duty && duty.getDrillIntervalMonths() > 0) {
				int limit = duty.isKeyUnit() ? KEY_UNIT_MONTHS : OTHER_UNIT_MONTHS;
				if (duty.getDrillIntervalMonths() > limit) {
					String unit = duty.isKeyUnit() ? "消防安全重点单位" : "单位";
					context.report(Severity.ERROR, duty, new LocalizedText(
							"消防演练间隔" + duty.getDrillIntervalMonths() + "个月，" + unit + "应当至少每" + limit
									+ "个月演练一次（" + duty.getCode() + "）",
							"fire drills every " + duty.getDrillIntervalMonths() + " months, but a "
									+ (duty.isKeyUnit() ? "fire-safety key unit" : "unit") + " must rehearse at least every "
									+ limit + " months (" + duty.getCode() + ")"));
				}
			}
		}
	}
}
