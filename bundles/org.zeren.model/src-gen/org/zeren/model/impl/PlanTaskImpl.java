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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.Duty;
import org.zeren.model.LegalBasis;
import org.zeren.model.PlanTask;
import org.zeren.model.WorkArea;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getCitedBases <em>Cited Bases</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getWorkAreas <em>Work Areas</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getAssignedDuties <em>Assigned Duties</em>}</li>
 *   <li>{@link org.zeren.model.impl.PlanTaskImpl#getSubtasks <em>Subtasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanTaskImpl extends ModelElementImpl implements PlanTask {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCitedBases() <em>Cited Bases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitedBases()
	 * @generated
	 * @ordered
	 */
	protected EList<LegalBasis> citedBases;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<String> principles;

	/**
	 * The cached value of the '{@link #getWorkAreas() <em>Work Areas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkArea> workAreas;

	/**
	 * The cached value of the '{@link #getAssignedDuties() <em>Assigned Duties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<Duty> assignedDuties;

	/**
	 * The cached value of the '{@link #getSubtasks() <em>Subtasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtasks()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanTask> subtasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.PLAN_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.PLAN_TASK__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.PLAN_TASK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.PLAN_TASK__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegalBasis> getCitedBases() {
		if (citedBases == null) {
			citedBases = new EObjectResolvingEList<LegalBasis>(LegalBasis.class, this, ZerenPackage.PLAN_TASK__CITED_BASES);
		}
		return citedBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrinciples() {
		if (principles == null) {
			principles = new EDataTypeUniqueEList<String>(String.class, this, ZerenPackage.PLAN_TASK__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkArea> getWorkAreas() {
		if (workAreas == null) {
			workAreas = new EObjectResolvingEList<WorkArea>(WorkArea.class, this, ZerenPackage.PLAN_TASK__WORK_AREAS);
		}
		return workAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Duty> getAssignedDuties() {
		if (assignedDuties == null) {
			assignedDuties = new EObjectResolvingEList<Duty>(Duty.class, this, ZerenPackage.PLAN_TASK__ASSIGNED_DUTIES);
		}
		return assignedDuties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanTask> getSubtasks() {
		if (subtasks == null) {
			subtasks = new EObjectContainmentEList<PlanTask>(PlanTask.class, this, ZerenPackage.PLAN_TASK__SUBTASKS);
		}
		return subtasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.PLAN_TASK__SUBTASKS:
				return ((InternalEList<?>)getSubtasks()).basicRemove(otherEnd, msgs);
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
			case ZerenPackage.PLAN_TASK__NUMBER:
				return getNumber();
			case ZerenPackage.PLAN_TASK__TITLE:
				return getTitle();
			case ZerenPackage.PLAN_TASK__TEXT:
				return getText();
			case ZerenPackage.PLAN_TASK__CITED_BASES:
				return getCitedBases();
			case ZerenPackage.PLAN_TASK__PRINCIPLES:
				return getPrinciples();
			case ZerenPackage.PLAN_TASK__WORK_AREAS:
				return getWorkAreas();
			case ZerenPackage.PLAN_TASK__ASSIGNED_DUTIES:
				return getAssignedDuties();
			case ZerenPackage.PLAN_TASK__SUBTASKS:
				return getSubtasks();
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
			case ZerenPackage.PLAN_TASK__NUMBER:
				setNumber((String)newValue);
				return;
			case ZerenPackage.PLAN_TASK__TITLE:
				setTitle((String)newValue);
				return;
			case ZerenPackage.PLAN_TASK__TEXT:
				setText((String)newValue);
				return;
			case ZerenPackage.PLAN_TASK__CITED_BASES:
				getCitedBases().clear();
				getCitedBases().addAll((Collection<? extends LegalBasis>)newValue);
				return;
			case ZerenPackage.PLAN_TASK__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends String>)newValue);
				return;
			case ZerenPackage.PLAN_TASK__WORK_AREAS:
				getWorkAreas().clear();
				getWorkAreas().addAll((Collection<? extends WorkArea>)newValue);
				return;
			case ZerenPackage.PLAN_TASK__ASSIGNED_DUTIES:
				getAssignedDuties().clear();
				getAssignedDuties().addAll((Collection<? extends Duty>)newValue);
				return;
			case ZerenPackage.PLAN_TASK__SUBTASKS:
				getSubtasks().clear();
				getSubtasks().addAll((Collection<? extends PlanTask>)newValue);
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
			case ZerenPackage.PLAN_TASK__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ZerenPackage.PLAN_TASK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ZerenPackage.PLAN_TASK__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ZerenPackage.PLAN_TASK__CITED_BASES:
				getCitedBases().clear();
				return;
			case ZerenPackage.PLAN_TASK__PRINCIPLES:
				getPrinciples().clear();
				return;
			case ZerenPackage.PLAN_TASK__WORK_AREAS:
				getWorkAreas().clear();
				return;
			case ZerenPackage.PLAN_TASK__ASSIGNED_DUTIES:
				getAssignedDuties().clear();
				return;
			case ZerenPackage.PLAN_TASK__SUBTASKS:
				getSubtasks().clear();
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
			case ZerenPackage.PLAN_TASK__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ZerenPackage.PLAN_TASK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ZerenPackage.PLAN_TASK__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ZerenPackage.PLAN_TASK__CITED_BASES:
				return citedBases != null && !citedBases.isEmpty();
			case ZerenPackage.PLAN_TASK__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case ZerenPackage.PLAN_TASK__WORK_AREAS:
				return workAreas != null && !workAreas.isEmpty();
			case ZerenPackage.PLAN_TASK__ASSIGNED_DUTIES:
				return assignedDuties != null && !assignedDuties.isEmpty();
			case ZerenPackage.PLAN_TASK__SUBTASKS:
				return subtasks != null && !subtasks.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", text: ");
		result.append(text);
		result.append(", principles: ");
		result.append(principles);
		result.append(')');
		return result.toString();
	}

} //PlanTaskImpl
