/**
 * The fire-safety work area's implementation: the Declarative Services component
 * {@link org.example.zeren.firesafety.internal.FireSafetyWorkArea}, its two validation rules and the classification
 * of labour-intensive enterprises. Not exported: Zeren sees the work area only as a
 * {@link org.zeren.core.spi.WorkAreaContribution} service.
 */
package org.example.zeren.firesafety.internal;
