/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Basis Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A version of a legal basis (版本): the text as adopted or as amended on a given date. Article numbers differ between versions (e.g. the 2014 and 2021 Work Safety Law), so a legal reference may name the version it cites.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.LegalBasisVersion#getLabel <em>Label</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasisVersion#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.zeren.model.LegalBasisVersion#getArticleCount <em>Article Count</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getLegalBasisVersion()
 * @model
 * @generated
 */
public interface LegalBasisVersion extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label of the version, e.g. 2014修正, 2021修正.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.zeren.model.ZerenPackage#getLegalBasisVersion_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasisVersion#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the version took effect (施行日期), e.g. 2021-09-01; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(LocalDate)
	 * @see org.zeren.model.ZerenPackage#getLegalBasisVersion_EffectiveDate()
	 * @model dataType="org.zeren.model.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasisVersion#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Article Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of articles (条) in this version, used to check cited article numbers; 0 (the default) when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article Count</em>' attribute.
	 * @see #setArticleCount(int)
	 * @see org.zeren.model.ZerenPackage#getLegalBasisVersion_ArticleCount()
	 * @model
	 * @generated
	 */
	int getArticleCount();

	/**
	 * Sets the value of the '{@link org.zeren.model.LegalBasisVersion#getArticleCount <em>Article Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article Count</em>' attribute.
	 * @see #getArticleCount()
	 * @generated
	 */
	void setArticleCount(int value);

} // LegalBasisVersion
