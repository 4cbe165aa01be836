/**
 * The work area 专项整治 (special rectification, id {@code special-rectification}): plan item 6 of the
 * 2017 work plan (绿建区2017年安全生产工作要点), the time-boxed campaigns on construction, fire safety in
 * labour-intensive enterprises, special equipment and dust, with unannounced inspections (暗查暗访).
 * <p>
 * {@link org.zeren.workarea.rectification.SpecialRectificationWorkArea} is a Declarative Services
 * component registered as an {@link org.zeren.core.spi.WorkAreaContribution}. It contributes duty
 * templates for supervisory departments (campaigns in their sectors), for enterprises of the campaign
 * sectors and for the safety manager posts of construction enterprises; validation rules on the
 * supervision of campaign-sector enterprises and on fire-safety duties; and plan keywords. Sectors are
 * recognised from {@code Enterprise.industry} (see {@link org.zeren.workarea.rectification.Sectors}).
 * Nothing in this package is API: it is reached only through the SPI service.
 */
package org.zeren.workarea.rectification;
