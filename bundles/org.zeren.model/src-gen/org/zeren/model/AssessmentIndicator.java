/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assessment indicator (考核指标) of the work-safety responsibility-target appraisal (安全生产责任目标考核), which combines process and result assessment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getType <em>Type</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#isVeto <em>Veto</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getMeasuredDuties <em>Measured Duties</em>}</li>
 *   <li>{@link org.zeren.model.AssessmentIndicator#getAssessedParties <em>Assessed Parties</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator()
 * @model
 * @generated
 */
public interface AssessmentIndicator extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the indicator, meant to be unique within the model when set; null when not numbered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.zeren.model.AssessmentIndicator#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the indicator, e.g. 隐患排查治理.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.model.AssessmentIndicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.IndicatorType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process or result indicator. Default PROCESS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.zeren.model.IndicatorType
	 * @see #setType(IndicatorType)
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_Type()
	 * @model
	 * @generated
	 */
	IndicatorType getType();

	/**
	 * Sets the value of the '{@link org.zeren.model.AssessmentIndicator#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.zeren.model.IndicatorType
	 * @see #getType()
	 * @generated
	 */
	void setType(IndicatorType value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points of the indicator out of the appraisal's total of 100; 0 (the default) for a veto-only indicator or when not weighted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.zeren.model.AssessmentIndicator#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Veto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when failing the indicator vetoes the whole annual appraisal (一票否决), e.g. a major accident with deaths. Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Veto</em>' attribute.
	 * @see #setVeto(boolean)
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_Veto()
	 * @model
	 * @generated
	 */
	boolean isVeto();

	/**
	 * Sets the value of the '{@link org.zeren.model.AssessmentIndicator#isVeto <em>Veto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veto</em>' attribute.
	 * @see #isVeto()
	 * @generated
	 */
	void setVeto(boolean value);

	/**
	 * Returns the value of the '<em><b>Measured Duties</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.Duty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duties whose performance the indicator measures. Empty when not linked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured Duties</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_MeasuredDuties()
	 * @model
	 * @generated
	 */
	EList<Duty> getMeasuredDuties();

	/**
	 * Returns the value of the '<em><b>Assessed Parties</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parties assessed by the indicator, e.g. the departments and enterprises of the jurisdiction. Empty when it applies to all parties holding the measured duties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessed Parties</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getAssessmentIndicator_AssessedParties()
	 * @model
	 * @generated
	 */
	EList<Party> getAssessedParties();

} // AssessmentIndicator
