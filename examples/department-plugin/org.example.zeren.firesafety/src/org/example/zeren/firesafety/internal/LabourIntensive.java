package org.example.zeren.firesafety.internal;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.Party;

/**
 * Which enterprises the fire-safety office treats as labour-intensive (劳动密集型企业): many workers on one site,
 * where a fire costs many lives. The office's own working classification for its campaign, not a legal
 * definition: an enterprise whose industry text says 劳动密集 or names one of the industries below, and that is not a
 * micro enterprise ({@code scale} other than {@code MICRO}; an unknown scale counts).
 */
final class LabourIntensive {

	/** Industry words, matched as substrings of {@code Enterprise.industry}. */
	static final List<String> INDUSTRIES = List.of("劳动密集", "纺织", "服装", "制鞋", "鞋业", "玩具", "电子", "家具",
			"箱包", "印刷");

	private LabourIntensive() {
	}

	/**
	 * @param party a party; may be null
	 * @return whether it is an enterprise of a labour-intensive industry and not a micro enterprise
	 */
	static boolean test(Party party) {
		return party instanceof Enterprise e && e.getScale() != EnterpriseScale.MICRO && Parties.inIndustry(e, INDUSTRIES);
	}
}
