/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A duty list (清单): an ordered list of duties held by one party, such as the power list and the responsibility list of a supervisory department (两张清单), the primary-responsibility list of an enterprise, or the duty list of a post.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.DutyList#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.DutyList#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.model.DutyList#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.zeren.model.DutyList#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.zeren.model.DutyList#getDuties <em>Duties</em>}</li>
 *   <li>{@link org.zeren.model.DutyList#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getDutyList()
 * @model
 * @generated
 */
public interface DutyList extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the list, e.g. 区应急管理局安全生产责任清单; null when the list is named only by kind and holder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.model.ZerenPackage#getDutyList_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyList#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.DutyListKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of the list. Set it on creation: the default literal POWER_LIST is only a default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.DutyListKind
	 * @see #setKind(DutyListKind)
	 * @see org.zeren.model.ZerenPackage#getDutyList_Kind()
	 * @model
	 * @generated
	 */
	DutyListKind getKind();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyList#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.DutyListKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DutyListKind value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The party that holds the list and so carries its duties. Required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' reference.
	 * @see #setHolder(Party)
	 * @see org.zeren.model.ZerenPackage#getDutyList_Holder()
	 * @model required="true"
	 * @generated
	 */
	Party getHolder();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyList#getHolder <em>Holder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(Party value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the list was issued or last revised; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see org.zeren.model.ZerenPackage#getDutyList_IssuedOn()
	 * @model dataType="org.zeren.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyList#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duties</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.Duty}.
	 * It is bidirectional and its opposite is '{@link org.zeren.model.Duty#getList <em>List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The duties of the list, in the list's order (numbering in print follows it). Empty for a list not yet filled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duties</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getDutyList_Duties()
	 * @see org.zeren.model.Duty#getList
	 * @model opposite="list" containment="true"
	 * @generated
	 */
	EList<Duty> getDuties();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.DutyGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level groupings of the list (sections such as 一、安全生产综合监管 in the source spreadsheet), in the list's order; nested groupings are in DutyGroup.subgroups. Duties name their grouping through Duty.group. Empty when the list is not divided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getDutyList_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<DutyGroup> getGroups();

} // DutyList
