/**
 * The supervision-and-inspection work area (监督检查): planned inspections under an annual plan
 * (年度监督检查计划), unannounced inspections (四不两直), graded and classified supervision
 * (分类分级监督管理), hazard identification and remediation (隐患排查治理) and the reporting of
 * major hidden hazards (重大事故隐患报告).
 * <p>
 * {@link org.zeren.workarea.supervision.SupervisionInspectionWorkArea} is a Declarative Services
 * component offering a {@link org.zeren.core.spi.WorkAreaContribution}. Its department duties
 * implement the committee anchor {@code RS-C-01} of the responsibility-system work area; its
 * entity and post duties implement its own department and entity duties.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第4项; 《中华人民共和国安全生产法》(2021修正) 第十条、第二十一条、
 * 第二十五条、第四十一条、第四十六条、第六十二条、第六十五条、第六十六条、第六十八条、第九十条; 《江苏省安全生产条例》.
 */
package org.zeren.workarea.supervision;
