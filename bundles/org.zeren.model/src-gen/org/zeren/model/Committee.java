/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Committee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Work Safety Committee (安全生产委员会, 安委会): the body that coordinates all departments of a jurisdiction on work safety and issues plans such as the yearly work plan (工作要点). Basis: 《中华人民共和国安全生产法》(2021) 第九条 (safety coordination mechanism of governments).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Committee#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getCommittee()
 * @model
 * @generated
 */
public interface Committee extends Party {
	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area whose work safety the committee coordinates, e.g. 绿建区; null when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' attribute.
	 * @see #setJurisdiction(String)
	 * @see org.zeren.model.ZerenPackage#getCommittee_Jurisdiction()
	 * @model
	 * @generated
	 */
	String getJurisdiction();

	/**
	 * Sets the value of the '{@link org.zeren.model.Committee#getJurisdiction <em>Jurisdiction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' attribute.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(String value);

} // Committee
