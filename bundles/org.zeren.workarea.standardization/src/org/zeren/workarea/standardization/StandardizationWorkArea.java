package org.zeren.workarea.standardization;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The work-safety standardization work area (安全生产标准化, id {@value #ID}): supervisory
 * departments promote standardization and organise its review and audits; production and
 * business entities build and keep a standardization management system under GB/T 33000-2016.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第7项 (持续推进企业安全生产标准化创建); GB/T 33000-2016
 * 企业安全生产标准化基本规范; 《中华人民共和国安全生产法》(2021修正) 第四条、第二十一条.
 * <p>
 * Stateless and thread-safe; every method returns immutable, pre-built values.
 */
@Component(service = WorkAreaContribution.class)
public class StandardizationWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models as {@code WorkArea.id}; never changes. */
	public static final String ID = "standardization";

	private static final LocalizedText NAME = new LocalizedText("安全生产标准化", "Work safety standardization");

	/** Purple. */
	private static final String COLOUR = "#6A1B9A";

	/**
	 * Most specific first; all but 标准化评审 occur in 第7项 of the 2017 plan, and none in any other
	 * item. Bare 复审 and 小微企业 are left out on purpose: 复审 also names the re-examination of
	 * special-operations certificates (特种作业操作证复审), 小微企业 any policy for small firms.
	 */
	private static final List<String> KEYWORDS = List.of("GB/T 33000", "安全生产标准化", "小微企业标准化", "标准化运行质量",
			"标准化复审", "标准化评审", "标准化");

	private static final List<ValidationRule> RULES = List.of(new HighRiskNotStandardizedRule(),
			new GradedWithoutStandardizationDutyRule(), new SupersededStandardRule());

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
	 * @return the seven templates {@code ST-D-01}, {@code ST-D-02}, {@code ST-E-01}..{@code ST-E-03},
	 *         {@code ST-P-01}, {@code ST-P-02}, departments first; never null
	 */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return StandardizationTemplates.ALL;
	}

	/**
	 * @return the rules {@code standardization.high-risk-not-standardized},
	 *         {@code standardization.graded-without-standardization-duty} and
	 *         {@code standardization.superseded-standard}; never null
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
