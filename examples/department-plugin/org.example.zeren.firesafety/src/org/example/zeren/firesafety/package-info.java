/**
 * The fire-safety EPackage ({@code http://www.example.org/zeren/fire-safety/1.0}, prefix {@code fs}): the class
 * {@link org.example.zeren.firesafety.FireSafetyDuty}, an {@code Obligation} of the Zeren metamodel with the facts
 * the fire-safety office checks. Generated from {@code model/firesafety.ecore} into {@code src-gen/}.
 */
package org.example.zeren.firesafety;
