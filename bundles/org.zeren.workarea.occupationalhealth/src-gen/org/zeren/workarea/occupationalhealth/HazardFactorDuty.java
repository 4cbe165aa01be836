/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import org.eclipse.emf.common.util.EList;

import org.zeren.model.Obligation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard Factor Duty</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An obligation of an employer with occupational disease hazards that is performed per hazard factor: periodic testing and evaluation of the hazard factors of its workplaces (《中华人民共和国职业病防治法》(2018修正) 第二十六条) or the occupational health examinations of the workers exposed to them (第三十五条). It lists the hazard factors concerned and, for examinations, the examination schedule. The occupational health work area creates it from its templates OH-E-01 (testing) and OH-E-02 (examinations); the office then fills in the factors of the enterprise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#getHazardFactors <em>Hazard Factors</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#getExaminations <em>Examinations</em>}</li>
 *   <li>{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#isSeriousHazard <em>Serious Hazard</em>}</li>
 * </ul>
 *
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactorDuty()
 * @model
 * @generated
 */
public interface HazardFactorDuty extends Obligation {
	/**
	 * Returns the value of the '<em><b>Hazard Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.workarea.occupationalhealth.HazardFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The occupational disease hazard factors present in the employer's workplaces that this duty covers, in the order the employer lists them. Empty until they are recorded; validation warns when the duty of an enterprise with occupational hazards lists none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hazard Factors</em>' containment reference list.
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactorDuty_HazardFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<HazardFactor> getHazardFactors();

	/**
	 * Returns the value of the '<em><b>Examinations</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.workarea.occupationalhealth.HealthExamination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The occupational health examinations the duty schedules for the exposed workers, at most one per kind. Empty for a duty that is not about examinations (e.g. hazard factor testing). When not empty it must contain the three kinds the law requires: pre-employment, periodic and exit (《中华人民共和国职业病防治法》(2018修正) 第三十五条).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Examinations</em>' containment reference list.
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactorDuty_Examinations()
	 * @model containment="true"
	 * @generated
	 */
	EList<HealthExamination> getExaminations();

	/**
	 * Returns the value of the '<em><b>Serious Hazard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the employer is classed as having serious occupational disease hazards (职业病危害严重的用人单位); its hazard factors must then be tested at least every 12 months instead of every 36 months (《工作场所职业卫生管理规定》(国家卫生健康委员会令第5号) 第二十条). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serious Hazard</em>' attribute.
	 * @see #setSeriousHazard(boolean)
	 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardFactorDuty_SeriousHazard()
	 * @model
	 * @generated
	 */
	boolean isSeriousHazard();

	/**
	 * Sets the value of the '{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#isSeriousHazard <em>Serious Hazard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serious Hazard</em>' attribute.
	 * @see #isSeriousHazard()
	 * @generated
	 */
	void setSeriousHazard(boolean value);

} // HazardFactorDuty
