/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage
 * @generated
 */
public interface OccupationalHealthFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OccupationalHealthFactory eINSTANCE = org.zeren.workarea.occupationalhealth.impl.OccupationalHealthFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Hazard Factor Duty</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hazard Factor Duty</em>'.
	 * @generated
	 */
	HazardFactorDuty createHazardFactorDuty();

	/**
	 * Returns a new object of class '<em>Hazard Factor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hazard Factor</em>'.
	 * @generated
	 */
	HazardFactor createHazardFactor();

	/**
	 * Returns a new object of class '<em>Health Examination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Health Examination</em>'.
	 * @generated
	 */
	HealthExamination createHealthExamination();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	OccupationalHealthPackage getOccupationalHealthPackage();

} //OccupationalHealthFactory
