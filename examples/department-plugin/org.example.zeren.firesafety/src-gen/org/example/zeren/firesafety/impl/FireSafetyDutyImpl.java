/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.example.zeren.firesafety.FireSafetyDuty;
import org.example.zeren.firesafety.FireSafetyPackage;

import org.zeren.model.impl.ObligationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.example.zeren.firesafety.impl.FireSafetyDutyImpl#isKeyUnit <em>Key Unit</em>}</li>
 *   <li>{@link org.example.zeren.firesafety.impl.FireSafetyDutyImpl#getDrillIntervalMonths <em>Drill Interval Months</em>}</li>
 *   <li>{@link org.example.zeren.firesafety.impl.FireSafetyDutyImpl#getFireSafetyManager <em>Fire Safety Manager</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FireSafetyDutyImpl extends ObligationImpl implements FireSafetyDuty {
	/**
	 * The default value of the '{@link #isKeyUnit() <em>Key Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyUnit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEY_UNIT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isKeyUnit() <em>Key Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyUnit()
	 * @generated
	 * @ordered
	 */
	protected boolean keyUnit = KEY_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDrillIntervalMonths() <em>Drill Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrillIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DRILL_INTERVAL_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDrillIntervalMonths() <em>Drill Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrillIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected int drillIntervalMonths = DRILL_INTERVAL_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFireSafetyManager() <em>Fire Safety Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFireSafetyManager()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRE_SAFETY_MANAGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFireSafetyManager() <em>Fire Safety Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFireSafetyManager()
	 * @generated
	 * @ordered
	 */
	protected String fireSafetyManager = FIRE_SAFETY_MANAGER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FireSafetyDutyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FireSafetyPackage.Literals.FIRE_SAFETY_DUTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeyUnit() {
		return keyUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyUnit(boolean newKeyUnit) {
		boolean oldKeyUnit = keyUnit;
		keyUnit = newKeyUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FireSafetyPackage.FIRE_SAFETY_DUTY__KEY_UNIT, oldKeyUnit, keyUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDrillIntervalMonths() {
		return drillIntervalMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrillIntervalMonths(int newDrillIntervalMonths) {
		int oldDrillIntervalMonths = drillIntervalMonths;
		drillIntervalMonths = newDrillIntervalMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FireSafetyPackage.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS, oldDrillIntervalMonths, drillIntervalMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFireSafetyManager() {
		return fireSafetyManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFireSafetyManager(String newFireSafetyManager) {
		String oldFireSafetyManager = fireSafetyManager;
		fireSafetyManager = newFireSafetyManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FireSafetyPackage.FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER, oldFireSafetyManager, fireSafetyManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FireSafetyPackage.FIRE_SAFETY_DUTY__KEY_UNIT:
				return isKeyUnit();
			case FireSafetyPackage.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS:
				return getDrillIntervalMonths();
			case FireSafetyPackage.FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER:
				return getFireSafetyManager();
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
			case FireSafetyPackage.FIRE_SAFETY_DUTY__KEY_UNIT:
				setKeyUnit((Boolean)newValue);
				return;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS:
				setDrillIntervalMonths((Integer)newValue);
				return;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER:
				setFireSafetyManager((String)newValue);
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
			case FireSafetyPackage.FIRE_SAFETY_DUTY__KEY_UNIT:
				setKeyUnit(KEY_UNIT_EDEFAULT);
				return;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS:
				setDrillIntervalMonths(DRILL_INTERVAL_MONTHS_EDEFAULT);
				return;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER:
				setFireSafetyManager(FIRE_SAFETY_MANAGER_EDEFAULT);
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
			case FireSafetyPackage.FIRE_SAFETY_DUTY__KEY_UNIT:
				return keyUnit != KEY_UNIT_EDEFAULT;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS:
				return drillIntervalMonths != DRILL_INTERVAL_MONTHS_EDEFAULT;
			case FireSafetyPackage.FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER:
				return FIRE_SAFETY_MANAGER_EDEFAULT == null ? fireSafetyManager != null : !FIRE_SAFETY_MANAGER_EDEFAULT.equals(fireSafetyManager);
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
		result.append(" (keyUnit: ");
		result.append(keyUnit);
		result.append(", drillIntervalMonths: ");
		result.append(drillIntervalMonths);
		result.append(", fireSafetyManager: ");
		result.append(fireSafetyManager);
		result.append(')');
		return result.toString();
	}

} //FireSafetyDutyImpl
