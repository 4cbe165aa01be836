/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A post (岗位) inside a party, usually an enterprise or a department: a role whose holders carry the post's safety duties (全员安全生产责任制, 《中华人民共和国安全生产法》(2021) 第二十二条). Posts are roles, never named persons: no personal data is kept in the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Post#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.model.Post#isCertificateRequired <em>Certificate Required</em>}</li>
 *   <li>{@link org.zeren.model.Post#getBusinessDuties <em>Business Duties</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getPost()
 * @model
 * @generated
 */
public interface Post extends Party {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.zeren.model.PostKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of the post as far as the law sets specific requirements for it. Default OTHER.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.PostKind
	 * @see #setKind(PostKind)
	 * @see org.zeren.model.ZerenPackage#getPost_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	PostKind getKind();

	/**
	 * Sets the value of the '{@link org.zeren.model.Post#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.model.PostKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PostKind value);

	/**
	 * Returns the value of the '<em><b>Certificate Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when holders of the post must hold a certificate to work in it (持证上岗), e.g. special operations personnel (《中华人民共和国安全生产法》(2021) 第三十条), or principal leaders and safety managers of high-risk entities whose competence must be assessed (第二十七条). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Required</em>' attribute.
	 * @see #setCertificateRequired(boolean)
	 * @see org.zeren.model.ZerenPackage#getPost_CertificateRequired()
	 * @model
	 * @generated
	 */
	boolean isCertificateRequired();

	/**
	 * Sets the value of the '{@link org.zeren.model.Post#isCertificateRequired <em>Certificate Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Required</em>' attribute.
	 * @see #isCertificateRequired()
	 * @generated
	 */
	void setCertificateRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Business Duties</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post's business functions (业务职责), one text per item, e.g. 负责工程项目施工组织. Empty when not recorded. Used by the dual-responsibility rule (一岗双责): a post with business duties must also hold safety duties for that business (管业务必须管安全, 《中华人民共和国安全生产法》(2021) 第三条).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Duties</em>' attribute list.
	 * @see org.zeren.model.ZerenPackage#getPost_BusinessDuties()
	 * @model
	 * @generated
	 */
	EList<String> getBusinessDuties();

} // Post
