/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.zeren.model.AssessmentIndicator;
import org.zeren.model.Duty;
import org.zeren.model.IndicatorType;
import org.zeren.model.Party;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#isVeto <em>Veto</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getMeasuredDuties <em>Measured Duties</em>}</li>
 *   <li>{@link org.zeren.model.impl.AssessmentIndicatorImpl#getAssessedParties <em>Assessed Parties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentIndicatorImpl extends ModelElementImpl implements AssessmentIndicator {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorType TYPE_EDEFAULT = IndicatorType.PROCESS;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected IndicatorType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isVeto() <em>Veto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVeto()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VETO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVeto() <em>Veto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVeto()
	 * @generated
	 * @ordered
	 */
	protected boolean veto = VETO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasuredDuties() <em>Measured Duties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<Duty> measuredDuties;

	/**
	 * The cached value of the '{@link #getAssessedParties() <em>Assessed Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> assessedParties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.ASSESSMENT_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ASSESSMENT_INDICATOR__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ASSESSMENT_INDICATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(IndicatorType newType) {
		IndicatorType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ASSESSMENT_INDICATOR__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ASSESSMENT_INDICATOR__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVeto() {
		return veto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVeto(boolean newVeto) {
		boolean oldVeto = veto;
		veto = newVeto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ASSESSMENT_INDICATOR__VETO, oldVeto, veto));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Duty> getMeasuredDuties() {
		if (measuredDuties == null) {
			measuredDuties = new EObjectResolvingEList<Duty>(Duty.class, this, ZerenPackage.ASSESSMENT_INDICATOR__MEASURED_DUTIES);
		}
		return measuredDuties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getAssessedParties() {
		if (assessedParties == null) {
			assessedParties = new EObjectResolvingEList<Party>(Party.class, this, ZerenPackage.ASSESSMENT_INDICATOR__ASSESSED_PARTIES);
		}
		return assessedParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.ASSESSMENT_INDICATOR__CODE:
				return getCode();
			case ZerenPackage.ASSESSMENT_INDICATOR__NAME:
				return getName();
			case ZerenPackage.ASSESSMENT_INDICATOR__TYPE:
				return getType();
			case ZerenPackage.ASSESSMENT_INDICATOR__WEIGHT:
				return getWeight();
			case ZerenPackage.ASSESSMENT_INDICATOR__VETO:
				return isVeto();
			case ZerenPackage.ASSESSMENT_INDICATOR__MEASURED_DUTIES:
				return getMeasuredDuties();
			case ZerenPackage.ASSESSMENT_INDICATOR__ASSESSED_PARTIES:
				return getAssessedParties();
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
			case ZerenPackage.ASSESSMENT_INDICATOR__CODE:
				setCode((String)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__NAME:
				setName((String)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__TYPE:
				setType((IndicatorType)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__WEIGHT:
				setWeight((Double)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__VETO:
				setVeto((Boolean)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__MEASURED_DUTIES:
				getMeasuredDuties().clear();
				getMeasuredDuties().addAll((Collection<? extends Duty>)newValue);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__ASSESSED_PARTIES:
				getAssessedParties().clear();
				getAssessedParties().addAll((Collection<? extends Party>)newValue);
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
			case ZerenPackage.ASSESSMENT_INDICATOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__VETO:
				setVeto(VETO_EDEFAULT);
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__MEASURED_DUTIES:
				getMeasuredDuties().clear();
				return;
			case ZerenPackage.ASSESSMENT_INDICATOR__ASSESSED_PARTIES:
				getAssessedParties().clear();
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
			case ZerenPackage.ASSESSMENT_INDICATOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ZerenPackage.ASSESSMENT_INDICATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ZerenPackage.ASSESSMENT_INDICATOR__TYPE:
				return type != TYPE_EDEFAULT;
			case ZerenPackage.ASSESSMENT_INDICATOR__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case ZerenPackage.ASSESSMENT_INDICATOR__VETO:
				return veto != VETO_EDEFAULT;
			case ZerenPackage.ASSESSMENT_INDICATOR__MEASURED_DUTIES:
				return measuredDuties != null && !measuredDuties.isEmpty();
			case ZerenPackage.ASSESSMENT_INDICATOR__ASSESSED_PARTIES:
				return assessedParties != null && !assessedParties.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", weight: ");
		result.append(weight);
		result.append(", veto: ");
		result.append(veto);
		result.append(')');
		return result.toString();
	}

} //AssessmentIndicatorImpl
