/**
 * The work area 宣传教育培训 (education and training, id {@code education-training}): plan item 8 of
 * the 2017 work plan (绿建区2017年安全生产工作要点) and the training articles of the Work Safety Law.
 * <p>
 * {@link org.zeren.workarea.training.EducationTrainingWorkArea} is a Declarative Services component
 * registered as an {@link org.zeren.core.spi.WorkAreaContribution}. It contributes duty templates for
 * supervisory departments (supervision of training and certification, the Safety Month), for every
 * production and business entity (three-level safety education, certification of principal leaders,
 * safety managers and special operations personnel, Safety Month activities) and for posts of the
 * kinds the law names (principal leader, safety manager, special operations personnel); validation
 * rules on certification and on the training duty of enterprises; and plan keywords. Nothing in this
 * package is API: it is reached only through the SPI service.
 */
package org.zeren.workarea.training;
