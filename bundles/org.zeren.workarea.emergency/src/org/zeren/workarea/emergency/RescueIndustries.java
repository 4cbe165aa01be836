package org.zeren.workarea.emergency;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.model.Enterprise;

/** The industries this work area treats specially. */
final class RescueIndustries {

	/**
	 * Industries that must establish an emergency rescue organisation and keep the necessary rescue
	 * equipment and materials: 危险物品的生产、经营、储存单位以及矿山、金属冶炼、城市轨道交通运营、建筑施工单位
	 * (《中华人民共和国安全生产法》(2021修正) 第八十二条; the equipment duty also binds transport units of
	 * dangerous goods). Matched as substrings of
	 * {@link Enterprise#getIndustry()}; 危险化学品, 烟花爆竹 and 民用爆炸物品 are dangerous goods, 煤矿 is a
	 * mine.
	 */
	static final List<String> RESCUE_INDUSTRIES = List.of("危险物品", "危险化学品", "烟花爆竹", "民用爆炸物品", "矿山", "煤矿",
			"金属冶炼", "城市轨道交通", "建筑施工");

	private RescueIndustries() {
	}

	/**
	 * @param enterprise an enterprise; may be null
	 * @return whether its industry text contains one of {@link #RESCUE_INDUSTRIES}
	 */
	static boolean inRescueIndustry(Enterprise enterprise) {
		return Parties.inIndustry(enterprise, RESCUE_INDUSTRIES);
	}
}
