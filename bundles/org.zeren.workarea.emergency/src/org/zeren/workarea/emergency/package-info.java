/**
 * The work area 应急管理 (emergency management, id {@code emergency-management}): plan item 9 of the
 * 2017 work plan (绿建区2017年安全生产工作要点) and the emergency articles of the Work Safety Law, the
 * 《生产安全事故应急条例》 and the 《生产安全事故应急预案管理办法》.
 * <p>
 * {@link org.zeren.workarea.emergency.EmergencyManagementWorkArea} is a Declarative Services component
 * registered as an {@link org.zeren.core.spi.WorkAreaContribution}. It contributes duty templates for
 * supervisory departments (guidance and supervision of enterprise emergency work, the department's
 * own plan), for enterprises (plans and their revision, drills, rescue organisation and materials in
 * high-risk industries) and for principal leader and safety manager posts; validation rules on
 * plans, drills and rescue organisations; and plan keywords. Nothing in this package is API: it is
 * reached only through the SPI service.
 */
package org.zeren.workarea.emergency;
