/**
 * Imports a work plan (工作要点), such as 绿建区2017年安全生产工作要点, into a
 * {@link org.zeren.model.ResponsibilityModel}: the plan's header (recipients, issuer, date, title,
 * year, general approach), its sections (一、…) and tasks (1、… and （一）…), the documents it cites
 * in 《》 as {@link org.zeren.model.LegalBasis legal bases}, the quoted principles (“党政同责…”) and
 * the {@link org.zeren.model.WorkArea work areas} recognised by the keywords of the installed
 * work-area plugins.
 * <p>
 * Entry point: {@link org.zeren.io.plan.PlanImporter}. Input is plain text (UTF-8, UTF-8 with BOM
 * or GB18030) or a Word {@code .docx} file; both go through the same parser. Import is all or
 * nothing: a file that is not a plan fails with a {@link org.zeren.io.plan.PlanImportException}
 * naming file and line, and the model is left unchanged.
 */
package org.zeren.io.plan;
