/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal reference (依据条款): a legal basis plus, optionally, the article, paragraph and item cited, e.g. 《中华人民共和国安全生产法》(2021) 第二十一条第（一）项.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.LegalReference#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.zeren.model.LegalReference#getVersion <em>Version</em>}</li>
 *   <li>{@link org.zeren.model.LegalReference#getArticle <em>Article</em>}</li>
 *   <li>{@link org.zeren.model.LegalReference#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.zeren.model.LegalReference#getItem <em>Item</em>}</li>
 *   <li>{@link org.zeren.model.LegalReference#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getLegalReference()
 * @model
 * @generated
 */
public interface LegalReference extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal basis cited. Required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis</em>' reference.
	 * @see #setBasis(LegalBasis)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Basis()
	 * @model required="true"
	 * @generated
	 */
	LegalBasis getBasis();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getBasis <em>Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' reference.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(LegalBasis value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version cited; it must be one of basis.versions. Null means the current (latest effective) version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' reference.
	 * @see #setVersion(LegalBasisVersion)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Version()
	 * @model
	 * @generated
	 */
	LegalBasisVersion getVersion();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getVersion <em>Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' reference.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(LegalBasisVersion value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Article number (条), counted from 1; null when the whole basis is cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article</em>' attribute.
	 * @see #setArticle(Integer)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Article()
	 * @model
	 * @generated
	 */
	Integer getArticle();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getArticle <em>Article</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' attribute.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Integer value);

	/**
	 * Returns the value of the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paragraph number (款) within the article, counted from 1; null when the whole article is cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paragraph</em>' attribute.
	 * @see #setParagraph(Integer)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Paragraph()
	 * @model
	 * @generated
	 */
	Integer getParagraph();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getParagraph <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paragraph</em>' attribute.
	 * @see #getParagraph()
	 * @generated
	 */
	void setParagraph(Integer value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Item number (项) within the paragraph, counted from 1, e.g. 1 for （一）; null when the whole paragraph or article is cited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(Integer)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Item()
	 * @model
	 * @generated
	 */
	Integer getItem();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(Integer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further precision or quotation of the cited text, e.g. 第一款 or the words quoted; null when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.zeren.model.ZerenPackage#getLegalReference_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalReference#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // LegalReference
