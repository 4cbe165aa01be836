package org.example.zeren.firesafety.internal;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.example.zeren.firesafety.FireSafetyDuty;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;

/**
 * A fire-safety key unit names who manages its fire safety: reports a {@link Severity#WARNING} on each
 * {@link FireSafetyDuty} with the code {@code FS-E-01} (the responsibility system) of a key unit ({@code keyUnit})
 * whose {@code fireSafetyManager} is empty. Source: 《中华人民共和国消防法》(2021修正) 第十七条 (消防安全重点单位应当确定
 * 消防安全管理人，组织实施本单位的消防安全管理工作).
 */
final class FireSafetyManagerMissingRule implements ValidationRule {

	static final String CODE = "FS-E-01";

	@Override
	public String id() {
		return FireSafetyWorkArea.ID + ".manager-missing";
	}

	@Override
	public String source() {
		return FireSafetyWorkArea.LAW + " 第十七条";
	}

	@Override
	public void check(ValidationContext context) {
		for (Iterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			if (it.next() instanceof FireSafetyDuty duty && CODE.equals(duty.getCode()) && duty.isKeyUnit()
					&& (duty.getFireSafetyManager() == null || duty.getFireSafetyManager().isBlank())) {
				String holder = duty.getList() == null || duty.getList().getHolder() == null ? "?"
						: duty.getList().getHolder().getName();
				context.report(Severity.WARNING, duty, new LocalizedText(
						"消防安全重点单位“" + holder + "”未确定消防安全管理人（" + CODE + "，消防法第十七条）",
						"the fire-safety key unit \"" + holder + "\" has not named its fire-safety manager (" + CODE
								+ ", Fire Protection Law, article 17)"));
			}
		}
	}
}
