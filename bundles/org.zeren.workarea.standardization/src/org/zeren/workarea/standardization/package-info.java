/**
 * The work-safety standardization work area (安全生产标准化): conformance of production and
 * business entities to GB/T 33000-2016 企业安全生产标准化基本规范, standardization of small and
 * micro enterprises (小微企业标准化), grading review (评审/定级) and re-review (复审), and audits of
 * operation quality (运行质量抽查).
 * <p>
 * {@link org.zeren.workarea.standardization.StandardizationWorkArea} is a Declarative Services
 * component offering a {@link org.zeren.core.spi.WorkAreaContribution}. Its department duties
 * implement the committee anchor {@code RS-C-01} of the responsibility-system work area.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第7项; GB/T 33000-2016; 《中华人民共和国安全生产法》(2021修正)
 * 第四条、第二十一条第（一）项、第二十五条; 《企业安全生产标准化建设定级办法》(应急〔2021〕83号).
 */
package org.zeren.workarea.standardization;
