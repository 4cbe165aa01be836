package org.zeren.io.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.DecodedText;
import org.zeren.core.text.TextDecoding;
import org.zeren.core.text.TextEncoding;
import org.zeren.core.text.UndecodableTextException;

/**
 * Reads a CSV or tab-separated file with Apache Commons CSV: quoted cells with line breaks and
 * doubled quotes, CRLF or LF line ends. The encoding is detected by {@link TextDecoding} (byte
 * order marks, strict UTF-8, GB18030). The separator is a tab for {@code .tsv} and {@code .tab}
 * files, and for other files when more of the first 30 non-blank lines hold a tab than a comma
 * (Excel's "Unicode text" is tab-separated UTF-16LE); otherwise a comma. Rows are records:
 * row 5 is the fifth record, as a spreadsheet program would number it.
 */
final class CsvReader {

	private CsvReader() {
	}

	/** What was read: the encoding and the separator. */
	record Read(TextEncoding encoding, char delimiter) {
	}

	/**
	 * @return the encoding and separator read
	 * @throws SheetImportException when the file is too large or in no known encoding
	 */
	static Read read(Path file, SheetLimits limits, RowSink sink) throws SheetImportException {
		byte[] bytes;
		try {
			if (Files.size(file) > limits.maxTextFileBytes()) {
				throw new SheetImportException(problem(file, 0, 0, new LocalizedText(
						"文件超过 " + limits.maxTextFileBytes() / (1 << 20) + " MB 的上限，不予读取",
						"the file is larger than the limit of " + limits.maxTextFileBytes() / (1 << 20) + " MB; it is not read")), null);
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new SheetImportException(problem(file, 0, 0,
					new LocalizedText("无法读取文件：" + e.getMessage(), "the file cannot be read: " + e.getMessage())), e);
		}
		DecodedText text;
		try {
			text = TextDecoding.decode(bytes);
		} catch (UndecodableTextException e) {
			int line = TextDecoding.lineOf(bytes, e.tried(), e.furthestOffset());
			throw new SheetImportException(problem(file, line, 0, e.gb18030Offset() < 0
					? new LocalizedText("文件以 " + e.tried().label() + " 字节顺序标记开头，但第 " + (e.offset() + 1) + " 字节无效",
							"the file starts with a " + e.tried().label() + " byte order mark, but byte " + (e.offset() + 1)
									+ " is invalid")
					: new LocalizedText("文件编码无法识别：既不是 UTF-8（第 " + (e.offset() + 1) + " 字节无效）也不是 GB18030/GBK（第 "
							+ (e.gb18030Offset() + 1) + " 字节无效）；请另存为 UTF-8",
							"unreadable encoding: neither UTF-8 (invalid byte " + (e.offset() + 1)
									+ ") nor GB18030/GBK (invalid byte " + (e.gb18030Offset() + 1) + "); save the file as UTF-8")),
					e);
		}
		bytes = null; // the text is all that is needed from here on
		char delimiter = delimiter(file, text.text());
		CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false)
				.setIgnoreSurroundingSpaces(false).setTrim(false).get();
		sink.startSheet(null);
		try (CSVParser parser = format.parse(new StringReader(text.text()))) {
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (row > limits.maxRows()) {
					throw new RowSink.Stop(problem(file, row, 0, tooManyRows(limits)));
				}
				if (record.size() > limits.maxColumns()) {
					throw new RowSink.Stop(problem(file, row, limits.maxColumns() + 1, tooManyColumns(limits)));
				}
				List<String> cells = new ArrayList<>(record.size());
				for (int c = 0; c < record.size(); c++) {
					String v = record.get(c);
					if (v.length() > limits.maxCellChars()) {
						throw new RowSink.Stop(problem(file, row, c + 1, cellTooLong(limits, v.length())));
					}
					cells.add(v);
				}
				sink.row(row, cells);
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new SheetImportException(malformed(file, e), e);
		}
		sink.endSheet();
		return new Read(text.encoding(), delimiter);
	}

	private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

	/**
	 * @return the problem of a file Commons CSV cannot parse; an unclosed quote (the library's
	 *         "(startline N) EOF reached before encapsulated token finished") names the line where the
	 *         quoted cell starts, other errors keep the library's text
	 */
	static SheetProblem malformed(Path file, Exception e) {
		Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
		String text = String.valueOf(t.getMessage());
		Matcher m = UNCLOSED_QUOTE.matcher(text);
		if (m.find()) {
			String line = m.group(1).replace(",", "");
			return problem(file, 0, 0, new LocalizedText(
					"第 " + line + " 行有一个以英文双引号 \" 开头的单元格，直到文件末尾都没有结束引号；请补上结束引号，或把格中的引号写成两个 \"\"",
					"the quoted cell starting on line " + line + " has no closing quote (\") up to the end of the file; "
							+ "add the closing quote, or double the quotes inside the cell (\"\")"));
		}
		return problem(file, 0, 0, new LocalizedText("CSV 格式错误：" + text, "malformed CSV: " + text));
	}

	static char delimiter(Path file, String text) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".tsv") || name.endsWith(".tab")) {
			return '\t';
		}
		int tabs = 0;
		int commas = 0;
		int seen = 0;
		for (String line : (Iterable<String>) text.lines()::iterator) {
			if (line.isBlank()) {
				continue;
			}
			tabs += line.indexOf('\t') >= 0 ? 1 : 0;
			commas += line.indexOf(',') >= 0 ? 1 : 0;
			if (++seen == 30) {
				break;
			}
		}
		return tabs > commas ? '\t' : ',';
	}

	static LocalizedText tooManyRows(SheetLimits limits) {
		return new LocalizedText("行数超过上限 " + limits.maxRows() + "，不予导入（请拆分文件）",
				"more than " + limits.maxRows() + " rows, the limit; the file is not imported (split it)");
	}

	static LocalizedText tooManyColumns(SheetLimits limits) {
		return new LocalizedText("列数超过上限 " + limits.maxColumns() + "，不予导入",
				"more than " + limits.maxColumns() + " columns, the limit; the file is not imported");
	}

	static LocalizedText cellTooLong(SheetLimits limits, long length) {
		return new LocalizedText("单元格有 " + length + " 个以上字符，超过上限 " + limits.maxCellChars() + "，不予导入",
				"the cell holds " + length + " or more characters, more than the limit of " + limits.maxCellChars()
						+ "; the file is not imported");
	}

	private static SheetProblem problem(Path file, int row, int column, LocalizedText message) {
		return new SheetProblem(file, null, row, column, null, message);
	}
}
