/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.impl.ObligationImpl;

import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.HazardFactorDuty;
import org.zeren.workarea.occupationalhealth.HealthExamination;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hazard Factor Duty</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl#getHazardFactors <em>Hazard Factors</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl#getExaminations <em>Examinations</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl#isSeriousHazard <em>Serious Hazard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HazardFactorDutyImpl extends ObligationImpl implements HazardFactorDuty {
	/**
	 * The cached value of the '{@link #getHazardFactors() <em>Hazard Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazardFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<HazardFactor> hazardFactors;

	/**
	 * The cached value of the '{@link #getExaminations() <em>Examinations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExaminations()
	 * @generated
	 * @ordered
	 */
	protected EList<HealthExamination> examinations;

	/**
	 * The default value of the '{@link #isSeriousHazard() <em>Serious Hazard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSeriousHazard()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SERIOUS_HAZARD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSeriousHazard() <em>Serious Hazard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSeriousHazard()
	 * @generated
	 * @ordered
	 */
	protected boolean seriousHazard = SERIOUS_HAZARD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HazardFactorDutyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OccupationalHealthPackage.Literals.HAZARD_FACTOR_DUTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HazardFactor> getHazardFactors() {
		if (hazardFactors == null) {
			hazardFactors = new EObjectContainmentEList<HazardFactor>(HazardFactor.class, this, OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS);
		}
		return hazardFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HealthExamination> getExaminations() {
		if (examinations == null) {
			examinations = new EObjectContainmentEList<HealthExamination>(HealthExamination.class, this, OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS);
		}
		return examinations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSeriousHazard() {
		return seriousHazard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriousHazard(boolean newSeriousHazard) {
		boolean oldSeriousHazard = seriousHazard;
		seriousHazard = newSeriousHazard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HAZARD_FACTOR_DUTY__SERIOUS_HAZARD, oldSeriousHazard, seriousHazard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS:
				return ((InternalEList<?>)getHazardFactors()).basicRemove(otherEnd, msgs);
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS:
				return ((InternalEList<?>)getExaminations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS:
				return getHazardFactors();
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS:
				return getExaminations();
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__SERIOUS_HAZARD:
				return isSeriousHazard();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS:
				getHazardFactors().clear();
				getHazardFactors().addAll((Collection<? extends HazardFactor>)newValue);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS:
				getExaminations().clear();
				getExaminations().addAll((Collection<? extends HealthExamination>)newValue);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__SERIOUS_HAZARD:
				setSeriousHazard((Boolean)newValue);
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
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS:
				getHazardFactors().clear();
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS:
				getExaminations().clear();
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__SERIOUS_HAZARD:
				setSeriousHazard(SERIOUS_HAZARD_EDEFAULT);
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
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__HAZARD_FACTORS:
				return hazardFactors != null && !hazardFactors.isEmpty();
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__EXAMINATIONS:
				return examinations != null && !examinations.isEmpty();
			case OccupationalHealthPackage.HAZARD_FACTOR_DUTY__SERIOUS_HAZARD:
				return seriousHazard != SERIOUS_HAZARD_EDEFAULT;
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
		result.append(" (seriousHazard: ");
		result.append(seriousHazard);
		result.append(')');
		return result.toString();
	}

} //HazardFactorDutyImpl
