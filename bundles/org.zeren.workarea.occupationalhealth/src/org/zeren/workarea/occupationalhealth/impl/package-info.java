/**
 * Generated implementation classes of the {@code occupationalhealth} EPackage (see
 * {@link org.zeren.workarea.occupationalhealth}). Create instances through
 * {@link org.zeren.workarea.occupationalhealth.OccupationalHealthFactory#eINSTANCE}, never with these
 * constructors. Exported only because EMF's reflective tools need the package; not API.
 */
package org.zeren.workarea.occupationalhealth.impl;
