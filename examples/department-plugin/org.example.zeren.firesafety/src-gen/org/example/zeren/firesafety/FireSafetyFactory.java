/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.example.zeren.firesafety.FireSafetyPackage
 * @generated
 */
public interface FireSafetyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FireSafetyFactory eINSTANCE = org.example.zeren.firesafety.impl.FireSafetyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Duty</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duty</em>'.
	 * @generated
	 */
	FireSafetyDuty createFireSafetyDuty();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FireSafetyPackage getFireSafetyPackage();

} //FireSafetyFactory
