package org.zeren.workarea.training;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/** Questions about parties that the templates and rules of this work area ask. */
final class Parties {

	/**
	 * Industries whose principal leaders and safety managers must have their safety knowledge and
	 * management ability assessed by the supervising department: 危险物品的生产、经营、储存、装卸单位以及
	 * 矿山、金属冶炼、建筑施工、运输单位 (《中华人民共和国安全生产法》(2021修正) 第二十七条第二款). Matched as
	 * substrings of {@link Enterprise#getIndustry()}; 危险化学品, 烟花爆竹 and 民用爆炸物品 are
	 * dangerous goods, 煤矿 is a mine.
	 */
	static final List<String> ASSESSED_INDUSTRIES = List.of("危险物品", "危险化学品", "烟花爆竹", "民用爆炸物品", "矿山",
			"煤矿", "金属冶炼", "建筑施工", "运输");

	private Parties() {
	}

	/**
	 * @param party a party; may be null
	 * @return the nearest enterprise containing the party (the party itself when it is one), or null
	 */
	static Enterprise enterpriseOf(Party party) {
		for (EObject o = party; o != null; o = o.eContainer()) {
			if (o instanceof Enterprise e) {
				return e;
			}
		}
		return null;
	}

	/**
	 * @param enterprise an enterprise; may be null
	 * @return whether its industry text contains one of {@link #ASSESSED_INDUSTRIES}
	 */
	static boolean inAssessedIndustry(Enterprise enterprise) {
		String industry = enterprise == null ? null : enterprise.getIndustry();
		return industry != null && ASSESSED_INDUSTRIES.stream().anyMatch(industry::contains);
	}

	/**
	 * @param model  the model; never null
	 * @param holder a party; never null
	 * @param kind   a list kind; never null
	 * @return whether the party holds at least one list of this kind
	 */
	static boolean holdsList(ResponsibilityModel model, Party holder, DutyListKind kind) {
		return model.getDutyLists().stream().anyMatch(l -> l.getHolder() == holder && l.getKind() == kind);
	}

	/**
	 * @param model  the model; never null
	 * @param holder a party; never null
	 * @return the duties of every list the party holds, in model order; never null
	 */
	static List<Duty> dutiesOf(ResponsibilityModel model, Party holder) {
		List<Duty> result = new ArrayList<>();
		for (DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder) {
				result.addAll(l.getDuties());
			}
		}
		return result;
	}

	/**
	 * @param duty  a duty; never null
	 * @param words words to look for; never null
	 * @return whether the duty's title or text contains one of the words
	 */
	static boolean mentions(Duty duty, List<String> words) {
		for (String w : words) {
			if ((duty.getTitle() != null && duty.getTitle().contains(w)) || (duty.getText() != null && duty.getText().contains(w))) {
				return true;
			}
		}
		return false;
	}

	/** @return a short label of a party for messages: its name, or its class name when it has none */
	static String label(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.eClass().getName() : party.getName();
	}
}
