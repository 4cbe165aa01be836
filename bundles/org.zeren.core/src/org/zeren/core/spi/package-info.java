/**
 * The work-area service provider interface: how a bundle of a department or a field of work
 * (occupational health, emergency management...) extends Zeren without touching the core.
 * <p>
 * A work-area bundle registers one {@link org.zeren.core.spi.WorkAreaContribution} as an OSGi
 * service, normally a Declarative Services component run by Apache Felix SCR. Through it the
 * work area contributes its identity and colour, optionally EPackages whose classes extend the
 * core metamodel, duty templates, validation rules and plan keywords. The core tracks these
 * services dynamically ({@link org.zeren.core.workarea.WorkAreaRegistry}) and never names a
 * work-area bundle; a contribution that throws is reported as a diagnostic and isolated.
 */
package org.zeren.core.spi;
