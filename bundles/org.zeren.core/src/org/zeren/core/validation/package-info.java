/**
 * The validation engine: runs the core rules and every rule contributed by the installed work
 * areas over a responsibility model and collects {@link org.zeren.core.validation.Finding}s,
 * isolating rules that fail.
 */
package org.zeren.core.validation;
