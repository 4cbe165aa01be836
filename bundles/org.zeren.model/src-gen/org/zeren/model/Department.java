/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A government unit (部门, 科室所) of the jurisdiction, usually a member of the committee. It is a supervisory department when it carries work-safety supervision duties for a sector (supervisory = true).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Department#isSupervisory <em>Supervisory</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getDepartment()
 * @model
 * @generated
 */
public interface Department extends Party {
	/**
	 * Returns the value of the '<em><b>Supervisory</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the department is a department with work-safety supervision duties (负有安全生产监督管理职责的部门, 《中华人民共和国安全生产法》(2021) 第十条): the emergency management department and the departments supervising work safety in their industry or field. Such a department must hold a power list and a responsibility list (两张清单). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisory</em>' attribute.
	 * @see #setSupervisory(boolean)
	 * @see org.zeren.model.ZerenPackage#getDepartment_Supervisory()
	 * @model default="false"
	 * @generated
	 */
	boolean isSupervisory();

	/**
	 * Sets the value of the '{@link org.zeren.model.Department#isSupervisory <em>Supervisory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisory</em>' attribute.
	 * @see #isSupervisory()
	 * @generated
	 */
	void setSupervisory(boolean value);

} // Department
