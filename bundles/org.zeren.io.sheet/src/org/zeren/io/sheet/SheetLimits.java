package org.zeren.io.sheet;

/**
 * Limits against hostile or broken files. A file beyond one of them is refused as a whole, with a
 * message naming the limit, also in lenient mode.
 *
 * @param maxRows              the most rows a sheet (or a CSV file) may have, counting every row
 *                             read, blank ones included; at least 1
 * @param maxColumns           the most columns a row may use (the column of its last non-blank cell); at least 1
 * @param maxCellChars         the most characters in one cell; Excel's own limit is 32,767; at least 1
 * @param maxZipEntries        the most entries an {@code .xlsx} archive may hold; at least 1
 * @param maxEntryBytes        the most bytes one entry of an {@code .xlsx} may expand to; at least 1
 * @param minInflateRatio      the smallest ratio of compressed to uncompressed size an {@code .xlsx}
 *                             entry may have (Apache POI's {@code ZipSecureFile} check against zip
 *                             bombs; 0.01 means it may expand at most 100 times); 0 to 1
 * @param maxTextFileBytes     the most bytes a CSV or tab-separated file may have; at least 1
 */
public record SheetLimits(int maxRows, int maxColumns, int maxCellChars, int maxZipEntries, long maxEntryBytes,
		double minInflateRatio, long maxTextFileBytes) {

	/**
	 * The defaults: 200,000 rows, 256 columns, 32,767 characters per cell (Excel's limit), 1,000
	 * archive entries, 1 GB per entry, inflate ratio at least 0.01 (POI's default), 512 MB of text.
	 */
	public static final SheetLimits DEFAULT = new SheetLimits(200_000, 256, 32_767, 1_000, 1L << 30, 0.01,
			512L << 20);

	/** @throws IllegalArgumentException when a limit is out of its range */
	public SheetLimits {
		if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxZipEntries < 1 || maxEntryBytes < 1
				|| minInflateRatio < 0 || minInflateRatio > 1 || maxTextFileBytes < 1) {
			throw new IllegalArgumentException("limits out of range: " + this);
		}
	}

	/**
	 * @param rows the most rows per sheet
	 * @return these limits with another row limit
	 */
	public SheetLimits withMaxRows(int rows) {
		return new SheetLimits(rows, maxColumns, maxCellChars, maxZipEntries, maxEntryBytes, minInflateRatio,
				maxTextFileBytes);
	}

	/**
	 * @param chars the most characters per cell
	 * @return these limits with another cell-size limit
	 */
	public SheetLimits withMaxCellChars(int chars) {
		return new SheetLimits(maxRows, maxColumns, chars, maxZipEntries, maxEntryBytes, minInflateRatio,
				maxTextFileBytes);
	}
}
