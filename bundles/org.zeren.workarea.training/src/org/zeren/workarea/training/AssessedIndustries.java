package org.zeren.workarea.training;

import java.util.List;

import org.zeren.core.model.Parties;
import org.zeren.model.Enterprise;

/** The industries this work area treats specially. */
final class AssessedIndustries {

	/**
	 * Industries whose principal leaders and safety managers must have their safety knowledge and
	 * management ability assessed by the supervising department: 危险物品的生产、经营、储存、装卸单位以及
	 * 矿山、金属冶炼、建筑施工、运输单位 (《中华人民共和国安全生产法》(2021修正) 第二十七条第二款). Matched as
	 * substrings of {@link Enterprise#getIndustry()}; 危险化学品, 烟花爆竹 and 民用爆炸物品 are
	 * dangerous goods, 煤矿 is a mine.
	 */
	static final List<String> ASSESSED_INDUSTRIES = List.of("危险物品", "危险化学品", "烟花爆竹", "民用爆炸物品", "矿山",
			"煤矿", "金属冶炼", "建筑施工", "运输");

	private AssessedIndustries() {
	}

	/**
	 * @param enterprise an enterprise; may be null
	 * @return whether its industry text contains one of {@link #ASSESSED_INDUSTRIES}
	 */
	static boolean inAssessedIndustry(Enterprise enterprise) {
		return Parties.inIndustry(enterprise, ASSESSED_INDUSTRIES);
	}
}
