/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.zeren.model.impl.ModelElementImpl;

import org.zeren.workarea.occupationalhealth.ExaminationKind;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Health Examination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl#getIntervalMonths <em>Interval Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HealthExaminationImpl extends ModelElementImpl implements HealthExamination {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ExaminationKind KIND_EDEFAULT = ExaminationKind.PRE_EMPLOYMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ExaminationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalMonths() <em>Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntervalMonths() <em>Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected int intervalMonths = INTERVAL_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HealthExaminationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OccupationalHealthPackage.Literals.HEALTH_EXAMINATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExaminationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ExaminationKind newKind) {
		ExaminationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HEALTH_EXAMINATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalMonths() {
		return intervalMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalMonths(int newIntervalMonths) {
		int oldIntervalMonths = intervalMonths;
		intervalMonths = newIntervalMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HEALTH_EXAMINATION__INTERVAL_MONTHS, oldIntervalMonths, intervalMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OccupationalHealthPackage.HEALTH_EXAMINATION__KIND:
				return getKind();
			case OccupationalHealthPackage.HEALTH_EXAMINATION__INTERVAL_MONTHS:
				return getIntervalMonths();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OccupationalHealthPackage.HEALTH_EXAMINATION__KIND:
				setKind((ExaminationKind)newValue);
				return;
			case OccupationalHealthPackage.HEALTH_EXAMINATION__INTERVAL_MONTHS:
				setIntervalMonths((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OccupationalHealthPackage.HEALTH_EXAMINATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OccupationalHealthPackage.HEALTH_EXAMINATION__INTERVAL_MONTHS:
				setIntervalMonths(INTERVAL_MONTHS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OccupationalHealthPackage.HEALTH_EXAMINATION__KIND:
				return kind != KIND_EDEFAULT;
			case OccupationalHealthPackage.HEALTH_EXAMINATION__INTERVAL_MONTHS:
				return intervalMonths != INTERVAL_MONTHS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", intervalMonths: ");
		result.append(intervalMonths);
		result.append(')');
		return result.toString();
	}

} //HealthExaminationImpl
