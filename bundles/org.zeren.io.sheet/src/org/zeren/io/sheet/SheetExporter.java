package org.zeren.io.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zeren.core.model.Parties;
import org.zeren.core.store.AtomicFileWriter;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;

/**
 * Exports duty lists as spreadsheets laid out by {@link ExportTable}.
 * <ul>
 * <li>{@code .xlsx}: one sheet per list (named by holder and kind, at most 31 characters, unique),
 * title row merged over the columns, header row bold and frozen, text wrapped, column widths fitted
 * to the longest line (CJK characters counting double) within a maximum per column, deadlines as date
 * cells ({@code yyyy-mm-dd}), canonical numbers (e.g. a score of {@code -5}) as number cells. Written
 * with {@link SXSSFWorkbook}, which keeps only a window of rows in memory.</li>
 * <li>{@code .csv}: one list, UTF-8 with byte order mark by default (so that Excel opens it
 * correctly) or any other character set such as GB18030, CRLF line ends, cells quoted when needed.</li>
 * </ul>
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR; OWASP
 * "CSV injection") are neutralised: in CSV an apostrophe is put in front (the importer removes it
 * again); in {@code .xlsx} they are string cells with Excel's quote prefix, so the text stays exactly
 * as it is and is never evaluated. Numbers stay numbers. Files are written atomically
 * ({@link AtomicFileWriter}): a failed export leaves an existing file unchanged.
 */
public class SheetExporter {

	/** Rows kept in memory while writing an {@code .xlsx}: {@value}. */
	static final int WINDOW = 200;

	/**
	 * @param lists the lists, one sheet each, in this order; never null, not empty
	 * @param file  the {@code .xlsx} file to write; never null
	 * @throws IOException              when the file cannot be written; an existing file is then unchanged
	 * @throws IllegalArgumentException when lists is empty
	 */
	public void exportXlsx(List<DutyList> lists, Path file) throws IOException {
		Objects.requireNonNull(file, "file");
		if (lists.isEmpty()) {
			throw new IllegalArgumentException("no list to export");
		}
		AtomicFileWriter.write(file, out -> writeXlsx(lists, out));
	}

	/**
	 * @param list    the list; never null
	 * @param file    the CSV file to write; never null
	 * @param charset the character set; UTF-8 is written with a byte order mark; never null
	 * @throws IOException when the file cannot be written; an existing file is then unchanged
	 */
	public void exportCsv(DutyList list, Path file, Charset charset) throws IOException {
		Objects.requireNonNull(list, "list");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(charset, "charset");
		AtomicFileWriter.write(file, out -> writeCsv(list, out, charset));
	}

	/** Writes the CSV form of a list to a stream (not closed). */
	static void writeCsv(DutyList list, OutputStream out, Charset charset) throws IOException {
		ExportTable table = new ExportTable(list);
		Writer w = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
		if (charset.equals(StandardCharsets.UTF_8)) {
			w.write('\uFEFF');
		}
		CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL);
		printer.printRecord(table.title);
		printer.printRecord(table.columns.stream().map(c -> csvText(c.heading())).toList());
		String[] record = new String[table.columns.size()];
		for (ExportTable.Row row : table.rows) {
			if (row.duty() == null) {
				printer.printRecord(csvText(row.group()));
				continue;
			}
			for (int i = 0; i < record.length; i++) {
				record[i] = csvText(table.columns.get(i).value().apply(row.duty()));
			}
			printer.printRecord((Object[]) record);
		}
		printer.flush();
		w.flush();
	}

	private static String csvText(String s) {
		if (s == null) {
			return "";
		}
		return ExportTable.needsNeutralising(s) ? "'" + s : s;
	}

	/** Writes the {@code .xlsx} form of lists to a stream (not closed). */
	static void writeXlsx(List<DutyList> lists, OutputStream out) throws IOException {
		SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
		wb.setCompressTempFiles(true);
		try {
			Styles styles = new Styles(wb);
			Set<String> names = new HashSet<>();
			for (DutyList list : lists) {
				sheet(wb, styles, list, sheetName(list, names));
			}
			wb.write(out);
		} finally {
			wb.close(); // also deletes SXSSF's temporary files
		}
	}

	private static final class Styles {
		final CellStyle title;
		final CellStyle header;
		final CellStyle text;
		final CellStyle quoted;
		final CellStyle number;
		final CellStyle date;
		final CellStyle group;

		Styles(SXSSFWorkbook wb) {
			Font bold = wb.createFont();
			bold.setBold(true);
			Font big = wb.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = wb.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			header = bordered(wb);
			header.setFont(bold);
			header.setWrapText(true);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			text = bordered(wb);
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			quoted = bordered(wb);
			quoted.cloneStyleFrom(text);
			quoted.setQuotePrefixed(true);
			number = bordered(wb);
			number.setVerticalAlignment(VerticalAlignment.TOP);
			date = bordered(wb);
			date.setVerticalAlignment(VerticalAlignment.TOP);
			date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
			group = bordered(wb);
			group.setFont(bold);
		}

		private static CellStyle bordered(SXSSFWorkbook wb) {
			CellStyle s = wb.createCellStyle();
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			return s;
		}
	}

	private static void sheet(SXSSFWorkbook wb, Styles styles, DutyList list, String name) {
		ExportTable table = new ExportTable(list);
		SXSSFSheet sheet = wb.createSheet(name);
		int columns = table.columns.size();
		int[] widths = new int[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = width(table.columns.get(i).heading());
		}
		SXSSFRow titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(24);
		SXSSFCell t = titleRow.createCell(0);
		t.setCellValue(table.title);
		t.setCellStyle(styles.title);
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
		}
		SXSSFRow header = sheet.createRow(1);
		for (int i = 0; i < columns; i++) {
			SXSSFCell c = header.createCell(i);
			c.setCellValue(table.columns.get(i).heading());
			c.setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 2);
		int r = 2;
		for (ExportTable.Row row : table.rows) {
			SXSSFRow x = sheet.createRow(r);
			if (row.duty() == null) {
				SXSSFCell c = x.createCell(0);
				text(c, row.group(), styles, styles.group);
				if (columns > 1) {
					sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
				}
				r++;
				continue;
			}
			Duty d = row.duty();
			for (int i = 0; i < columns; i++) {
				ExportTable.Column col = table.columns.get(i);
				String v = col.value().apply(d);
				if (v == null || v.isEmpty()) {
					x.createCell(i).setCellStyle(styles.text);
					continue;
				}
				SXSSFCell c = x.createCell(i);
				if (col.date() && d.getDeadline() != null) {
					c.setCellValue(d.getDeadline());
					c.setCellStyle(styles.date);
				} else if (ExportTable.isNumber(v)) {
					c.setCellValue(Double.parseDouble(v));
					c.setCellStyle(styles.number);
				} else {
					text(c, v, styles, styles.text);
				}
				widths[i] = Math.max(widths[i], width(v));
			}
			r++;
		}
		for (int i = 0; i < columns; i++) {
			int chars = Math.min(Math.max(widths[i], 6), table.columns.get(i).maxWidth()) + 2;
			sheet.setColumnWidth(i, chars * 256);
		}
	}

	private static void text(SXSSFCell c, String v, Styles styles, CellStyle normal) {
		c.setCellValue(v);
		c.setCellStyle(ExportTable.needsNeutralising(v) ? styles.quoted : normal);
	}

	/** @return the display width of the longest line, CJK and other wide characters counting 2 */
	static int width(String s) {
		int max = 0;
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch == '\n') {
				max = Math.max(max, w);
				w = 0;
			} else {
				w += ch >= 0x1100 ? 2 : 1;
			}
		}
		return Math.max(max, w);
	}

	/** @return a sheet name from holder and kind: at most 31 characters, none of []:*?/\, unique in the workbook */
	static String sheetName(DutyList list, Set<String> used) {
		String holder = list.getHolder() == null ? "" : list.getHolder().getShortName() != null
				? list.getHolder().getShortName() : Parties.label(list.getHolder());
		String base = (holder + ExportTable.kindLabel(list.getKind())).replaceAll("[\\[\\]:*?/\\\\]", "_");
		if (base.length() > 31) {
			base = base.substring(0, 31);
		}
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = "(" + n + ")";
			name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
		}
		return name;
	}

}
