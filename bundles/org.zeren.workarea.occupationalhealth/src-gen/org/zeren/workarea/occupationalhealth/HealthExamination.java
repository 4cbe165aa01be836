/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import org.zeren.model.ModelElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Health Examination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An occupational health examination (职业健康检查) that the employer organises for workers exposed to the duty's hazard factors, at the employer's cost, with the results notified to the workers in writing (《中华人民共和国职业病防治法》(2018修正) 第三十五条).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HealthExamination#getKind <em>Kind</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HealthExamination#getIntervalMonths <em>Interval Months</em>}</li>
 * </ul>
 *
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHealthExamination()
 * @model
 * @generated
 */
public interface HealthExamination extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.workarea.occupationalhealth.ExaminationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the examination takes place. Default PRE_EMPLOYMENT; set it on creation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.workarea.occupationalhealth.ExaminationKind
	 * @see #setKind(ExaminationKind)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHealthExamination_Kind()
	 * @model
	 * @generated
	 */
	ExaminationKind getKind();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HealthExamination#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.zeren.workarea.occupationalhealth.ExaminationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExaminationKind value);

	/**
	 * Returns the value of the '<em><b>Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a PERIODIC examination, the interval between two examinations in months, as GBZ 188-2014 (职业健康监护技术规范) sets it for the hazard factor; 0 (the default) when not set or for the other kinds. Validation reports an interval longer than 36 months, the longest in-service interval GBZ 188-2014 sets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval Months</em>' attribute.
	 * @see #setIntervalMonths(int)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHealthExamination_IntervalMonths()
	 * @model
	 * @generated
	 */
	int getIntervalMonths();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HealthExamination#getIntervalMonths <em>Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Months</em>' attribute.
	 * @see #getIntervalMonths()
	 * @generated
	 */
	void setIntervalMonths(int value);

} // HealthExamination
