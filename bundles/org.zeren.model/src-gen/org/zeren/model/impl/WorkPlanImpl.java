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
import org.eclipse.emf.ecore.util.InternalEList;

import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.WorkPlan;
import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getIssuerParty <em>Issuer Party</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getGeneralApproach <em>General Approach</em>}</li>
 *   <li>{@link org.zeren.model.impl.WorkPlanImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkPlanImpl extends ModelElementImpl implements WorkPlan {
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
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuerParty() <em>Issuer Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuerParty()
	 * @generated
	 * @ordered
	 */
	protected Party issuerParty;

	/**
	 * The default value of the '{@link #getRecipients() <em>Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPIENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected String recipients = RECIPIENTS_EDEFAULT;

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
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeneralApproach() <em>General Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneralApproach()
	 * @generated
	 * @ordered
	 */
	protected static final String GENERAL_APPROACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneralApproach() <em>General Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneralApproach()
	 * @generated
	 * @ordered
	 */
	protected String generalApproach = GENERAL_APPROACH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanSection> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ZerenPackage.Literals.WORK_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getIssuerParty() {
		if (issuerParty != null && issuerParty.eIsProxy()) {
			InternalEObject oldIssuerParty = (InternalEObject)issuerParty;
			issuerParty = (Party)eResolveProxy(oldIssuerParty);
			if (issuerParty != oldIssuerParty) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ZerenPackage.WORK_PLAN__ISSUER_PARTY, oldIssuerParty, issuerParty));
			}
		}
		return issuerParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetIssuerParty() {
		return issuerParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuerParty(Party newIssuerParty) {
		Party oldIssuerParty = issuerParty;
		issuerParty = newIssuerParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__ISSUER_PARTY, oldIssuerParty, issuerParty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipients() {
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipients(String newRecipients) {
		String oldRecipients = recipients;
		recipients = newRecipients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__RECIPIENTS, oldRecipients, recipients));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeneralApproach() {
		return generalApproach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneralApproach(String newGeneralApproach) {
		String oldGeneralApproach = generalApproach;
		generalApproach = newGeneralApproach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ZerenPackage.WORK_PLAN__GENERAL_APPROACH, oldGeneralApproach, generalApproach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<PlanSection>(PlanSection.class, this, ZerenPackage.WORK_PLAN__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ZerenPackage.WORK_PLAN__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
			case ZerenPackage.WORK_PLAN__TITLE:
				return getTitle();
			case ZerenPackage.WORK_PLAN__ISSUER:
				return getIssuer();
			case ZerenPackage.WORK_PLAN__ISSUER_PARTY:
				if (resolve) return getIssuerParty();
				return basicGetIssuerParty();
			case ZerenPackage.WORK_PLAN__RECIPIENTS:
				return getRecipients();
			case ZerenPackage.WORK_PLAN__ISSUED_ON:
				return getIssuedOn();
			case ZerenPackage.WORK_PLAN__YEAR:
				return getYear();
			case ZerenPackage.WORK_PLAN__GENERAL_APPROACH:
				return getGeneralApproach();
			case ZerenPackage.WORK_PLAN__SECTIONS:
				return getSections();
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
			case ZerenPackage.WORK_PLAN__TITLE:
				setTitle((String)newValue);
				return;
			case ZerenPackage.WORK_PLAN__ISSUER:
				setIssuer((String)newValue);
				return;
			case ZerenPackage.WORK_PLAN__ISSUER_PARTY:
				setIssuerParty((Party)newValue);
				return;
			case ZerenPackage.WORK_PLAN__RECIPIENTS:
				setRecipients((String)newValue);
				return;
			case ZerenPackage.WORK_PLAN__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case ZerenPackage.WORK_PLAN__YEAR:
				setYear((Integer)newValue);
				return;
			case ZerenPackage.WORK_PLAN__GENERAL_APPROACH:
				setGeneralApproach((String)newValue);
				return;
			case ZerenPackage.WORK_PLAN__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends PlanSection>)newValue);
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
			case ZerenPackage.WORK_PLAN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__ISSUER_PARTY:
				setIssuerParty((Party)null);
				return;
			case ZerenPackage.WORK_PLAN__RECIPIENTS:
				setRecipients(RECIPIENTS_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__GENERAL_APPROACH:
				setGeneralApproach(GENERAL_APPROACH_EDEFAULT);
				return;
			case ZerenPackage.WORK_PLAN__SECTIONS:
				getSections().clear();
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
			case ZerenPackage.WORK_PLAN__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ZerenPackage.WORK_PLAN__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case ZerenPackage.WORK_PLAN__ISSUER_PARTY:
				return issuerParty != null;
			case ZerenPackage.WORK_PLAN__RECIPIENTS:
				return RECIPIENTS_EDEFAULT == null ? recipients != null : !RECIPIENTS_EDEFAULT.equals(recipients);
			case ZerenPackage.WORK_PLAN__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case ZerenPackage.WORK_PLAN__YEAR:
				return year != YEAR_EDEFAULT;
			case ZerenPackage.WORK_PLAN__GENERAL_APPROACH:
				return GENERAL_APPROACH_EDEFAULT == null ? generalApproach != null : !GENERAL_APPROACH_EDEFAULT.equals(generalApproach);
			case ZerenPackage.WORK_PLAN__SECTIONS:
				return sections != null && !sections.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", issuer: ");
		result.append(issuer);
		result.append(", recipients: ");
		result.append(recipients);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(", year: ");
		result.append(year);
		result.append(", generalApproach: ");
		result.append(generalApproach);
		result.append(')');
		return result.toString();
	}

} //WorkPlanImpl
