/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A grouping of the duties of a list (分类, 章节): a section row of the source spreadsheet such as 一、综合监管 or （一）行政许可, which heads the duties below it rather than being a duty itself. Groupings nest (subgroups); duties refer to theirs through Duty.group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.DutyGroup#getNumber <em>Number</em>}</li>
 *   <li>{@link org.zeren.model.DutyGroup#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.DutyGroup#getSubgroups <em>Subgroups</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getDutyGroup()
 * @model
 * @generated
 */
public interface DutyGroup extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number as printed, without the trailing mark, e.g. 一 or （一）; null when the grouping is not numbered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.zeren.model.ZerenPackage#getDutyGroup_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyGroup#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the grouping as written, e.g. 综合监管.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.zeren.model.ZerenPackage#getDutyGroup_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.zeren.model.DutyGroup#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subgroups</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.DutyGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groupings nested in this one, in order; empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroups</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getDutyGroup_Subgroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<DutyGroup> getSubgroups();

} // DutyGroup
