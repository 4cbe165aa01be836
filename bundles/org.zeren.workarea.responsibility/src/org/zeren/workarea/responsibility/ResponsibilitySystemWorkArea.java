package org.zeren.workarea.responsibility;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The responsibility-system work area (安全生产责任体系, id {@value #ID}): joint Party-government
 * responsibility (党政同责), dual responsibility of each post (一岗双责), the two lists of every
 * supervisory department (权力清单、责任清单), "one must, five in place" for enterprises
 * (一必须五到位) and accountability (约谈, 一票否决, 行政问责).
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第1项、第2项、第3项; 《中华人民共和国安全生产法》(2021修正)
 * 第三条、第四条、第五条、第九条、第十条、第十七条、第二十一条、第二十二条、第二十四条、第二十五条;
 * 《地方党政领导干部安全生产责任制规定》(2018); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016).
 * <p>
 * Stateless and thread-safe; every method returns immutable, pre-built values.
 */
@Component(service = WorkAreaContribution.class)
public class ResponsibilitySystemWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models as {@code WorkArea.id}; never changes. */
	public static final String ID = "responsibility-system";

	private static final LocalizedText NAME = new LocalizedText("安全生产责任体系", "Responsibility system");

	/** Brown: a neutral backbone colour, apart from the colours of the other work areas. */
	private static final String COLOUR = "#5D4037";

	/**
	 * Most specific first. Each occurs verbatim in the 2017 plan: 第1项 (党政同责, 一岗双责, 失职追责,
	 * 一票否决, 约谈, 行政问责), 第2项 (两张清单, 权力和责任, 监管责任, 管行业必须管安全), 第3项 (一必须五到位,
	 * 安全生产主体责任; the latter also in 第4项); 三个必须 is the usual short form of the principle.
	 */
	private static final List<String> KEYWORDS = List.of("一必须五到位", "党政同责", "一岗双责", "失职追责", "两张清单",
			"权力和责任", "管行业必须管安全", "三个必须", "安全生产主体责任", "监管责任", "一票否决", "行政问责", "约谈");

	private static final List<ValidationRule> RULES = List.of(new EnterpriseWithoutPrincipalLeaderRule(),
			new PrimaryResponsibilityListRule(), new UnsupervisedEnterpriseRule());

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
	 * @return the eight templates {@code RS-C-01}, {@code RS-D-01}, {@code RS-D-02},
	 *         {@code RS-E-01}..{@code RS-E-03}, {@code RS-P-01}, {@code RS-P-02}, top of the chain
	 *         first; never null
	 */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return ResponsibilityTemplates.ALL;
	}

	/**
	 * @return the rules {@code responsibility-system.enterprise-without-principal-leader},
	 *         {@code responsibility-system.primary-responsibility-list-missing} and
	 *         {@code responsibility-system.enterprise-unsupervised}; never null
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
