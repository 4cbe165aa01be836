package org.zeren.io.sheet;

import java.util.List;
import java.util.Locale;

import org.zeren.core.text.ChineseText;

/**
 * What a column of a duty list holds, recognised from its heading (the usual Chinese headings of
 * power, responsibility and post duty lists) or set by a mapping file ({@link ColumnMapping}).
 * Headings are compared after {@link #normalise(String) normalisation}; the first role one of whose
 * headings equals the normalised heading wins.
 */
public enum ColumnRole {

	/** 序号, 编号, 事项编码: the duty's code ({@code Duty.code}). */
	CODE("code", "序号", "编号", "事项编码", "事项编号", "编码", "代码", "事项代码", "权力编码", "权力编号", "清单编号", "职责编号"),
	/** 事项名称, 权力名称: the duty's title. */
	TITLE("title", "事项名称", "职责名称", "权力名称", "权力事项名称", "责任事项名称", "项目名称", "名称", "权力事项", "主项名称", "主项", "事项"),
	/** 子项, 子项名称: a sub-item of the item named in the title column (power lists); the item becomes a grouping. */
	SUB_ITEM("sub-item", "子项", "子项名称", "子项目", "子项事项"),
	/** 事项内容, 职责内容, 安全职责: the duty's text. */
	CONTENT("content", "事项内容", "职责内容", "责任内容", "工作内容", "具体内容", "主要内容", "内容", "安全职责", "安全生产职责",
			"岗位职责", "岗位安全职责", "职责", "责任事项", "工作职责", "履职内容", "权力内容", "具体职责", "责任清单", "主要职责", "工作任务",
			"任务"),
	/** 责任主体, 责任单位, 岗位: the holder of the duty (a grouping column: blank cells are filled from above). */
	HOLDER("holder", "责任主体", "责任单位", "责任部门", "牵头单位", "实施主体", "责任科室", "岗位", "岗位名称", "责任岗位", "承办机构",
			"实施机构", "主体", "部门", "单位", "责任人"),
	/** 类别, 权力类别: the duty's category (a grouping column). */
	CATEGORY("category", "类别", "事项类别", "权力类别", "职责类别", "类型", "事项类型", "分类", "责任类别"),
	/** 权力类型 of a power list as Zeren exports it: the kind of power (行政许可, 行政检查, …). */
	POWER_KIND("power-kind", "权力类型", "权力种类"),
	/** 法律依据, 设定依据: the legal references. */
	LEGAL_BASIS("legal-basis", "法律依据", "设定依据", "依据", "实施依据", "法定依据", "政策依据", "职责依据", "法律法规依据", "依据条款",
			"法律法规", "法规依据", "设定依据及条款"),
	/** 条款: an article reference completing the legal basis column of the same row. */
	LEGAL_ARTICLE("legal-article", "条款", "具体条款", "条款号", "条款内容"),
	/** 追责情形: the accountability cases as text. */
	ACCOUNTABILITY_CASES("accountability-cases", "追责情形", "问责情形", "责任追究情形", "追责", "追责问责", "责任追究", "失职追责",
			"追责情形及依据"),
	/** 问责方式: accountability measures (约谈, 一票否决, …). */
	ACCOUNTABILITY_MEASURES("accountability-measures", "问责方式", "追责方式", "责任追究方式", "追责措施"),
	/** 监督方式: how performance is supervised. */
	SUPERVISION_METHOD("supervision-method", "监督方式", "监督检查方式", "监管方式", "检查方式", "监督措施", "监督检查"),
	/** 完成时限: a date or a time limit as text (立即). */
	DEADLINE("deadline", "完成时限", "时限", "完成时间", "期限", "办理时限", "时间要求", "时间节点", "时限要求"),
	/** 履职频次: how often the duty is performed. */
	RECURRENCE("recurrence", "履职频次", "频次", "检查频次", "频率", "工作频次"),
	/** 履职记录, 佐证材料: the records proving performance. */
	EVIDENCE("evidence", "履职记录", "佐证材料", "工作记录", "台账", "履职痕迹", "履职依据材料", "留痕资料"),
	/** 监督主体: the supervising parties. */
	SUPERVISING_PARTY("supervising-party", "监督主体", "监督部门", "监督单位"),
	/** 工作领域: the work area. */
	WORK_AREA("work-area", "工作领域", "领域", "专项工作"),
	/** 备注, 说明: remarks (the duty's description). */
	REMARKS("remarks", "备注", "说明", "备考"),
	/** A column read as nothing (mapping files only). */
	IGNORE("ignore"),
	/** Any other column: kept on the duty with its heading ({@code Duty.otherColumns}). */
	OTHER("other");

	private final String id;
	private final List<String> headings;

	ColumnRole(String id, String... headings) {
		this.id = id;
		this.headings = List.of(headings);
	}

	/** @return the role's name in mapping files, e.g. {@code legal-basis}; never null */
	public String id() {
		return id;
	}

	/** @return the usual headings of this role, normalised; never null, empty for IGNORE and OTHER */
	public List<String> headings() {
		return headings;
	}

	/**
	 * @param id a role name as used in mapping files, any case
	 * @return the role, or null when there is none of that name
	 */
	public static ColumnRole byId(String id) {
		for (ColumnRole r : values()) {
			if (r.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
				return r;
			}
		}
		return null;
	}

	/**
	 * @param heading a normalised heading
	 * @return the role whose usual headings include it, or null
	 */
	static ColumnRole recognise(String heading) {
		for (ColumnRole r : values()) {
			if (r.headings.contains(heading)) {
				return r;
			}
		}
		return null;
	}

	/**
	 * The form in which headings are compared: half-width, without white space, without marks of
	 * required fields ({@code *}, {@code ※}) and without a trailing note in brackets
	 * ({@code 序号（必填）} is {@code 序号}).
	 *
	 * @param heading a heading as written; never null
	 * @return its normal form; never null
	 */
	public static String normalise(String heading) {
		String h = ChineseText.squeeze(ChineseText.halfWidth(heading)).replace("*", "").replace("※", "");
		while (h.endsWith(")") && h.lastIndexOf('(') > 0) {
			h = h.substring(0, h.lastIndexOf('('));
		}
		return h.replace(":", "");
	}
}
