/**
 * Text helpers shared by Zeren's importers (work plans, spreadsheets): reading text files whose
 * encoding is not declared ({@link org.zeren.core.text.TextDecoding}: byte order marks, strict
 * UTF-8, GB18030), Chinese numerals ({@link org.zeren.core.text.ChineseNumerals}) and the
 * normalisation of full-width forms and unusual spaces in codes and names
 * ({@link org.zeren.core.text.ChineseText}). Plain Java, no OSGi or EMF needed.
 */
package org.zeren.core.text;
