package org.zeren.workarea.rectification;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;

/**
 * The sectors of the 2017 special rectification campaigns (plan item 6), recognised from the free
 * text of {@code Enterprise.industry}, and questions about supervision that the templates and rules
 * ask. The model has no attribute for "labour-intensive" or "dust explosion hazard", so both are
 * recognised from industry words; the words are listed here so that offices can write industries
 * that match.
 */
final class Sectors {

	/** Construction: the industry text contains 建筑施工 (or 建筑业). */
	static final List<String> CONSTRUCTION = List.of("建筑施工", "建筑业");

	/**
	 * Labour-intensive manufacturing (劳动密集型企业), the target of the fire-safety campaign: the
	 * industry text contains 劳动密集 or one of the trades usually counted as labour-intensive.
	 */
	static final List<String> LABOUR_INTENSIVE = List.of("劳动密集", "服装", "纺织", "制鞋", "鞋业", "玩具", "家具", "电子装配",
			"箱包", "印刷", "食品加工");

	/**
	 * Dust (dust explosion and dust occupational hazards): the industry text contains 粉尘 or 涉粉,
	 * e.g. 工贸（涉爆粉尘）.
	 */
	static final List<String> DUST = List.of("粉尘", "涉粉");

	private Sectors() {
	}

	/** @return whether the enterprise's industry text contains one of the words */
	static boolean in(Enterprise e, List<String> words) {
		String industry = e == null ? null : e.getIndustry();
		return industry != null && words.stream().anyMatch(industry::contains);
	}

	/** @return whether the party is an enterprise of the construction sector */
	static boolean isConstruction(Object party) {
		return party instanceof Enterprise e && in(e, CONSTRUCTION);
	}

	/** @return whether the party is a labour-intensive enterprise */
	static boolean isLabourIntensive(Object party) {
		return party instanceof Enterprise e && in(e, LABOUR_INTENSIVE);
	}

	/** @return whether the party is an enterprise with dust hazards (see {@link #DUST}) */
	static boolean hasDust(Object party) {
		return party instanceof Enterprise e && in(e, DUST);
	}

	/** @return whether the enterprise is in one of the campaign sectors */
	static boolean inCampaign(Enterprise e) {
		return isConstruction(e) || isLabourIntensive(e) || hasDust(e);
	}

	/**
	 * @param party a party; may be null
	 * @return the nearest enterprise containing the party (the party itself when it is one), or null
	 */
	static Enterprise enterpriseOf(EObject party) {
		for (EObject o = party; o != null; o = o.eContainer()) {
			if (o instanceof Enterprise e) {
				return e;
			}
		}
		return null;
	}

	/**
	 * @param party a party; may be null
	 * @return the model containing the party, or null when it is not in one
	 */
	static ResponsibilityModel modelOf(EObject party) {
		return party != null && EcoreUtil.getRootContainer(party) instanceof ResponsibilityModel m ? m : null;
	}

	/**
	 * @param department a department; never null
	 * @return the enterprises that the department supervises, in model order; never null
	 */
	static List<Enterprise> supervisedBy(Department department) {
		List<Enterprise> result = new ArrayList<>();
		ResponsibilityModel model = modelOf(department);
		if (model != null) {
			for (Supervision s : model.getSupervisions()) {
				if (s.getSupervisor() == department) {
					result.addAll(s.getSupervised());
				}
			}
		}
		return result;
	}

	/**
	 * @param model the model; never null
	 * @param e     an enterprise; never null
	 * @return whether a supervisory department supervises the enterprise
	 */
	static boolean isSupervised(ResponsibilityModel model, Enterprise e) {
		return model.getSupervisions().stream().anyMatch(s -> s.getSupervisor() != null && s.getSupervisor().isSupervisory()
				&& s.getSupervised().contains(e));
	}

	/** @return a short label of a party for messages: its name, or its class name when it has none */
	static String label(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.eClass().getName() : party.getName();
	}
}
