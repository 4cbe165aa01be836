/**
 * The appraisal work area (考核评价): the responsibility-target appraisal of departments and the
 * long-term management appraisal of production and business entities, with assessment indicators
 * of process and result type (过程考核和结果考核), the annual appraisal (年度考核) and the one-vote
 * veto (一票否决).
 * <p>
 * {@link org.zeren.workarea.appraisal.AppraisalWorkArea} is a Declarative Services component
 * offering a {@link org.zeren.core.spi.WorkAreaContribution}. Its rules check the model's
 * {@link org.zeren.model.AssessmentIndicator}s; its department duties implement the committee
 * anchor {@code RS-C-01} of the responsibility-system work area.
 * <p>
 * Sources: 绿建区2017年安全生产工作要点 第1项、第10项; 《中华人民共和国安全生产法》(2021修正) 第二十一条、
 * 第二十二条; 《地方党政领导干部安全生产责任制规定》(2018); 《中共中央 国务院关于推进安全生产领域改革发展的意见》(2016).
 */
package org.zeren.workarea.appraisal;
