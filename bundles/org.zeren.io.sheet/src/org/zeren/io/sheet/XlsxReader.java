package org.zeren.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.zeren.core.spi.LocalizedText;

/**
 * Streams the sheets of an {@code .xlsx} workbook (Excel, WPS) row by row: Apache POI's
 * {@link XSSFReader} opens the parts and a SAX handler reads each sheet's XML, so memory stays
 * bounded by the current row plus the shared strings, whatever the number of rows. (POI's
 * {@code WorkbookFactory} is not used: inside OSGi it finds only the HSSF provider.)
 * <p>
 * Cell texts: shared and inline strings as written (rich text joined, phonetic runs left out);
 * numbers as Excel shows them with up to 15 significant digits, without exponent or trailing
 * zeros ({@code 3}, {@code -2.5}); numbers in a date format (also the built-in Chinese date
 * formats 27-36 and 50-58 that WPS writes without a format code) as ISO dates {@code 2017-03-31}
 * (with {@code THH:mm} when they have a time); booleans {@code TRUE}/{@code FALSE}; formulas by
 * their cached result (a formula without one is read as blank, with a warning); errors as their code ({@code #N/A}).
 * <p>
 * Before POI opens the file, the archive's directory is checked against the limits (number of
 * entries, declared sizes); POI's {@link ZipSecureFile} then checks the real inflate ratio and
 * entry sizes while reading.
 */
final class XlsxReader {

	private XlsxReader() {
	}

	static void read(Path file, SheetLimits limits, RowSink sink) throws SheetImportException {
		checkArchive(file, limits);
		// ZipSecureFile's limits are global to POI: set them for every read (the same values each time)
		ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
		ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String name = sheets.getSheetName();
					sink.startSheet(name);
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new SheetHandler(file, name, limits, strings, styles, sink));
					xml.parse(new InputSource(in));
					sink.endSheet();
				}
			}
		} catch (RowSink.Stop e) {
			throw e;
		} catch (IOException | OpenXML4JException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
			if (e instanceof RuntimeException r && r.getCause() instanceof RowSink.Stop s) {
				throw s;
			}
			String m = String.valueOf(e.getMessage());
			if (m.contains("Zip bomb") || m.contains("zip bomb")) {
				throw new SheetImportException(problem(file, new LocalizedText(
						"疑似压缩炸弹：压缩包中的条目解压后远大于压缩大小（Apache POI ZipSecureFile 检查），不予读取",
						"looks like a zip bomb: an entry of the archive expands far beyond its compressed size "
								+ "(Apache POI ZipSecureFile check); the file is not read")), e);
			}
			throw new SheetImportException(problem(file, new LocalizedText("无法作为 .xlsx 工作簿读取：" + m,
					"cannot be read as an .xlsx workbook: " + m)), e);
		}
	}

	/** Refuses archives with too many entries or entries declared larger than the limits allow. */
	private static void checkArchive(Path file, SheetLimits limits) throws SheetImportException {
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(file)) {
			int n = in.readNBytes(head, 0, head.length);
			if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
					&& (head[3] & 0xFF) == 0xE0) {
				throw new SheetImportException(problem(file, new LocalizedText(
						"这是旧版 Excel 97-2003（.xls）文件或加密的工作簿，不是 .xlsx；请在 Excel 或 WPS 中另存为 .xlsx（不加密码）",
						"this is an old Excel 97-2003 (.xls) file or an encrypted workbook, not an .xlsx; save it as .xlsx "
								+ "without password in Excel or WPS")), null);
			}
			if (n < 4 || head[0] != 'P' || head[1] != 'K') {
				throw new SheetImportException(problem(file, new LocalizedText(
						"不是 .xlsx 文件：内容不是 ZIP 压缩包", "not an .xlsx file: the content is not a ZIP archive")), null);
			}
		} catch (IOException e) {
			throw new SheetImportException(problem(file,
					new LocalizedText("无法读取文件：" + e.getMessage(), "the file cannot be read: " + e.getMessage())), e);
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > limits.maxZipEntries()) {
				throw new SheetImportException(problem(file, new LocalizedText(
						"压缩包有 " + zip.size() + " 个条目，超过上限 " + limits.maxZipEntries() + "，不予读取",
						"the archive holds " + zip.size() + " entries, more than the limit of " + limits.maxZipEntries()
								+ "; the file is not read")), null);
			}
			for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
				ZipEntry entry = en.nextElement();
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				if (size > limits.maxEntryBytes()) {
					throw new SheetImportException(problem(file, new LocalizedText(
							"压缩包条目 " + entry.getName() + " 解压后有 " + size + " 字节，超过上限 " + limits.maxEntryBytes() + "，不予读取",
							"the archive entry " + entry.getName() + " expands to " + size + " bytes, more than the limit of "
									+ limits.maxEntryBytes() + "; the file is not read")), null);
				}
				if (size > 100_000 && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
					throw new SheetImportException(problem(file, new LocalizedText(
							"疑似压缩炸弹：条目 " + entry.getName() + " 压缩比为 " + (size / Math.max(1, compressed))
									+ " 倍，超过上限 " + Math.round(1 / limits.minInflateRatio()) + " 倍，不予读取",
							"looks like a zip bomb: the entry " + entry.getName() + " expands " + (size / Math.max(1, compressed))
									+ " times, more than the limit of " + Math.round(1 / limits.minInflateRatio())
									+ "; the file is not read")), null);
				}
			}
		} catch (ZipException e) {
			throw new SheetImportException(problem(file, new LocalizedText("不是有效的 .xlsx 文件（ZIP 压缩包损坏）：" + e.getMessage(),
					"not a valid .xlsx file (broken ZIP archive): " + e.getMessage())), e);
		} catch (IOException e) {
			throw new SheetImportException(problem(file,
					new LocalizedText("无法读取文件：" + e.getMessage(), "the file cannot be read: " + e.getMessage())), e);
		}
	}

	private static SheetProblem problem(Path file, LocalizedText message) {
		return new SheetProblem(file, null, 0, 0, null, message);
	}

	/** SAX handler of one sheet's XML ({@code xl/worksheets/sheetN.xml}). */
	private static final class SheetHandler extends DefaultHandler {

		private static final MathContext EXCEL_DIGITS = new MathContext(15);

		private final Path file;
		private final String sheet;
		private final SheetLimits limits;
		private final ReadOnlySharedStringsTable strings;
		private final StylesTable styles;
		private final RowSink sink;

		private int rowNumber;
		private int rowsSeen;
		private final List<String> cells = new ArrayList<>();
		private int column;
		private String type;
		private String style;
		private final StringBuilder value = new StringBuilder();
		private final StringBuilder inline = new StringBuilder();
		private boolean inValue;
		private boolean inInlineText;
		private boolean inPhonetic;
		private boolean formula;

		SheetHandler(Path file, String sheet, SheetLimits limits, ReadOnlySharedStringsTable strings, StylesTable styles,
				RowSink sink) {
			this.file = file;
			this.sheet = sheet;
			this.limits = limits;
			this.strings = strings;
			this.styles = styles;
			this.sink = sink;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
				if (++rowsSeen > limits.maxRows() || rowNumber > limits.maxRows()) {
					throw new RowSink.Stop(new SheetProblem(file, sheet, rowNumber, 0, null, CsvReader.tooManyRows(limits)));
				}
				cells.clear();
				column = 0;
			}
			case "c" -> {
				String r = attributes.getValue("r");
				column = r != null ? columnOf(r) : column + 1;
				if (column > limits.maxColumns()) {
					throw new RowSink.Stop(new SheetProblem(file, sheet, rowNumber, column, null, CsvReader.tooManyColumns(limits)));
				}
				type = attributes.getValue("t");
				style = attributes.getValue("s");
				value.setLength(0);
				inline.setLength(0);
				formula = false;
			}
			case "f" -> formula = true;
			case "v" -> inValue = true;
			case "rPh" -> inPhonetic = true;
			case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
			default -> {
				// other elements (f, is, r, rPr, sheetData, cols, mergeCells...) carry nothing read here
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			StringBuilder target = inValue ? value : inInlineText ? inline : null;
			if (target != null) {
				if (target.length() + length > limits.maxCellChars()) {
					throw new RowSink.Stop(new SheetProblem(file, sheet, rowNumber, column, null,
							CsvReader.cellTooLong(limits, target.length() + (long) length)));
				}
				target.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
			case "v" -> inValue = false;
			case "t" -> inInlineText = false;
			case "rPh" -> inPhonetic = false;
			case "c" -> {
				String text = text();
				if (formula && value.isEmpty()) {
					// e.g. written by openpyxl or a script: only Excel/WPS compute and store the result
					sink.unreadable(rowNumber, column, new LocalizedText("公式没有保存的计算结果，按空单元格读取；请先用 Excel/WPS 打开并保存此文件",
							"formula without a stored result, read as a blank cell; open and save the file in Excel/WPS first"));
				}
				if (text.length() > limits.maxCellChars()) {
					throw new RowSink.Stop(new SheetProblem(file, sheet, rowNumber, column, null,
							CsvReader.cellTooLong(limits, text.length())));
				}
				while (cells.size() < column - 1) {
					cells.add("");
				}
				if (cells.size() == column - 1) {
					cells.add(text);
				} else if (column - 1 < cells.size()) {
					cells.set(column - 1, text);
				}
			}
			case "row" -> sink.row(rowNumber, List.copyOf(cells));
			default -> {
				// nothing to do
			}
			}
		}

		private String text() {
			if (type == null || "n".equals(type)) {
				return number(value.toString().strip());
			}
			return switch (type) {
			case "s" -> {
				String v = value.toString().strip();
				yield v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v)).getString();
			}
			case "inlineStr" -> inline.toString();
			case "b" -> "1".equals(value.toString().strip()) ? "TRUE" : "FALSE";
			case "d" -> {
				String v = value.toString().strip();
				yield v.endsWith("T00:00:00") ? v.substring(0, v.length() - 9) : v;
			}
			default -> value.toString(); // str (formula text), e (error code)
			};
		}

		private String number(String v) {
			if (v.isEmpty()) {
				return "";
			}
			double d;
			try {
				d = Double.parseDouble(v);
			} catch (NumberFormatException e) {
				return v;
			}
			if (style != null && !style.isEmpty() && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(d)) {
				LocalDateTime t = DateUtil.getLocalDateTime(d);
				String date = t.toLocalDate().toString();
				return t.toLocalTime().toSecondOfDay() == 0 ? date : date + "T" + t.toLocalTime().withSecond(0).withNano(0);
			}
			return new BigDecimal(v).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
		}

		private boolean isDateStyle(int index) {
			if (styles == null || index >= styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle s = styles.getStyleAt(index);
			int format = s.getDataFormat();
			// Chinese built-in date formats (e.g. 31 = yyyy"年"m"月"d"日") have no format code in the file
			if (format >= 27 && format <= 36 || format >= 50 && format <= 58) {
				return true;
			}
			return DateUtil.isADateFormat(format, s.getDataFormatString());
		}

		/** @return the 1-based column of a cell reference such as {@code AB12} */
		private static int columnOf(String ref) {
			int c = 0;
			for (int i = 0; i < ref.length(); i++) {
				char ch = ref.charAt(i);
				if (ch >= 'A' && ch <= 'Z') {
					c = c * 26 + (ch - 'A' + 1);
				} else if (ch >= 'a' && ch <= 'z') {
					c = c * 26 + (ch - 'a' + 1);
				} else {
					break;
				}
			}
			return c;
		}
	}
}
