package org.zeren.io.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.text.ChineseNumerals;
import org.zeren.core.text.ChineseText;

/**
 * Parses the legal basis cell of a duty list into cited documents and article references.
 * <p>
 * The cell is split into parts at ；, ;, and line breaks. In a part with book-title marks, each
 * 《…》 is a document and the text up to the next 《 holds its article references. In a part without
 * them, the text is split further at 、 and ，: a piece with a title before its first 第…条 is a
 * document ({@code 安全生产法第二十一条}); a piece that starts with 第…条 adds references to the
 * document before it ({@code 安全生产法第二十一条、第二十二条}); a leading 依据 or 根据 is dropped.
 * References: 第N条 starts a reference to article N; 第N款 sets its paragraph, 第（N）项 or 第N项 its
 * item; a second 款 or 项 after one is set starts another reference to the same article
 * ({@code 第二十一条第一款、第二款}). Numbers are Arabic (also full-width) or Chinese. Text left over
 * after the references (other than punctuation and 和, 及, 与) becomes the note of the document's
 * first reference.
 */
final class LegalCitations {

	/** A cited document with its references; an empty list means the whole document. */
	record Citation(String document, List<Reference> references, String note) {
	}

	/** An article reference; null parts are not cited. */
	record Reference(Integer article, Integer paragraph, Integer item) {
	}

	private static final String NUM = "[0-9０-９一二三四五六七八九十百零〇两]+";
	private static final Pattern REF = Pattern.compile("第\\s*(" + NUM + ")\\s*条|第\\s*(" + NUM + ")\\s*款|第?\\s*[（(]\\s*("
			+ NUM + ")\\s*[）)]\\s*项?|第\\s*(" + NUM + ")\\s*项");
	private static final Pattern ARTICLE_START = Pattern.compile("第\\s*" + NUM + "\\s*条");
	private static final Pattern FILLER = Pattern.compile("[\\s、，,。．.和及与以及的规定:：]+");

	private LegalCitations() {
	}

	static List<Citation> parse(String cell) {
		List<Citation> result = new ArrayList<>();
		for (String part : cell.split("[；;\\n\\r]+")) {
			String p = ChineseText.trim(part);
			if (p.isEmpty()) {
				continue;
			}
			if (p.indexOf('《') >= 0) {
				booked(p, result);
			} else {
				bare(p, result);
			}
		}
		return result;
	}

	private static void booked(String p, List<Citation> result) {
		int i = p.indexOf('《');
		while (i >= 0) {
			int close = p.indexOf('》', i + 1);
			if (close < 0) {
				close = p.length();
			}
			String title = ChineseText.trim(p.substring(i + 1, close));
			int after = Math.min(close + 1, p.length());
			int next = p.indexOf('《', after);
			String tail = p.substring(after, next < 0 ? p.length() : next);
			if (!title.isEmpty()) {
				result.add(citation(title, tail));
			}
			i = next;
		}
	}

	private static void bare(String p, List<Citation> result) {
		String tail = null; // the reference text of the last document of this part, for continuations
		for (String piece : p.split("[、，,]+")) {
			String s = ChineseText.trim(piece);
			if (s.isEmpty()) {
				continue;
			}
			if (REF.matcher(s).lookingAt()) {
				// 第二十二条 or 第二款 after 安全生产法第二十一条: more references to the same document
				if (tail != null && !result.isEmpty()) {
					Citation last = result.remove(result.size() - 1);
					tail = tail + "、" + s;
					result.add(citation(last.document(), tail));
				}
				continue;
			}
			Matcher m = ARTICLE_START.matcher(s);
			int at = m.find() ? m.start() : s.length();
			String title = ChineseText.trim(s.substring(0, at)).replaceFirst("^(依据|根据|按照)", "");
			tail = s.substring(at);
			result.add(citation(title, tail));
		}
	}

	private static Citation citation(String document, String tail) {
		List<Reference> refs = new ArrayList<>();
		Integer article = null;
		Integer paragraph = null;
		Integer item = null;
		StringBuilder left = new StringBuilder();
		Matcher m = REF.matcher(tail);
		int pos = 0;
		while (m.find()) {
			left.append(tail, pos, m.start());
			pos = m.end();
			if (m.group(1) != null) {
				if (article != null) {
					refs.add(new Reference(article, paragraph, item));
				}
				article = number(m.group(1));
				paragraph = null;
				item = null;
			} else if (m.group(2) != null) {
				if (paragraph != null && article != null) {
					refs.add(new Reference(article, paragraph, item));
					item = null;
				}
				paragraph = number(m.group(2));
			} else {
				Integer n = number(m.group(3) != null ? m.group(3) : m.group(4));
				if (item != null && article != null) {
					refs.add(new Reference(article, paragraph, item));
				}
				item = n;
			}
		}
		left.append(tail.substring(pos));
		if (article != null) {
			refs.add(new Reference(article, paragraph, item));
		}
		String note = FILLER.matcher(left).replaceAll(" ").strip();
		return new Citation(document, refs, note.isEmpty() ? null : ChineseText.trim(left.toString()));
	}

	private static Integer number(String s) {
		int n = ChineseNumerals.parseAny(s.replace('两', '二'));
		return n > 0 ? n : null;
	}

	/**
	 * @param article   the article, or null
	 * @param paragraph the paragraph, or null
	 * @param item      the item, or null
	 * @return the reference as Chinese lists print it, e.g. 第二十一条第一款第（三）项; empty for a whole document
	 */
	static String format(Integer article, Integer paragraph, Integer item) {
		StringBuilder b = new StringBuilder();
		if (article != null) {
			b.append('第').append(ChineseNumerals.format(article)).append('条');
		}
		if (paragraph != null) {
			b.append('第').append(ChineseNumerals.format(paragraph)).append('款');
		}
		if (item != null) {
			b.append("第（").append(ChineseNumerals.format(item)).append("）项");
		}
		return b.toString();
	}
}
