/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.AssessmentIndicator;
import org.zeren.model.DutyList;
import org.zeren.model.LegalBasis;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Responsibility Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getDutyLists <em>Duty Lists</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getSupervisions <em>Supervisions</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getWorkAreas <em>Work Areas</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getWorkPlans <em>Work Plans</em>}</li>
 *   <li>{@link org.zeren.model.impl.ResponsibilityModelImpl#getAssessmentIndicators <em>Assessment Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponsibilityModelImpl extends ModelElementImpl implements ResponsibilityModel {
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
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> parties;

	/**
	 * The cached value of the '{@link #getDutyLists() <em>Duty Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyLists()
	 * @generated
	 * @ordered
	 */
	protected EList<DutyList> dutyLists;

	/**
	 * The cached value of the '{@link #getSupervisions() <em>Supervisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Supervision> supervisions;

	/**
	 * The cached value of the '{@link #getLegalBases() <em>Legal Bases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBases()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalBasis> legalBases;

	/**
	 * The cached value of the '{@link #getWorkAreas() <em>Work Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkArea> workAreas;

	/**
	 * The cached value of the '{@link #getWorkPlans() <em>Work Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkPlan> workPlans;

	/**
	 * The cached value of the '{@link #getAssessmentIndicators() <em>Assessment Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentIndicator> assessmentIndicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponsibilityModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.RESPONSIBILITY_MODEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.RESPONSIBILITY_MODEL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParties() {
		if (parties == null) {
			parties = new EObjectContainmentEList<Party>(Party.class, this, ZerenPackage.RESPONSIBILITY_MODEL__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DutyList> getDutyLists() {
		if (dutyLists == null) {
			dutyLists = new EObjectContainmentEList<DutyList>(DutyList.class, this, ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS);
		}
		return dutyLists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Supervision> getSupervisions() {
		if (supervisions == null) {
			supervisions = new EObjectContainmentEList<Supervision>(Supervision.class, this, ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS);
		}
		return supervisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalBasis> getLegalBases() {
		if (legalBases == null) {
			legalBases = new EObjectContainmentEList<LegalBasis>(LegalBasis.class, this, ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES);
		}
		return legalBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkArea> getWorkAreas() {
		if (workAreas == null) {
			workAreas = new EObjectContainmentEList<WorkArea>(WorkArea.class, this, ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS);
		}
		return workAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkPlan> getWorkPlans() {
		if (workPlans == null) {
			workPlans = new EObjectContainmentEList<WorkPlan>(WorkPlan.class, this, ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS);
		}
		return workPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentIndicator> getAssessmentIndicators() {
		if (assessmentIndicators == null) {
			assessmentIndicators = new EObjectContainmentEList<AssessmentIndicator>(AssessmentIndicator.class, this, ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS);
		}
		return assessmentIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.RESPONSIBILITY_MODEL__PARTIES:
				return ((InternalEList<?>)getParties()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS:
				return ((InternalEList<?>)getDutyLists()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS:
				return ((InternalEList<?>)getSupervisions()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES:
				return ((InternalEList<?>)getLegalBases()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS:
				return ((InternalEList<?>)getWorkAreas()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS:
				return ((InternalEList<?>)getWorkPlans()).basicRemove(otherEnd, msgs);
			case ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS:
				return ((InternalEList<?>)getAssessmentIndicators()).basicRemove(otherEnd, msgs);
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
			case ZerenPackage.RESPONSIBILITY_MODEL__NAME:
				return getName();
			case ZerenPackage.RESPONSIBILITY_MODEL__PARTIES:
				return getParties();
			case ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS:
				return getDutyLists();
			case ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS:
				return getSupervisions();
			case ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES:
				return getLegalBases();
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS:
				return getWorkAreas();
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS:
				return getWorkPlans();
			case ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS:
				return getAssessmentIndicators();
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
			case ZerenPackage.RESPONSIBILITY_MODEL__NAME:
				setName((String)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Party>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS:
				getDutyLists().clear();
				getDutyLists().addAll((Collection<? extends DutyList>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS:
				getSupervisions().clear();
				getSupervisions().addAll((Collection<? extends Supervision>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES:
				getLegalBases().clear();
				getLegalBases().addAll((Collection<? extends LegalBasis>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS:
				getWorkAreas().clear();
				getWorkAreas().addAll((Collection<? extends WorkArea>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS:
				getWorkPlans().clear();
				getWorkPlans().addAll((Collection<? extends WorkPlan>)newValue);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS:
				getAssessmentIndicators().clear();
				getAssessmentIndicators().addAll((Collection<? extends AssessmentIndicator>)newValue);
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
			case ZerenPackage.RESPONSIBILITY_MODEL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__PARTIES:
				getParties().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS:
				getDutyLists().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS:
				getSupervisions().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES:
				getLegalBases().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS:
				getWorkAreas().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS:
				getWorkPlans().clear();
				return;
			case ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS:
				getAssessmentIndicators().clear();
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
			case ZerenPackage.RESPONSIBILITY_MODEL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ZerenPackage.RESPONSIBILITY_MODEL__PARTIES:
				return parties != null && !parties.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__DUTY_LISTS:
				return dutyLists != null && !dutyLists.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__SUPERVISIONS:
				return supervisions != null && !supervisions.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__LEGAL_BASES:
				return legalBases != null && !legalBases.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_AREAS:
				return workAreas != null && !workAreas.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__WORK_PLANS:
				return workPlans != null && !workPlans.isEmpty();
			case ZerenPackage.RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS:
				return assessmentIndicators != null && !assessmentIndicators.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ResponsibilityModelImpl
