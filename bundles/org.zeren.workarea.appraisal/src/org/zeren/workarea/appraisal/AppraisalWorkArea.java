package org.zeren.workarea.appraisal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The appraisal work area (考核评价, id {@value #ID}): the committee sets the indicator system
 * and runs the annual appraisal with the one-vote veto; departments are appraised and appraise
 * the entities they supervise; entities appraise their own posts under the full-staff
 * responsibility system.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第1项 (完善安全生产责任目标考核指标体系，注重过程考核和结果考核相结合；
 * 一票否决) and 第10项 (长效管理考核和年度安全管理工作考核); 《中华人民共和国安全生产法》(2021修正) 第二十二条.
 * <p>
 * Stateless and thread-safe; every method returns immutable, pre-built values.
 */
@Component(service = WorkAreaContribution.class)
public class AppraisalWorkArea implements WorkAreaContribution {

	/** The work area id, stored in models as {@code WorkArea.id}; never changes. */
	public static final String ID = "appraisal";

	private static final LocalizedText NAME = new LocalizedText("考核评价", "Appraisal");

	/** Pink. */
	private static final String COLOUR = "#AD1457";

	/**
	 * Most specific first. 第1项 of the 2017 plan contains 责任目标考核, 考核指标, 过程考核, 结果考核 and
	 * 一票否决; 第10项 contains 长效管理考核, 安全管理工作考核, 考评 and 评先评优. Bare 考核 is left out on
	 * purpose: it also names the competence assessment of leaders and special operators
	 * (考核合格, 《中华人民共和国安全生产法》(2021修正) 第二十七条、第三十条), which is training, not appraisal.
	 */
	private static final List<String> KEYWORDS = List.of("责任目标考核", "考核指标", "过程考核", "结果考核", "年度考核",
			"长效管理考核", "安全管理工作考核", "一票否决", "评先评优", "考评");

	private static final List<ValidationRule> RULES = List.of(new WeightsSumRule(), new VetoWithoutDutyRule(),
			new DepartmentNotAssessedRule());

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
	 * @return the seven templates {@code AP-C-01}, {@code AP-D-01}, {@code AP-D-02},
	 *         {@code AP-E-01}, {@code AP-E-02}, {@code AP-P-01}, {@code AP-P-02}, top first; never null
	 */
	@Override
	public List<DutyTemplate> dutyTemplates() {
		return AppraisalTemplates.ALL;
	}

	/**
	 * @return the rules {@code appraisal.weights-not-100}, {@code appraisal.veto-without-duty} and
	 *         {@code appraisal.supervisory-department-not-assessed}; never null
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
