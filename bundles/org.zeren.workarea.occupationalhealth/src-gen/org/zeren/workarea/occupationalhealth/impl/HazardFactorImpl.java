/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.zeren.model.impl.ModelElementImpl;

import org.zeren.workarea.occupationalhealth.HazardCategory;
import org.zeren.workarea.occupationalhealth.HazardFactor;
import org.zeren.workarea.occupationalhealth.OccupationalHealthPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hazard Factor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl#getWorkplace <em>Workplace</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl#getTestingIntervalMonths <em>Testing Interval Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HazardFactorImpl extends ModelElementImpl implements HazardFactor {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final HazardCategory CATEGORY_EDEFAULT = HazardCategory.DUST;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected HazardCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkplace() <em>Workplace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkplace()
	 * @generated
	 * @ordered
	 */
	protected static final String WORKPLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkplace() <em>Workplace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkplace()
	 * @generated
	 * @ordered
	 */
	protected String workplace = WORKPLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestingIntervalMonths() <em>Testing Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestingIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int TESTING_INTERVAL_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTestingIntervalMonths() <em>Testing Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestingIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected int testingIntervalMonths = TESTING_INTERVAL_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HazardFactorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OccupationalHealthPackage.Literals.HAZARD_FACTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HAZARD_FACTOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(HazardCategory newCategory) {
		HazardCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HAZARD_FACTOR__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkplace() {
		return workplace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkplace(String newWorkplace) {
		String oldWorkplace = workplace;
		workplace = newWorkplace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HAZARD_FACTOR__WORKPLACE, oldWorkplace, workplace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestingIntervalMonths() {
		return testingIntervalMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestingIntervalMonths(int newTestingIntervalMonths) {
		int oldTestingIntervalMonths = testingIntervalMonths;
		testingIntervalMonths = newTestingIntervalMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OccupationalHealthPackage.HAZARD_FACTOR__TESTING_INTERVAL_MONTHS, oldTestingIntervalMonths, testingIntervalMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OccupationalHealthPackage.HAZARD_FACTOR__NAME:
				return getName();
			case OccupationalHealthPackage.HAZARD_FACTOR__CATEGORY:
				return getCategory();
			case OccupationalHealthPackage.HAZARD_FACTOR__WORKPLACE:
				return getWorkplace();
			case OccupationalHealthPackage.HAZARD_FACTOR__TESTING_INTERVAL_MONTHS:
				return getTestingIntervalMonths();
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
			case OccupationalHealthPackage.HAZARD_FACTOR__NAME:
				setName((String)newValue);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__CATEGORY:
				setCategory((HazardCategory)newValue);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__WORKPLACE:
				setWorkplace((String)newValue);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__TESTING_INTERVAL_MONTHS:
				setTestingIntervalMonths((Integer)newValue);
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
			case OccupationalHealthPackage.HAZARD_FACTOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__WORKPLACE:
				setWorkplace(WORKPLACE_EDEFAULT);
				return;
			case OccupationalHealthPackage.HAZARD_FACTOR__TESTING_INTERVAL_MONTHS:
				setTestingIntervalMonths(TESTING_INTERVAL_MONTHS_EDEFAULT);
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
			case OccupationalHealthPackage.HAZARD_FACTOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OccupationalHealthPackage.HAZARD_FACTOR__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case OccupationalHealthPackage.HAZARD_FACTOR__WORKPLACE:
				return WORKPLACE_EDEFAULT == null ? workplace != null : !WORKPLACE_EDEFAULT.equals(workplace);
			case OccupationalHealthPackage.HAZARD_FACTOR__TESTING_INTERVAL_MONTHS:
				return testingIntervalMonths != TESTING_INTERVAL_MONTHS_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", category: ");
		result.append(category);
		result.append(", workplace: ");
		result.append(workplace);
		result.append(", testingIntervalMonths: ");
		result.append(testingIntervalMonths);
		result.append(')');
		return result.toString();
	}

} //HazardFactorImpl
