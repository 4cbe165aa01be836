/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work area (工作领域, 专项工作): a field of work such as occupational health or special equipment. Each work area is contributed by a plugin bundle (org.zeren.workarea.*) whose id matches WorkArea.id; elements stay valid when the plugin is not installed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.WorkArea#getId <em>Id</em>}</li>
 *   <li>{@link org.zeren.model.WorkArea#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.WorkArea#getEnglishName <em>English Name</em>}</li>
 *   <li>{@link org.zeren.model.WorkArea#getColour <em>Colour</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getWorkArea()
 * @model
 * @generated
 */
public interface WorkArea extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the work area, e.g. occupational-health; it matches the id under which the work-area plugin registers itself. Lower case, words joined by hyphens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.zeren.model.ZerenPackage#getWorkArea_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkArea#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chinese name of the work area, e.g. 职业卫生.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.model.ZerenPackage#getWorkArea_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkArea#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>English Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * English name of the work area, e.g. Occupational health.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>English Name</em>' attribute.
	 * @see #setEnglishName(String)
	 * @see org.zeren.model.ZerenPackage#getWorkArea_EnglishName()
	 * @model
	 * @generated
	 */
	String getEnglishName();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkArea#getEnglishName <em>English Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>English Name</em>' attribute.
	 * @see #getEnglishName()
	 * @generated
	 */
	void setEnglishName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of the work area in diagrams, as #RRGGBB (hexadecimal), e.g. #2E7D32; null for the default colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.zeren.model.ZerenPackage#getWorkArea_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.zeren.model.WorkArea#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

} // WorkArea
