/**
 * The registry of installed work areas. {@link org.zeren.core.workarea.WorkAreaRegistry} is
 * plain Java (fill it by hand in tests and tools); {@code OsgiWorkAreaRegistry} is the
 * Declarative Services component that keeps it in step with the
 * {@link org.zeren.core.spi.WorkAreaContribution} services of the running framework.
 */
package org.zeren.core.workarea;
