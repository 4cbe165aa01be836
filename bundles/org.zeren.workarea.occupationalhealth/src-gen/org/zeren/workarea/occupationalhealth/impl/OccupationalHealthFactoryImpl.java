/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.zeren.workarea.occupationalhealth.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OccupationalHealthFactoryImpl extends EFactoryImpl implements OccupationalHealthFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OccupationalHealthFactory init() {
		try {
			OccupationalHealthFactory theOccupationalHealthFactory = (OccupationalHealthFactory)EPackage.Registry.INSTANCE.getEFactory(OccupationalHealthPackage.eNS_URI);
			if (theOccupationalHealthFactory != null) {
				return theOccupationalHealthFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OccupationalHealthFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OccupationalHealthFactoryImpl() {
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
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY: return createHazardFactorDuty();
			case OccupationalHealthPackage.HAZARD_FACTOR: return createHazardFactor();
			case OccupationalHealthPackage.HEALTH_EXAMINATION: return createHealthExamination();
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
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OccupationalHealthPackage.HAZARD_CATEGORY:
				return createHazardCategoryFromString(eDataType, initialValue);
			case OccupationalHealthPackage.EXAMINATION_KIND:
				return createExaminationKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OccupationalHealthPackage.HAZARD_CATEGORY:
				return convertHazardCategoryToString(eDataType, instanceValue);
			case OccupationalHealthPackage.EXAMINATION_KIND:
				return convertExaminationKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardFactorDuty createHazardFactorDuty() {
		HazardFactorDutyImpl hazardFactorDuty = new HazardFactorDutyImpl();
		return hazardFactorDuty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardFactor createHazardFactor() {
		HazardFactorImpl hazardFactor = new HazardFactorImpl();
		return hazardFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HealthExamination createHealthExamination() {
		HealthExaminationImpl healthExamination = new HealthExaminationImpl();
		return healthExamination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardCategory createHazardCategoryFromString(EDataType eDataType, String initialValue) {
		HazardCategory result = HazardCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHazardCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExaminationKind createExaminationKindFromString(EDataType eDataType, String initialValue) {
		ExaminationKind result = ExaminationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExaminationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalHealthPackage getOccupationalHealthPackage() {
		return (OccupationalHealthPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OccupationalHealthPackage getPackage() {
		return OccupationalHealthPackage.eINSTANCE;
	}

} //OccupationalHealthFactoryImpl
