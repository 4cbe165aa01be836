package org.zeren.core.validation.rules;

import java.util.HashMap;
import java.util.Map;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;

/**
 * Codes identify the items of a list: within one list no two duties share a code (compared
 * after trimming). Source: 《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号)
 * (each item of a list is numbered and published).
 */
final class DuplicateCodeRule implements ValidationRule {

	@Override
	public String id() {
		return "core.duplicate-code";
	}

	@Override
	public String source() {
		return "《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号)";
	}

	@Override
	public void check(ValidationContext context) {
		for (DutyList list : context.model().getDutyLists()) {
			Map<String, Duty> first = new HashMap<>();
			for (Duty duty : list.getDuties()) {
				String code = duty.getCode() == null ? "" : duty.getCode().strip();
				if (code.isEmpty()) {
					continue;
				}
				Duty earlier = first.putIfAbsent(code, duty);
				if (earlier != null) {
					context.report(Severity.ERROR, duty, new LocalizedText(
							"清单“" + Labels.of(list) + "”中编号 " + code + " 重复（另见“" + Labels.of(earlier) + "”）",
							"code " + code + " appears twice in list \"" + Labels.of(list) + "\" (also \""
									+ Labels.of(earlier) + "\")"));
				}
			}
		}
	}
}
