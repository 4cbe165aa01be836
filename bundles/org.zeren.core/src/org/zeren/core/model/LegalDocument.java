package org.zeren.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.text.ChineseText;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;

/**
 * A legal document as cited in a plan or a spreadsheet cell (the text between 《 and 》, or a bare
 * title), with the kind recognised from its title. Shared by the plan importer and the spreadsheet
 * importer so that both create the same {@link LegalBasis} for the same citation.
 * <p>
 * Rules, applied to the title in half-width form without white space:
 * <ol>
 * <li>a standard code at the start: {@code GB}, {@code GB/T}, {@code GBZ} → national standard;
 * {@code AQ}, {@code AQ/T}, {@code JGJ} → industry standard; {@code DB..} → local standard (kinds
 * per the 《中华人民共和国标准化法》 and the metamodel's {@link LegalBasisKind}); the code goes to
 * {@link LegalBasis#getCode()}, the rest of the text is the title;</li>
 * <li>ends with 要点, 计划, 规划 → plan;</li>
 * <li>ends with 规定, 办法, 意见, 通知, 清单, 方案, 决定, 细则 → normative document;</li>
 * <li>ends with 法 → law;</li>
 * <li>ends with 条例 → local regulation when the title starts with a province, city or autonomous
 * region (江苏省安全生产条例), otherwise administrative regulation (《中华人民共和国立法法》:
 * 条例 of the State Council vs. of local people's congresses);</li>
 * <li>anything else → normative document, not recognised (importers warn).</li>
 * </ol>
 *
 * @param title      the title as written without 《》 and without a leading standard code; never blank
 * @param code       the normalised standard code, e.g. {@code GB/T 33000-2016}, or null
 * @param kind       the recognised kind
 * @param recognised false when the kind is a guess (rule 6)
 */
public record LegalDocument(String title, String code, LegalBasisKind kind, boolean recognised) {

	private static final Pattern STANDARD = Pattern.compile(
			"^(GBZ|GB|AQ|JGJ|DB\\d{0,6})\\s*(/\\s*[TZ])?\\s*(\\d+(?:\\.\\d+)*)(?:\\s*[-—–]\\s*(\\d{4}))?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");
	private static final Pattern PLAN = Pattern.compile(".*(要点|计划|规划)$");
	private static final Pattern NORMATIVE = Pattern.compile(".*(规定|办法|意见|通知|清单|方案|决定|细则)$");
	private static final Pattern LOCAL = Pattern
			.compile("^(?!城市)[\\u4e00-\\u9fff]{2,6}?(省|市|自治区|自治州|自治县|特别行政区)");

	/**
	 * @param written the text between 《 and 》 (or a bare title), trimmed, not empty; never null
	 * @return the document with its recognised kind; never null
	 */
	public static LegalDocument of(String written) {
		String norm = ChineseText.halfWidth(written);
		Matcher m = STANDARD.matcher(norm);
		if (m.lookingAt() && !ChineseText.squeeze(m.group(3)).isEmpty()) {
			String prefix = m.group(1).toUpperCase(java.util.Locale.ROOT);
			String series = m.group(2) == null ? "" : ChineseText.squeeze(m.group(2)).toUpperCase(java.util.Locale.ROOT);
			String code = prefix + series + " " + m.group(3) + (m.group(4) == null ? "" : "-" + m.group(4));
			String rest = ChineseText.trim(written.substring(m.end()));
			LegalBasisKind kind = prefix.startsWith("GB") ? LegalBasisKind.NATIONAL_STANDARD
					: prefix.startsWith("DB") ? LegalBasisKind.LOCAL_STANDARD : LegalBasisKind.INDUSTRY_STANDARD;
			return new LegalDocument(rest.isEmpty() ? code : rest, code, kind, true);
		}
		String t = TRAILING_NOTE.matcher(ChineseText.squeeze(norm)).replaceFirst("");
		LegalBasisKind kind;
		if (PLAN.matcher(t).matches()) {
			kind = LegalBasisKind.PLAN;
		} else if (NORMATIVE.matcher(t).matches()) {
			kind = LegalBasisKind.NORMATIVE_DOCUMENT;
		} else if (t.endsWith("法")) {
			kind = LegalBasisKind.LAW;
		} else if (t.endsWith("条例")) {
			kind = LOCAL.matcher(t).lookingAt() ? LegalBasisKind.LOCAL_REGULATION : LegalBasisKind.ADMINISTRATIVE_REGULATION;
		} else {
			return new LegalDocument(written, null, LegalBasisKind.NORMATIVE_DOCUMENT, false);
		}
		return new LegalDocument(written, null, kind, true);
	}

	/**
	 * @return the identity of a document for matching: its code when it has one, else its title's
	 * {@link LegalTitles#identity(String) identity} (《安全生产法》 is 《中华人民共和国安全生产法》).
	 */
	public String key() {
		return code != null ? "code:" + ChineseText.squeeze(code) : titleKey(title);
	}

	/**
	 * @param title a title; never null
	 * @return the matching key of a document known only by its title
	 */
	public static String titleKey(String title) {
		return "title:" + LegalTitles.identity(title);
	}

	/** @return whether an existing legal basis of a model is this document (same code, or same title key) */
	public boolean matches(LegalBasis basis) {
		if (code != null && basis.getCode() != null
				&& ChineseText.squeeze(ChineseText.halfWidth(basis.getCode())).equalsIgnoreCase(ChineseText.squeeze(code))) {
			return true;
		}
		return basis.getTitle() != null && titleKey(basis.getTitle()).equals(titleKey(title));
	}
}
