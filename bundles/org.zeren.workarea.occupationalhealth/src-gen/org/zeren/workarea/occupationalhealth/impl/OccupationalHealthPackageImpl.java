/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.zeren.model.ZerenPackage;

import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HazardCategory;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthFactory;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OccupationalHealthPackageImpl extends EPackageImpl implements OccupationalHealthPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hazardFactorDutyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hazardFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass healthExaminationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hazardCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum examinationKindEEnum = null;

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
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private OccupationalHealthPackageImpl() {
		super(eNS_URI, OccupationalHealthFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link OccupationalHealthPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static OccupationalHealthPackage init() {
		if (isInited) return (OccupationalHealthPackage)EPackage.Registry.INSTANCE.getEPackage(OccupationalHealthPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredOccupationalHealthPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		OccupationalHealthPackageImpl theOccupationalHealthPackage = registeredOccupationalHealthPackage instanceof OccupationalHealthPackageImpl ? (OccupationalHealthPackageImpl)registeredOccupationalHealthPackage : new OccupationalHealthPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ZerenPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theOccupationalHealthPackage.createPackageContents();

		// Initialize created meta-data
		theOccupationalHealthPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theOccupationalHealthPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(OccupationalHealthPackage.eNS_URI, theOccupationalHealthPackage);
		return theOccupationalHealthPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHazardFactorDuty() {
		return hazardFactorDutyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardFactorDuty_HazardFactors() {
		return (EReference)hazardFactorDutyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardFactorDuty_Examinations() {
		return (EReference)hazardFactorDutyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardFactorDuty_SeriousHazard() {
		return (EAttribute)hazardFactorDutyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHazardFactor() {
		return hazardFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardFactor_Name() {
		return (EAttribute)hazardFactorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardFactor_Category() {
		return (EAttribute)hazardFactorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardFactor_Workplace() {
		return (EAttribute)hazardFactorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardFactor_TestingIntervalMonths() {
		return (EAttribute)hazardFactorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHealthExamination() {
		return healthExaminationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthExamination_Kind() {
		return (EAttribute)healthExaminationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHealthExamination_IntervalMonths() {
		return (EAttribute)healthExaminationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHazardCategory() {
		return hazardCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExaminationKind() {
		return examinationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalHealthFactory getOccupationalHealthFactory() {
		return (OccupationalHealthFactory)getEFactoryInstance();
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
		hazardFactorDutyEClass = createEClass(HAZARD_FACTOR_DUTY);
		createEReference(hazardFactorDutyEClass, HAZARD_FACTOR_DUTY__HAZARD_FACTORS);
		createEReference(hazardFactorDutyEClass, HAZARD_FACTOR_DUTY__EXAMINATIONS);
		createEAttribute(hazardFactorDutyEClass, HAZARD_FACTOR_DUTY__SERIOUS_HAZARD);

		hazardFactorEClass = createEClass(HAZARD_FACTOR);
		createEAttribute(hazardFactorEClass, HAZARD_FACTOR__NAME);
		createEAttribute(hazardFactorEClass, HAZARD_FACTOR__CATEGORY);
		createEAttribute(hazardFactorEClass, HAZARD_FACTOR__WORKPLACE);
		createEAttribute(hazardFactorEClass, HAZARD_FACTOR__TESTING_INTERVAL_MONTHS);

		healthExaminationEClass = createEClass(HEALTH_EXAMINATION);
		createEAttribute(healthExaminationEClass, HEALTH_EXAMINATION__KIND);
		createEAttribute(healthExaminationEClass, HEALTH_EXAMINATION__INTERVAL_MONTHS);

		// Create enums
		hazardCategoryEEnum = createEEnum(HAZARD_CATEGORY);
		examinationKindEEnum = createEEnum(EXAMINATION_KIND);
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
		hazardFactorDutyEClass.getESuperTypes().add(theZerenPackage.getObligation());
		hazardFactorEClass.getESuperTypes().add(theZerenPackage.getModelElement());
		healthExaminationEClass.getESuperTypes().add(theZerenPackage.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(hazardFactorDutyEClass, HazardFactorDuty.class, "HazardFactorDuty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHazardFactorDuty_HazardFactors(), this.getHazardFactor(), null, "hazardFactors", null, 0, -1, HazardFactorDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardFactorDuty_Examinations(), this.getHealthExamination(), null, "examinations", null, 0, -1, HazardFactorDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardFactorDuty_SeriousHazard(), ecorePackage.getEBoolean(), "seriousHazard", null, 0, 1, HazardFactorDuty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hazardFactorEClass, HazardFactor.class, "HazardFactor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHazardFactor_Name(), ecorePackage.getEString(), "name", null, 0, 1, HazardFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardFactor_Category(), this.getHazardCategory(), "category", null, 0, 1, HazardFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardFactor_Workplace(), ecorePackage.getEString(), "workplace", null, 0, 1, HazardFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardFactor_TestingIntervalMonths(), ecorePackage.getEInt(), "testingIntervalMonths", null, 0, 1, HazardFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(healthExaminationEClass, HealthExamination.class, "HealthExamination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHealthExamination_Kind(), this.getExaminationKind(), "kind", null, 0, 1, HealthExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHealthExamination_IntervalMonths(), ecorePackage.getEInt(), "intervalMonths", null, 0, 1, HealthExamination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(hazardCategoryEEnum, HazardCategory.class, "HazardCategory");
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.DUST);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.NOISE);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.CHEMICAL);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.RADIATION);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.HEAT);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.BIOLOGICAL);
		addEEnumLiteral(hazardCategoryEEnum, HazardCategory.OTHER);

		initEEnum(examinationKindEEnum, ExaminationKind.class, "ExaminationKind");
		addEEnumLiteral(examinationKindEEnum, ExaminationKind.PRE_EMPLOYMENT);
		addEEnumLiteral(examinationKindEEnum, ExaminationKind.PERIODIC);
		addEEnumLiteral(examinationKindEEnum, ExaminationKind.EXIT);

		// Create resource
		createResource(eNS_URI);
	}

} //OccupationalHealthPackageImpl
