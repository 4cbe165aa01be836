/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.example.zeren.firesafety.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FireSafetyFactoryImpl extends EFactoryImpl implements FireSafetyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FireSafetyFactory init() {
		try {
			FireSafetyFactory theFireSafetyFactory = (FireSafetyFactory)EPackage.Registry.INSTANCE.getEFactory(FireSafetyPackage.eNS_URI);
			if (theFireSafetyFactory != null) {
				return theFireSafetyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FireSafetyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FireSafetyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FireSafetyPackage.FIRE_SAFETY_DUTY: return createFireSafetyDuty();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FireSafetyDuty createFireSafetyDuty() {
		FireSafetyDutyImpl fireSafetyDuty = new FireSafetyDutyImpl();
		return fireSafetyDuty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FireSafetyPackage getFireSafetyPackage() {
		return (FireSafetyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FireSafetyPackage getPackage() {
		return FireSafetyPackage.eINSTANCE;
	}

} //FireSafetyFactoryImpl
