/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Basis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal basis (法律依据, 设定依据): a law, regulation, rule, standard, normative document or plan that duties rest on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.LegalBasis#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasis#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasis#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasis#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasis#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getLegalBasis()
 * @model
 * @generated
 */
public interface LegalBasis extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the basis without book-title marks 《》, e.g. 中华人民共和国安全生产法, 企业安全生产标准化基本规范.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.zeren.model.ZerenPackage#getLegalBasis_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasis#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.LegalBasisKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of the basis in the legal hierarchy. Default LAW; set it on creation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.LegalBasisKind
	 * @see #setKind(LegalBasisKind)
	 * @see org.zeren.model.ZerenPackage#getLegalBasis_Kind()
	 * @model
	 * @generated
	 */
	LegalBasisKind getKind();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasis#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.LegalBasisKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LegalBasisKind value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Issuing body, e.g. 全国人民代表大会常务委员会, 国家市场监督管理总局 国家标准化管理委员会; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.zeren.model.ZerenPackage#getLegalBasis_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasis#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Official number of the basis, e.g. GB/T 33000-2016, 主席令第88号, 安委办〔2016〕11号; null when it has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.zeren.model.ZerenPackage#getLegalBasis_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasis#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.LegalBasisVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Versions of the basis, oldest first. Empty when versions are not tracked; then references cite the current text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getLegalBasis_Versions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalBasisVersion> getVersions();

} // LegalBasis
