/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.RiskGrade;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.SupervisionImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.zeren.model.impl.SupervisionImpl#getSupervised <em>Supervised</em>}</li>
 *   <li>{@link org.zeren.model.impl.SupervisionImpl#getScopeIndustries <em>Scope Industries</em>}</li>
 *   <li>{@link org.zeren.model.impl.SupervisionImpl#getScopeRiskGrades <em>Scope Risk Grades</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionImpl extends ModelElementImpl implements Supervision {
	/**
	 * The cached value of the '{@link #getSupervisor() <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisor()
	 * @generated
	 * @ordered
	 */
	protected Department supervisor;

	/**
	 * The cached value of the '{@link #getSupervised() <em>Supervised</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervised()
	 * @generated
	 * @ordered
	 */
	protected EList<Enterprise> supervised;

	/**
	 * The cached value of the '{@link #getScopeIndustries() <em>Scope Industries</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeIndustries()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scopeIndustries;

	/**
	 * The cached value of the '{@link #getScopeRiskGrades() <em>Scope Risk Grades</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeRiskGrades()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskGrade> scopeRiskGrades;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.SUPERVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getSupervisor() {
		if (supervisor != null && supervisor.eIsProxy()) {
			InternalEObject oldSupervisor = (InternalEObject)supervisor;
			supervisor = (Department)eResolveProxy(oldSupervisor);
			if (supervisor != oldSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.SUPERVISION__SUPERVISOR, oldSupervisor, supervisor));
			}
		}
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetSupervisor() {
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisor(Department newSupervisor) {
		Department oldSupervisor = supervisor;
		supervisor = newSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.SUPERVISION__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Enterprise> getSupervised() {
		if (supervised == null) {
			supervised = new EObjectResolvingEList<Enterprise>(Enterprise.class, this, ZerenPackage.SUPERVISION__SUPERVISED);
		}
		return supervised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScopeIndustries() {
		if (scopeIndustries == null) {
			scopeIndustries = new EDataTypeUniqueEList<String>(String.class, this, ZerenPackage.SUPERVISION__SCOPE_INDUSTRIES);
		}
		return scopeIndustries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskGrade> getScopeRiskGrades() {
		if (scopeRiskGrades == null) {
			scopeRiskGrades = new EDataTypeUniqueEList<RiskGrade>(RiskGrade.class, this, ZerenPackage.SUPERVISION__SCOPE_RISK_GRADES);
		}
		return scopeRiskGrades;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.SUPERVISION__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case ZerenPackage.SUPERVISION__SUPERVISED:
				return getSupervised();
			case ZerenPackage.SUPERVISION__SCOPE_INDUSTRIES:
				return getScopeIndustries();
			case ZerenPackage.SUPERVISION__SCOPE_RISK_GRADES:
				return getScopeRiskGrades();
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
			case ZerenPackage.SUPERVISION__SUPERVISOR:
				setSupervisor((Department)newValue);
				return;
			case ZerenPackage.SUPERVISION__SUPERVISED:
				getSupervised().clear();
				getSupervised().addAll((Collection<? extends Enterprise>)newValue);
				return;
			case ZerenPackage.SUPERVISION__SCOPE_INDUSTRIES:
				getScopeIndustries().clear();
				getScopeIndustries().addAll((Collection<? extends String>)newValue);
				return;
			case ZerenPackage.SUPERVISION__SCOPE_RISK_GRADES:
				getScopeRiskGrades().clear();
				getScopeRiskGrades().addAll((Collection<? extends RiskGrade>)newValue);
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
			case ZerenPackage.SUPERVISION__SUPERVISOR:
				setSupervisor((Department)null);
				return;
			case ZerenPackage.SUPERVISION__SUPERVISED:
				getSupervised().clear();
				return;
			case ZerenPackage.SUPERVISION__SCOPE_INDUSTRIES:
				getScopeIndustries().clear();
				return;
			case ZerenPackage.SUPERVISION__SCOPE_RISK_GRADES:
				getScopeRiskGrades().clear();
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
			case ZerenPackage.SUPERVISION__SUPERVISOR:
				return supervisor != null;
			case ZerenPackage.SUPERVISION__SUPERVISED:
				return supervised != null && !supervised.isEmpty();
			case ZerenPackage.SUPERVISION__SCOPE_INDUSTRIES:
				return scopeIndustries != null && !scopeIndustries.isEmpty();
			case ZerenPackage.SUPERVISION__SCOPE_RISK_GRADES:
				return scopeRiskGrades != null && !scopeRiskGrades.isEmpty();
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
		result.append(" (scopeIndustries: ");
		result.append(scopeIndustries);
		result.append(", scopeRiskGrades: ");
		result.append(scopeRiskGrades);
		result.append(')');
		return result.toString();
	}

} //SupervisionImpl
