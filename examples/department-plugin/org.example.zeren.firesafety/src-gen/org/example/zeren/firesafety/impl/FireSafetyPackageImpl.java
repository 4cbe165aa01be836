/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.example.zeren.firesafety.FireSafetyDuty;
import org.example.zeren.firesafety.FireSafetyFactory;
import org.example.zeren.firesafety.FireSafetyPackage;

import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FireSafetyPackageImpl extends EPackageImpl implements FireSafetyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fireSafetyDutyEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.example.zeren.firesafety.FireSafetyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FireSafetyPackageImpl() {
		super(eNS_URI, FireSafetyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FireSafetyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FireSafetyPackage init() {
		if (isInited) return (FireSafetyPackage)EPackage.Registry.INSTANCE.getEPackage(FireSafetyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFireSafetyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FireSafetyPackageImpl theFireSafetyPackage = registeredFireSafetyPackage instanceof FireSafetyPackageImpl ? (FireSafetyPackageImpl)registeredFireSafetyPackage : new FireSafetyPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ZerenPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theFireSafetyPackage.createPackageContents();

		// Initialize created meta-data
		theFireSafetyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFireSafetyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FireSafetyPackage.eNS_URI, theFireSafetyPackage);
		return theFireSafetyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFireSafetyDuty() {
		return fireSafetyDutyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFireSafetyDuty_KeyUnit() {
		return (EAttribute)fireSafetyDutyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFireSafetyDuty_DrillIntervalMonths() {
		return (EAttribute)fireSafetyDutyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFireSafetyDuty_FireSafetyManager() {
		return (EAttribute)fireSafetyDutyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FireSafetyFactory getFireSafetyFactory() {
		return (FireSafetyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		fireSafetyDutyEClass = createEClass(FIRE_SAFETY_DUTY);
		createEAttribute(fireSafetyDutyEClass, FIRE_SAFETY_DUTY__KEY_UNIT);
		createEAttribute(fireSafetyDutyEClass, FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS);
		createEAttribute(fireSafetyDutyEClass, FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ZerenPackage theZerenPackage = (ZerenPackage)EPackage.Registry.INSTANCE.getEPackage(ZerenPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		fireSafetyDutyEClass.getESuperTypes().add(theZerenPackage.getObligation());

		// Initialize classes, features, and operations; add parameters
		initEClass(fireSafetyDutyEClass, FireSafetyDuty.class, "FireSafetyDuty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFireSafetyDuty_KeyUnit(), ecorePackage.getEBoolean(), "keyUnit", "true", 0, 1, FireSafetyDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFireSafetyDuty_DrillIntervalMonths(), ecorePackage.getEInt(), "drillIntervalMonths", null, 0, 1, FireSafetyDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFireSafetyDuty_FireSafetyManager(), ecorePackage.getEString(), "fireSafetyManager", null, 0, 1, FireSafetyDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //FireSafetyPackageImpl
