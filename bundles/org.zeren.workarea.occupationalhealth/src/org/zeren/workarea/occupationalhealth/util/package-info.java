/**
 * Generated utilities of the {@code occupationalhealth} EPackage: a switch that dispatches on its
 * classes (and the core classes they extend) and an adapter factory for them.
 */
package org.zeren.workarea.occupationalhealth.util;
