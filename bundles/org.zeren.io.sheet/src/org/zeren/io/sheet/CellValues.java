package org.zeren.io.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.text.ChineseNumerals;
import org.zeren.core.text.ChineseText;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.PowerKind;
import org.zeren.model.Recurrence;

/** Reading typed values (dates, recurrences, measures, power kinds) from cell texts, and their labels for export. */
final class CellValues {

	private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
	private static final Pattern CHINESE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$");
	private static final Pattern CHINESE_NUMERALS = Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日?$");
	private static final Pattern SERIAL = Pattern.compile("^\\d{5}(?:\\.0+)?$");

	private CellValues() {
	}

	/**
	 * A date as offices write it: ISO {@code 2017-03-31}, with slashes or dots {@code 2017/3/31},
	 * Chinese {@code 2017年3月31日} or {@code 二〇一七年三月三十一日}, or an Excel serial number between
	 * 1 January 1955 (20090) and 2119 (80000) (a date cell exported as a number; 1900 date system).
	 *
	 * @param text a trimmed cell text; never null
	 * @return the date, or null when the text is not a date (e.g. 立即, 长期)
	 */
	static LocalDate date(String text) {
		String t = ChineseText.squeeze(ChineseText.halfWidth(text));
		try {
			Matcher m = ISO.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			m = CHINESE.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			m = CHINESE_NUMERALS.matcher(t);
			if (m.matches()) {
				return LocalDate.of(ChineseNumerals.parseDigits(m.group(1)), ChineseNumerals.parse(m.group(2)),
						ChineseNumerals.parse(m.group(3)));
			}
			if (SERIAL.matcher(t).matches()) {
				double serial = Double.parseDouble(t);
				if (serial >= 20090 && serial <= 80000) {
					// Excel's 1900 date system: day 1 is 1900-01-01 and it counts a 29 February 1900 that did not exist
					return LocalDate.of(1899, 12, 30).plusDays((long) serial);
				}
			}
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	/** The words of each recurrence, tried in this order (compiled once: every recurrence cell goes through them). */
	private static final Map<Pattern, Recurrence> RECURRENCES = new LinkedHashMap<>();
	static {
		RECURRENCES.put(Pattern.compile("每(日|天)(一次)?|日常?|每个工作日"), Recurrence.DAILY);
		RECURRENCES.put(Pattern.compile("每(周|星期)(一次)?|周"), Recurrence.WEEKLY);
		RECURRENCES.put(Pattern.compile("每(月|个月)(一次)?|月度?"), Recurrence.MONTHLY);
		RECURRENCES.put(Pattern.compile("每(季|季度)(一次)?|季度?"), Recurrence.QUARTERLY);
		RECURRENCES.put(Pattern.compile("每半年(一次)?|半年"), Recurrence.SEMIANNUAL);
		RECURRENCES.put(Pattern.compile("每(年|年度)(一次)?|年度?"), Recurrence.ANNUAL);
		RECURRENCES.put(Pattern.compile("持续|长期|经常性?|常态化|全年"), Recurrence.CONTINUOUS);
		RECURRENCES.put(Pattern.compile("适时|按需|随时|及时|不定期|必要时|视情"), Recurrence.AS_NEEDED);
		RECURRENCES.put(Pattern.compile("一次|单次|一次性"), Recurrence.NONE);
	}

	/**
	 * @param text a cell text; never null
	 * @return the recurrence named (每日/每天, 每周, 每月, 每季度, 每半年, 每年/每年度, 持续/长期/经常,
	 *         适时/按需/随时/及时, 一次/不定期 is AS_NEEDED), or null when not recognised
	 */
	static Recurrence recurrence(String text) {
		String t = ChineseText.squeeze(text);
		for (Map.Entry<Pattern, Recurrence> e : RECURRENCES.entrySet()) {
			if (e.getKey().matcher(t).matches()) {
				return e.getValue();
			}
		}
		return null;
	}

	/** @return the label Zeren exports for a recurrence, which {@link #recurrence(String)} reads back */
	static String label(Recurrence r) {
		return switch (r) {
		case NONE -> "一次";
		case CONTINUOUS -> "持续";
		case DAILY -> "每日";
		case WEEKLY -> "每周";
		case MONTHLY -> "每月";
		case QUARTERLY -> "每季度";
		case SEMIANNUAL -> "每半年";
		case ANNUAL -> "每年";
		case AS_NEEDED -> "适时";
		};
	}

	/**
	 * @param text a cell text naming measures separated by 、，；or line breaks; never null
	 * @return the measures in order, each once, or null when a part is not a known measure
	 *         (约谈, 一票否决, 行政问责/问责, 通报批评/通报, 行政处罚/处罚, 刑事责任/追究刑事责任)
	 */
	static List<AccountabilityMeasure> measures(String text) {
		Set<AccountabilityMeasure> result = EnumSet.noneOf(AccountabilityMeasure.class);
		List<AccountabilityMeasure> ordered = new ArrayList<>();
		for (String part : text.split("[、，,；;\\n/]+")) {
			String p = ChineseText.squeeze(part);
			if (p.isEmpty()) {
				continue;
			}
			AccountabilityMeasure m = switch (p) {
			case "约谈", "约谈问责" -> AccountabilityMeasure.ADMONITORY_INTERVIEW;
			case "一票否决" -> AccountabilityMeasure.ONE_VOTE_VETO;
			case "行政问责", "问责" -> AccountabilityMeasure.ADMINISTRATIVE_ACCOUNTABILITY;
			case "通报批评", "通报" -> AccountabilityMeasure.CIRCULATED_CRITICISM;
			case "行政处罚", "处罚" -> AccountabilityMeasure.ADMINISTRATIVE_PENALTY;
			case "刑事责任", "追究刑事责任" -> AccountabilityMeasure.CRIMINAL_LIABILITY;
			default -> null;
			};
			if (m == null) {
				return null;
			}
			if (result.add(m)) {
				ordered.add(m);
			}
		}
		return ordered;
	}

	/** @return the label Zeren exports for a measure, which {@link #measures(String)} reads back */
	static String label(AccountabilityMeasure m) {
		return switch (m) {
		case ADMONITORY_INTERVIEW -> "约谈";
		case ONE_VOTE_VETO -> "一票否决";
		case ADMINISTRATIVE_ACCOUNTABILITY -> "行政问责";
		case CIRCULATED_CRITICISM -> "通报批评";
		case ADMINISTRATIVE_PENALTY -> "行政处罚";
		case CRIMINAL_LIABILITY -> "刑事责任";
		};
	}

	/**
	 * @param text a category or power kind cell; never null
	 * @return the kind of power the text names exactly or by a known synonym, or null for any other
	 *         text (飞行检查 is not read as an inspection: offices use such words for other things too).
	 *         Known: 行政许可/许可/行政审批/审批, 行政检查/检查/监督检查, 行政处罚/处罚, 行政强制/强制/行政强制措施/
	 *         行政强制执行, 其他行政权力/其他权力/其他, each also with 类 after it
	 */
	static PowerKind powerKind(String text) {
		String t = ChineseText.squeeze(text);
		if (t.length() > 1 && t.endsWith("类")) {
			t = t.substring(0, t.length() - 1);
		}
		return switch (t) {
		case "行政许可", "许可", "行政审批", "审批" -> PowerKind.LICENSING;
		case "行政检查", "检查", "监督检查" -> PowerKind.INSPECTION;
		case "行政处罚", "处罚" -> PowerKind.PENALTY;
		case "行政强制", "强制", "行政强制措施", "行政强制执行" -> PowerKind.ENFORCEMENT;
		case "其他行政权力", "其他权力", "其他" -> PowerKind.OTHER;
		default -> null;
		};
	}

	/**
	 * @return whether a measures cell is exactly what Zeren exports for the measures read from it
	 *         ({@link #label(AccountabilityMeasure)} joined by 、), so that nothing of it would be lost
	 */
	static boolean exactLabels(String text, List<AccountabilityMeasure> measures) {
		return text.equals(String.join("、", measures.stream().map(CellValues::label).toList()));
	}

	/**
	 * @param text a trimmed cell text; never null
	 * @return whether the text has the shape of a date ({@link #date}) whatever its numbers, such as
	 *         the impossible 2017-02-30
	 */
	static boolean looksLikeDate(String text) {
		String t = ChineseText.squeeze(ChineseText.halfWidth(text));
		return ISO.matcher(t).matches() || CHINESE.matcher(t).matches() || CHINESE_NUMERALS.matcher(t).matches();
	}

	/** @return the label Zeren exports for a power kind, which {@link #powerKind(String)} reads back */
	static String label(PowerKind k) {
		return switch (k) {
		case LICENSING -> "行政许可";
		case INSPECTION -> "行政检查";
		case PENALTY -> "行政处罚";
		case ENFORCEMENT -> "行政强制";
		case OTHER -> "其他行政权力";
		};
	}

	/**
	 * @param text a cell listing items separated by 、；; or line breaks; never null
	 * @return the items, trimmed, without empty ones; never null
	 */
	static List<String> items(String text) {
		List<String> result = new ArrayList<>();
		for (String p : text.split("[、；;\\n\\r]+")) {
			String t = ChineseText.trim(p);
			if (!t.isEmpty()) {
				result.add(t);
			}
		}
		return result;
	}
}
