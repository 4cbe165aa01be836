/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import org.zeren.model.ModelElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An occupational disease hazard factor (职业病危害因素) present in the employer's workplaces, as listed in the 职业病危害因素分类目录, e.g. 矽尘, 噪声, 苯, with how often it is tested.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactor#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactor#getCategory <em>Category</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactor#getWorkplace <em>Workplace</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactor#getTestingIntervalMonths <em>Testing Interval Months</em>}</li>
 * </ul>
 *
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactor()
 * @model
 * @generated
 */
public interface HazardFactor extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the hazard factor as the 职业病危害因素分类目录 or the testing report names it, e.g. 矽尘, 噪声, 苯; null when not yet named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.workarea.occupationalhealth.HazardCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category of the factor. Default DUST; set it on creation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.zeren.workarea.occupationalhealth.HazardCategory
	 * @see #setCategory(HazardCategory)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactor_Category()
	 * @model
	 * @generated
	 */
	HazardCategory getCategory();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.zeren.workarea.occupationalhealth.HazardCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(HazardCategory value);

	/**
	 * Returns the value of the '<em><b>Workplace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workplaces or posts where the factor is present, as free text, e.g. 打磨车间; null when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workplace</em>' attribute.
	 * @see #setWorkplace(String)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactor_Workplace()
	 * @model
	 * @generated
	 */
	String getWorkplace();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getWorkplace <em>Workplace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workplace</em>' attribute.
	 * @see #getWorkplace()
	 * @generated
	 */
	void setWorkplace(String value);

	/**
	 * Returns the value of the '<em><b>Testing Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interval between two periodic tests of the factor by a qualified occupational health technical service, in months; 0 (the default) when not set. At most 12 for an employer with serious hazards and 36 otherwise (《工作场所职业卫生管理规定》(国家卫生健康委员会令第5号) 第二十条).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Testing Interval Months</em>' attribute.
	 * @see #setTestingIntervalMonths(int)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactor_TestingIntervalMonths()
	 * @model
	 * @generated
	 */
	int getTestingIntervalMonths();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getTestingIntervalMonths <em>Testing Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Testing Interval Months</em>' attribute.
	 * @see #getTestingIntervalMonths()
	 * @generated
	 */
	void setTestingIntervalMonths(int value);

} // HazardFactor
