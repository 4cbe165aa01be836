/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.zeren.model.Enterprise;
import org.zeren.model.EnterpriseScale;
import org.zeren.model.RiskGrade;
import org.zeren.model.StandardizationLevel;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#getRiskGrade <em>Risk Grade</em>}</li>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#getStandardizationLevel <em>Standardization Level</em>}</li>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#isHasOccupationalHazards <em>Has Occupational Hazards</em>}</li>
 *   <li>{@link org.zeren.model.impl.EnterpriseImpl#getCreditCode <em>Credit Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseImpl extends PartyImpl implements Enterprise {
	/**
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected String industry = INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final EnterpriseScale SCALE_EDEFAULT = EnterpriseScale.LARGE;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected EnterpriseScale scale = SCALE_EDEFAULT;

	/**
	 * This is true if the Scale attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean scaleESet;

	/**
	 * The default value of the '{@link #getRiskGrade() <em>Risk Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskGrade()
	 * @generated
	 * @ordered
	 */
	protected static final RiskGrade RISK_GRADE_EDEFAULT = RiskGrade.MAJOR;

	/**
	 * The cached value of the '{@link #getRiskGrade() <em>Risk Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskGrade()
	 * @generated
	 * @ordered
	 */
	protected RiskGrade riskGrade = RISK_GRADE_EDEFAULT;

	/**
	 * This is true if the Risk Grade attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean riskGradeESet;

	/**
	 * The default value of the '{@link #getStandardizationLevel() <em>Standardization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardizationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final StandardizationLevel STANDARDIZATION_LEVEL_EDEFAULT = StandardizationLevel.NONE;

	/**
	 * The cached value of the '{@link #getStandardizationLevel() <em>Standardization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardizationLevel()
	 * @generated
	 * @ordered
	 */
	protected StandardizationLevel standardizationLevel = STANDARDIZATION_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasOccupationalHazards() <em>Has Occupational Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasOccupationalHazards()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_OCCUPATIONAL_HAZARDS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHasOccupationalHazards() <em>Has Occupational Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasOccupationalHazards()
	 * @generated
	 * @ordered
	 */
	protected boolean hasOccupationalHazards = HAS_OCCUPATIONAL_HAZARDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected String creditCode = CREDIT_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.ENTERPRISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(String newIndustry) {
		String oldIndustry = industry;
		industry = newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnterpriseScale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(EnterpriseScale newScale) {
		EnterpriseScale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		boolean oldScaleESet = scaleESet;
		scaleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__SCALE, oldScale, scale, !oldScaleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScale() {
		EnterpriseScale oldScale = scale;
		boolean oldScaleESet = scaleESet;
		scale = SCALE_EDEFAULT;
		scaleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ZerenPackage.ENTERPRISE__SCALE, oldScale, SCALE_EDEFAULT, oldScaleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScale() {
		return scaleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskGrade getRiskGrade() {
		return riskGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskGrade(RiskGrade newRiskGrade) {
		RiskGrade oldRiskGrade = riskGrade;
		riskGrade = newRiskGrade == null ? RISK_GRADE_EDEFAULT : newRiskGrade;
		boolean oldRiskGradeESet = riskGradeESet;
		riskGradeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__RISK_GRADE, oldRiskGrade, riskGrade, !oldRiskGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRiskGrade() {
		RiskGrade oldRiskGrade = riskGrade;
		boolean oldRiskGradeESet = riskGradeESet;
		riskGrade = RISK_GRADE_EDEFAULT;
		riskGradeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ZerenPackage.ENTERPRISE__RISK_GRADE, oldRiskGrade, RISK_GRADE_EDEFAULT, oldRiskGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRiskGrade() {
		return riskGradeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardizationLevel getStandardizationLevel() {
		return standardizationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardizationLevel(StandardizationLevel newStandardizationLevel) {
		StandardizationLevel oldStandardizationLevel = standardizationLevel;
		standardizationLevel = newStandardizationLevel == null ? STANDARDIZATION_LEVEL_EDEFAULT : newStandardizationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__STANDARDIZATION_LEVEL, oldStandardizationLevel, standardizationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasOccupationalHazards() {
		return hasOccupationalHazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasOccupationalHazards(boolean newHasOccupationalHazards) {
		boolean oldHasOccupationalHazards = hasOccupationalHazards;
		hasOccupationalHazards = newHasOccupationalHazards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS, oldHasOccupationalHazards, hasOccupationalHazards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreditCode() {
		return creditCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditCode(String newCreditCode) {
		String oldCreditCode = creditCode;
		creditCode = newCreditCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.ENTERPRISE__CREDIT_CODE, oldCreditCode, creditCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.ENTERPRISE__INDUSTRY:
				return getIndustry();
			case ZerenPackage.ENTERPRISE__SCALE:
				return getScale();
			case ZerenPackage.ENTERPRISE__RISK_GRADE:
				return getRiskGrade();
			case ZerenPackage.ENTERPRISE__STANDARDIZATION_LEVEL:
				return getStandardizationLevel();
			case ZerenPackage.ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS:
				return isHasOccupationalHazards();
			case ZerenPackage.ENTERPRISE__CREDIT_CODE:
				return getCreditCode();
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
			case ZerenPackage.ENTERPRISE__INDUSTRY:
				setIndustry((String)newValue);
				return;
			case ZerenPackage.ENTERPRISE__SCALE:
				setScale((EnterpriseScale)newValue);
				return;
			case ZerenPackage.ENTERPRISE__RISK_GRADE:
				setRiskGrade((RiskGrade)newValue);
				return;
			case ZerenPackage.ENTERPRISE__STANDARDIZATION_LEVEL:
				setStandardizationLevel((StandardizationLevel)newValue);
				return;
			case ZerenPackage.ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS:
				setHasOccupationalHazards((Boolean)newValue);
				return;
			case ZerenPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode((String)newValue);
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
			case ZerenPackage.ENTERPRISE__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case ZerenPackage.ENTERPRISE__SCALE:
				unsetScale();
				return;
			case ZerenPackage.ENTERPRISE__RISK_GRADE:
				unsetRiskGrade();
				return;
			case ZerenPackage.ENTERPRISE__STANDARDIZATION_LEVEL:
				setStandardizationLevel(STANDARDIZATION_LEVEL_EDEFAULT);
				return;
			case ZerenPackage.ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS:
				setHasOccupationalHazards(HAS_OCCUPATIONAL_HAZARDS_EDEFAULT);
				return;
			case ZerenPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode(CREDIT_CODE_EDEFAULT);
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
			case ZerenPackage.ENTERPRISE__INDUSTRY:
				return INDUSTRY_EDEFAULT == null ? industry != null : !INDUSTRY_EDEFAULT.equals(industry);
			case ZerenPackage.ENTERPRISE__SCALE:
				return isSetScale();
			case ZerenPackage.ENTERPRISE__RISK_GRADE:
				return isSetRiskGrade();
			case ZerenPackage.ENTERPRISE__STANDARDIZATION_LEVEL:
				return standardizationLevel != STANDARDIZATION_LEVEL_EDEFAULT;
			case ZerenPackage.ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS:
				return hasOccupationalHazards != HAS_OCCUPATIONAL_HAZARDS_EDEFAULT;
			case ZerenPackage.ENTERPRISE__CREDIT_CODE:
				return CREDIT_CODE_EDEFAULT == null ? creditCode != null : !CREDIT_CODE_EDEFAULT.equals(creditCode);
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
		result.append(" (industry: ");
		result.append(industry);
		result.append(", scale: ");
		if (scaleESet) result.append(scale); else result.append("<unset>");
		result.append(", riskGrade: ");
		if (riskGradeESet) result.append(riskGrade); else result.append("<unset>");
		result.append(", standardizationLevel: ");
		result.append(standardizationLevel);
		result.append(", hasOccupationalHazards: ");
		result.append(hasOccupationalHazards);
		result.append(", creditCode: ");
		result.append(creditCode);
		result.append(')');
		return result.toString();
	}

} //EnterpriseImpl
