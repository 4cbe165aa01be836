package org.zeren.io.plan;

import java.util.Objects;

import org.zeren.core.spi.LocalizedText;

/**
 * Something odd in a plan that did not stop the import, e.g. an item number out of sequence
 * ({@code 1、2、4、}) or a cited document whose kind was not recognised.
 * <p>
 * {@link PlanImporter} reports at most {@link #MAX_PER_KIND} warnings of one {@link Kind}; the
 * rest are summed up in one warning of kind {@link Kind#MORE} ("… N more warnings of this kind"),
 * placed at the line of the first one left out.
 *
 * @param line    the 1-based line of the extracted text the warning is about (for a {@code .docx}
 *                file: the paragraph), or 0 when it concerns the whole document
 * @param message what is odd, in Chinese and English; never null
 * @param kind    what sort of oddity it is; never null
 */
public record PlanImportWarning(int line, LocalizedText message, Kind kind) {

	/** How many warnings of one kind an import reports before summing up the rest: {@value}. */
	public static final int MAX_PER_KIND = 20;

	/** The sorts of warnings, each with a short description in Chinese and English. */
	public enum Kind {
		/** The Word document numbers a paragraph automatically; the number is not read. */
		AUTOMATIC_NUMBERING("Word 自动编号", "automatic numbering"),
		/** No title line before the first section. */
		NO_TITLE("没有标题", "no title"),
		/** The date of issue does not exist (2017年2月30日). */
		IMPOSSIBLE_DATE("日期不存在", "impossible date"),
		/** A section number (一、二、…) out of sequence. */
		SECTION_SEQUENCE("章节序号不连续", "section number out of sequence"),
		/** A section heading without title. */
		SECTION_WITHOUT_TITLE("章节没有标题", "section without title"),
		/** An item number (1、2、…) out of sequence. */
		ITEM_SEQUENCE("条目序号不连续", "item number out of sequence"),
		/** A sub-item number (（一）（二）…) out of sequence. */
		SUB_ITEM_SEQUENCE("子条目序号不连续", "sub-item number out of sequence"),
		/** A paragraph of a section before its first item. */
		PARAGRAPH_WITHOUT_ITEM("段落不属于任何条目", "paragraph outside any item"),
		/** A section without items. */
		SECTION_WITHOUT_ITEMS("章节没有条目", "section without items"),
		/** An item without text. */
		ITEM_WITHOUT_TEXT("条目没有内容", "item without text"),
		/** A cited document whose kind is not recognised from its title. */
		UNRECOGNISED_DOCUMENT("文件类别无法识别", "document kind not recognised"),
		/** Two cited titles that may be the same document. */
		LOOKALIKE_DOCUMENTS("可能重复的文件", "possibly the same document"),
		/** The summary of the warnings of one kind beyond {@link PlanImportWarning#MAX_PER_KIND}. */
		MORE("更多同类警告", "more warnings of one kind");

		private final LocalizedText description;

		Kind(String zh, String en) {
			this.description = new LocalizedText(zh, en);
		}

		/** @return a short description of the kind, in Chinese and English; never null */
		public LocalizedText description() {
			return description;
		}
	}

	/**
	 * @throws NullPointerException     when message or kind is null
	 * @throws IllegalArgumentException when line is negative
	 */
	public PlanImportWarning {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(kind, "kind");
		if (line < 0) {
			throw new IllegalArgumentException("line must be >= 0, got " + line);
		}
	}

	/** @return {@code line N: zh / en}, or just {@code zh / en} when line is 0 */
	@Override
	public String toString() {
		return (line > 0 ? "line " + line + ": " : "") + message;
	}
}
