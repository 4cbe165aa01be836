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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.PostImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.model.impl.PostImpl#isCertificateRequired <em>Certificate Required</em>}</li>
 *   <li>{@link org.zeren.model.impl.PostImpl#getBusinessDuties <em>Business Duties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PostImpl extends PartyImpl implements Post {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PostKind KIND_EDEFAULT = PostKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PostKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isCertificateRequired() <em>Certificate Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertificateRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CERTIFICATE_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCertificateRequired() <em>Certificate Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertificateRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean certificateRequired = CERTIFICATE_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBusinessDuties() <em>Business Duties</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<String> businessDuties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.POST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PostKind newKind) {
		PostKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.POST__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCertificateRequired() {
		return certificateRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateRequired(boolean newCertificateRequired) {
		boolean oldCertificateRequired = certificateRequired;
		certificateRequired = newCertificateRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.POST__CERTIFICATE_REQUIRED, oldCertificateRequired, certificateRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBusinessDuties() {
		if (businessDuties == null) {
			businessDuties = new EDataTypeUniqueEList<String>(String.class, this, ZerenPackage.POST__BUSINESS_DUTIES);
		}
		return businessDuties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ZerenPackage.POST__KIND:
				return getKind();
			case ZerenPackage.POST__CERTIFICATE_REQUIRED:
				return isCertificateRequired();
			case ZerenPackage.POST__BUSINESS_DUTIES:
				return getBusinessDuties();
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
			case ZerenPackage.POST__KIND:
				setKind((PostKind)newValue);
				return;
			case ZerenPackage.POST__CERTIFICATE_REQUIRED:
				setCertificateRequired((Boolean)newValue);
				return;
			case ZerenPackage.POST__BUSINESS_DUTIES:
				getBusinessDuties().clear();
				getBusinessDuties().addAll((Collection<? extends String>)newValue);
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
			case ZerenPackage.POST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ZerenPackage.POST__CERTIFICATE_REQUIRED:
				setCertificateRequired(CERTIFICATE_REQUIRED_EDEFAULT);
				return;
			case ZerenPackage.POST__BUSINESS_DUTIES:
				getBusinessDuties().clear();
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
			case ZerenPackage.POST__KIND:
				return kind != KIND_EDEFAULT;
			case ZerenPackage.POST__CERTIFICATE_REQUIRED:
				return certificateRequired != CERTIFICATE_REQUIRED_EDEFAULT;
			case ZerenPackage.POST__BUSINESS_DUTIES:
				return businessDuties != null && !businessDuties.isEmpty();
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
		result.append(", certificateRequired: ");
		result.append(certificateRequired);
		result.append(", businessDuties: ");
		result.append(businessDuties);
		result.append(')');
		return result.toString();
	}

} //PostImpl
