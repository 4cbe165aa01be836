/**
 * Spreadsheet import and export of duty lists (清单): {@link org.zeren.io.sheet.SheetImporter} reads
 * the lists offices keep in Excel or WPS ({@code .xlsx}, {@code .csv}, tab-separated text) into a
 * {@link org.zeren.model.ResponsibilityModel}; {@link org.zeren.io.sheet.SheetExporter} writes duty
 * lists back to {@code .xlsx} and {@code .csv}. Large workbooks are streamed (Apache POI's
 * {@code XSSFReader} with a SAX sheet handler on import, {@code SXSSFWorkbook} on export); CSV is read
 * with Apache Commons CSV. Plain Java: the services run inside OSGi (the command line, the desktop
 * app's import wizard) and outside it (tests, benchmarks) alike.
 */
package org.zeren.io.sheet;
