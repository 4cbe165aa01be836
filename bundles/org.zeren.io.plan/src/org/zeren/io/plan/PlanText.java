package org.zeren.io.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.ChineseText;
import org.zeren.core.text.DecodedText;
import org.zeren.core.text.TextDecoding;
import org.zeren.core.text.TextEncoding;
import org.zeren.core.text.UndecodableTextException;

/**
 * The text of a plan file, split into lines: decoded from UTF-8 (with or without BOM) or
 * GB18030, or extracted paragraph by paragraph from a {@code .docx}.
 *
 * @param lines    the lines, untrimmed, line 1 first
 * @param encoding how the text was read
 * @param warnings problems met while reading that did not stop it
 */
record PlanText(List<String> lines, PlanEncoding encoding, List<PlanImportWarning> warnings) {

	static PlanText read(Path file) throws PlanImportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new PlanImportException(file, 0, new LocalizedText("文件不存在", "the file does not exist"), e);
		} catch (IOException e) {
			throw new PlanImportException(file, 0,
					new LocalizedText("无法读取文件：" + e, "the file cannot be read: " + e), e);
		}
		if (bytes.length == 0) {
			throw empty(file);
		}
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		PlanText text = name.endsWith(".docx") ? docx(file, bytes) : plain(file, bytes);
		checkCharacters(file, text.lines());
		if (text.lines().stream().allMatch(l -> ChineseText.trim(l).isEmpty())) {
			throw empty(file);
		}
		return text;
	}

	private static PlanImportException empty(Path file) {
		return new PlanImportException(file, 0, new LocalizedText("文件为空，没有工作要点的内容",
				"the file is empty: it holds no work plan"), null);
	}

	private static PlanText plain(Path file, byte[] bytes) throws PlanImportException {
		TextEncoding bom = TextDecoding.bomOf(bytes);
		if (bom == TextEncoding.UTF_16LE_WITH_BOM || bom == TextEncoding.UTF_16BE_WITH_BOM) {
			throw new PlanImportException(file, 1, new LocalizedText(
					"文件是 UTF-16（“Unicode”）编码，不能读取；请另存为 UTF-8",
					"the file is in UTF-16 (\"Unicode\"), which is not read; save it as UTF-8"), null);
		}
		try {
			DecodedText text = TextDecoding.decode(bytes);
			return new PlanText(split(text.text()), switch (text.encoding()) {
			case UTF_8_WITH_BOM -> PlanEncoding.UTF_8_WITH_BOM;
			case GB18030 -> PlanEncoding.GB18030;
			default -> PlanEncoding.UTF_8;
			}, List.of());
		} catch (UndecodableTextException e) {
			if (bom == TextEncoding.UTF_8_WITH_BOM) {
				throw new PlanImportException(file, TextDecoding.lineOf(bytes, bom, e.offset()), new LocalizedText(
						"文件以 UTF-8 字节顺序标记开头，但第 " + (e.offset() + 1) + " 字节不是有效的 UTF-8",
						"the file starts with a UTF-8 byte order mark, but byte " + (e.offset() + 1)
								+ " is not valid UTF-8"), null);
			}
			int bad = e.offset();
			int badGb = e.gb18030Offset();
			throw new PlanImportException(file, TextDecoding.lineOf(bytes, TextEncoding.UTF_8, e.furthestOffset()),
					new LocalizedText("文件编码无法识别：既不是 UTF-8（第 " + (bad + 1) + " 字节无效）也不是 GB18030/GBK（第 "
							+ (badGb + 1) + " 字节无效）；请另存为 UTF-8",
							"unreadable encoding: neither UTF-8 (invalid byte " + (bad + 1)
									+ ") nor GB18030/GBK (invalid byte " + (badGb + 1) + "); save the file as UTF-8"),
					null);
		}
	}

	private static List<String> split(CharSequence text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				lines.add(text.subSequence(start, i).toString());
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.subSequence(start, text.length()).toString());
		}
		return lines;
	}

	/** Text that decodes but holds control characters is binary, not a plan. */
	private static void checkCharacters(Path file, List<String> lines) throws PlanImportException {
		for (int n = 0; n < lines.size(); n++) {
			String l = lines.get(n);
			for (int i = 0; i < l.length(); i++) {
				char c = l.charAt(i);
				if ((c < 0x20 && c != '\t' && c != '\f' && c != 0x0B) || c == 0x7F || c == '\uFFFD'
						|| (Character.isSurrogate(c) && !validSurrogate(l, i))) {
					throw new PlanImportException(file, n + 1, new LocalizedText(
							String.format("第 %d 个字符是控制字符 U+%04X：这不是文本文件（二进制内容或编码无法识别）", i + 1, (int) c),
							String.format("character %d is the control character U+%04X: this is not a text file "
									+ "(binary content or an unreadable encoding)", i + 1, (int) c)),
							null);
				}
			}
		}
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

	private static PlanText docx(Path file, byte[] bytes) throws PlanImportException {
		if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
				&& (bytes[3] & 0xFF) == 0xE0) {
			throw new PlanImportException(file, 0, new LocalizedText(
					"这是旧版 Word 97-2003（.doc）文件，不是 .docx；请在 Word 中另存为 .docx",
					"this is an old Word 97-2003 (.doc) file, not a .docx; save it as .docx in Word"), null);
		}
		if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
			throw new PlanImportException(file, 0, new LocalizedText(
					"不是 .docx 文件：内容不是 ZIP 压缩包（Word 文档是 ZIP 格式）",
					"not a .docx file: the content is not a ZIP archive (a Word document is one)"), null);
		}
		List<String> lines = new ArrayList<>();
		List<PlanImportWarning> warnings = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement e : doc.getBodyElements()) {
				if (e instanceof XWPFParagraph p) {
					paragraph(p, lines, warnings);
				} else if (e instanceof XWPFTable t) {
					for (XWPFTableRow row : t.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							for (XWPFParagraph p : cell.getParagraphs()) {
								paragraph(p, lines, warnings);
							}
						}
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			throw new PlanImportException(file, 0, new LocalizedText("无法作为 Word 文档（.docx）读取：" + e.getMessage(),
					"cannot be read as a Word document (.docx): " + e.getMessage()), e);
		}
		return new PlanText(lines, PlanEncoding.DOCX, warnings);
	}

	private static void paragraph(XWPFParagraph p, List<String> lines, List<PlanImportWarning> warnings) {
		List<String> parts = split(p.getText());
		if (p.getNumID() != null && !parts.isEmpty() && !ChineseText.trim(parts.get(0)).isEmpty()) {
			warnings.add(new PlanImportWarning(lines.size() + 1, new LocalizedText(
					"此段使用 Word 自动编号，编号不在文字中，未被读取；请把编号转换为文字",
					"this paragraph uses Word's automatic numbering; the number is not part of the text and "
							+ "is not read; convert the numbering to text"), PlanImportWarning.Kind.AUTOMATIC_NUMBERING));
		}
		if (parts.isEmpty()) {
			lines.add("");
		} else {
			lines.addAll(parts);
		}
	}
}
