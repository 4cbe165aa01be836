/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work plan (工作要点): a yearly plan document, usually issued by the committee, whose sections and tasks assign duties to departments and entities, e.g. 绿建区2017年安全生产工作要点.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.WorkPlan#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getIssuerParty <em>Issuer Party</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getYear <em>Year</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getGeneralApproach <em>General Approach</em>}</li>
 *   <li>{@link org.zeren.model.WorkPlan#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getWorkPlan()
 * @model
 * @generated
 */
public interface WorkPlan extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the plan without book-title marks, e.g. 绿建区2017年安全生产工作要点.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Issuer as printed on the document, e.g. 绿建区安全生产委员会(管委会代章).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Issuer Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The party that issued the plan, when it is in the model; null otherwise (issuer still names it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer Party</em>' reference.
	 * @see #setIssuerParty(Party)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_IssuerParty()
	 * @model
	 * @generated
	 */
	Party getIssuerParty();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getIssuerParty <em>Issuer Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer Party</em>' reference.
	 * @see #getIssuerParty()
	 * @generated
	 */
	void setIssuerParty(Party value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Addressees as printed (主送), e.g. 各科室所、生产经营单位.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipients</em>' attribute.
	 * @see #setRecipients(String)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_Recipients()
	 * @model
	 * @generated
	 */
	String getRecipients();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getRecipients <em>Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipients</em>' attribute.
	 * @see #getRecipients()
	 * @generated
	 */
	void setRecipients(String value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of issue (印发日期), e.g. 2017-02-23; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_IssuedOn()
	 * @model dataType="org.zeren.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year the plan covers, e.g. 2017; 0 (the default) when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>General Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The general-approach paragraph (总体思路) that opens the plan, verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>General Approach</em>' attribute.
	 * @see #setGeneralApproach(String)
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_GeneralApproach()
	 * @model
	 * @generated
	 */
	String getGeneralApproach();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkPlan#getGeneralApproach <em>General Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>General Approach</em>' attribute.
	 * @see #getGeneralApproach()
	 * @generated
	 */
	void setGeneralApproach(String value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.PlanSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sections of the plan in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getWorkPlan_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanSection> getSections();

} // WorkPlan
