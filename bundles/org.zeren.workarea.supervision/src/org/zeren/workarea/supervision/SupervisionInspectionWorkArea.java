package org.zeren.workarea.supervision;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The supervision-and-inspection work area (监督检查, id {@value #ID}): how supervisory
 * departments plan and carry out inspections and follow up hidden hazards, and what production
 * and business entities and their posts must do to find, fix and report hazards.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第4项 (有计划地开展监督检查活动); 《中华人民共和国安全生产法》(2021修正)
 * 第四十一条 (隐患排查治理), 第六十二条 (年度监督检查计划), 第六十五条 (监督检查职权), 第九十条 (监管人员的法律责任).
 * <p>
 * Stateless and thread-safe; every method returns immutable, pre-built values.
 */
@Component(service = WorkAreaContribution.class)
public class SupervisionInspectionWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models as {@code WorkArea.id}; never changes. */
	public static final String ID = "supervision-inspection";

	private static final LocalizedText NAME = new LocalizedText("监督检查", "Supervision and inspection");

	/** Cyan. */
	private static final String COLOUR = "#00838F";

	/**
	 * Most specific first. 第4项 of the 2017 plan contains 四不两直, 打非治违, 分类分级, 隐患, 执法检查,
	 * 日常执法 and 监督检查; 暗查暗访 (第6项) is another name of unannounced inspection; 监督检查 also
	 * occurs in 第8项, 第9项 and 第10项, each time for inspections by the departments.
	 */
	private static final List<String> KEYWORDS = List.of("四不两直", "重大事故隐患", "隐患排查", "打非治违", "分类分级",
			"暗查暗访", "执法检查", "日常执法", "监督检查", "隐患");

	private static final List<ValidationRule> RULES = List.of(new SupervisorNotSupervisoryRule(),
			new EnterpriseNotGradedRule(), new OutsideScopeRule());

	@Override
	public String id() {
		return ID;
	}

	@Override
	public LocalizedText name() {
		return NAME;
	}

	@Override
	public String colour() {
		return COLOUR;
	}

	/**
	 * @return the eleven templates {@code SI-D-01}..{@code SI-D-06}, {@code SI-E-01}..{@code SI-E-03},
	 *         {@code SI-P-01}, {@code SI-P-02}, departments first; never null
	 */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return SupervisionTemplates.ALL;
	}

	/**
	 * @return the rules {@code supervision-inspection.supervisor-not-supervisory},
	 *         {@code supervision-inspection.enterprise-not-graded} and
	 *         {@code supervision-inspection.outside-scope}; never null
	 */
	@Override
	public List<ValidationRule> validationRules() {
		return RULES;
	}

	@Override
	public List<String> keywords() {
		return KEYWORDS;
	}
}
