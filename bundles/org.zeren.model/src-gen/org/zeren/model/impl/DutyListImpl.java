/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Party;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duty List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getDuties <em>Duties</em>}</li>
 *   <li>{@link org.zeren.model.impl.DutyListImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DutyListImpl extends ModelElementImpl implements DutyList {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DutyListKind KIND_EDEFAULT = DutyListKind.POWER_LIST;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DutyListKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHolder() <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected Party holder;

	/**
	 * The default value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedOn = ISSUED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDuties() <em>Duties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<Duty> duties;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<DutyGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DutyListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.DUTY_LIST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY_LIST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyListKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DutyListKind newKind) {
		DutyListKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY_LIST__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getHolder() {
		if (holder != null && holder.eIsProxy()) {
			InternalEObject oldHolder = (InternalEObject)holder;
			holder = (Party)eResolveProxy(oldHolder);
			if (holder != oldHolder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.DUTY_LIST__HOLDER, oldHolder, holder));
			}
		}
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetHolder() {
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolder(Party newHolder) {
		Party oldHolder = holder;
		holder = newHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY_LIST__HOLDER, oldHolder, holder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedOn(LocalDate newIssuedOn) {
		LocalDate oldIssuedOn = issuedOn;
		issuedOn = newIssuedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.DUTY_LIST__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Duty> getDuties() {
		if (duties == null) {
			duties = new EObjectContainmentWithInverseEList<Duty>(Duty.class, this, ZerenPackage.DUTY_LIST__DUTIES, ZerenPackage.DUTY__LIST);
		}
		return duties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DutyGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<DutyGroup>(DutyGroup.class, this, ZerenPackage.DUTY_LIST__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.DUTY_LIST__DUTIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDuties()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.DUTY_LIST__DUTIES:
				return ((InternalEList<?>)getDuties()).basicRemove(otherEnd, msgs);
			case ZerenPackage.DUTY_LIST__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case ZerenPackage.DUTY_LIST__NAME:
				return getName();
			case ZerenPackage.DUTY_LIST__KIND:
				return getKind();
			case ZerenPackage.DUTY_LIST__HOLDER:
				if (resolve) return getHolder();
				return basicGetHolder();
			case ZerenPackage.DUTY_LIST__ISSUED_ON:
				return getIssuedOn();
			case ZerenPackage.DUTY_LIST__DUTIES:
				return getDuties();
			case ZerenPackage.DUTY_LIST__GROUPS:
				return getGroups();
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
			case ZerenPackage.DUTY_LIST__NAME:
				setName((String)newValue);
				return;
			case ZerenPackage.DUTY_LIST__KIND:
				setKind((DutyListKind)newValue);
				return;
			case ZerenPackage.DUTY_LIST__HOLDER:
				setHolder((Party)newValue);
				return;
			case ZerenPackage.DUTY_LIST__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case ZerenPackage.DUTY_LIST__DUTIES:
				getDuties().clear();
				getDuties().addAll((Collection<? extends Duty>)newValue);
				return;
			case ZerenPackage.DUTY_LIST__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends DutyGroup>)newValue);
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
			case ZerenPackage.DUTY_LIST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ZerenPackage.DUTY_LIST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ZerenPackage.DUTY_LIST__HOLDER:
				setHolder((Party)null);
				return;
			case ZerenPackage.DUTY_LIST__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case ZerenPackage.DUTY_LIST__DUTIES:
				getDuties().clear();
				return;
			case ZerenPackage.DUTY_LIST__GROUPS:
				getGroups().clear();
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
			case ZerenPackage.DUTY_LIST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ZerenPackage.DUTY_LIST__KIND:
				return kind != KIND_EDEFAULT;
			case ZerenPackage.DUTY_LIST__HOLDER:
				return holder != null;
			case ZerenPackage.DUTY_LIST__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case ZerenPackage.DUTY_LIST__DUTIES:
				return duties != null && !duties.isEmpty();
			case ZerenPackage.DUTY_LIST__GROUPS:
				return groups != null && !groups.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(')');
		return result.toString();
	}

} //DutyListImpl
