/**
 * The contribution of the work area 职业卫生 (occupational health, id {@code occupational-health}): plan
 * item 5 of the 2017 work plan (绿建区2017年安全生产工作要点) and the employer duties of the
 * 《中华人民共和国职业病防治法》(2018修正).
 * <p>
 * {@link org.zeren.workarea.occupationalhealth.internal.OccupationalHealthWorkArea} is a Declarative
 * Services component registered as an {@link org.zeren.core.spi.WorkAreaContribution}. Besides duty
 * templates, validation rules and plan keywords it contributes the EPackage
 * {@link org.zeren.workarea.occupationalhealth.OccupationalHealthPackage}, whose
 * {@link org.zeren.workarea.occupationalhealth.HazardFactorDuty} is the duty class of the hazard-factor
 * testing and health examination templates. This package is not exported: it is reached only through
 * the SPI service.
 */
package org.zeren.workarea.occupationalhealth.internal;
