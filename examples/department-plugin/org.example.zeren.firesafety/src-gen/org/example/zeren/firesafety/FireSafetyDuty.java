/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety;

import org.zeren.model.Obligation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fire-safety obligation of an enterprise, created from the templates FS-E-01 to FS-E-04 of the fire-safety work area, with the facts the fire-safety office checks: whether the enterprise is a fire-safety key unit and, for the drill duty, how often it rehearses its fire-fighting and evacuation plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.zeren.firesafety.FireSafetyDuty#isKeyUnit <em>Key Unit</em>}</li>
 *   <li>{@link org.example.zeren.firesafety.FireSafetyDuty#getDrillIntervalMonths <em>Drill Interval Months</em>}</li>
 *   <li>{@link org.example.zeren.firesafety.FireSafetyDuty#getFireSafetyManager <em>Fire Safety Manager</em>}</li>
 * </ul>
 *
 * @see org.example.zeren.firesafety.FireSafetyPackage#getFireSafetyDuty()
 * @model
 * @generated
 */
public interface FireSafetyDuty extends Obligation {
	/**
	 * Returns the value of the '<em><b>Key Unit</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the enterprise is a fire-safety key unit (消防安全重点单位, 《中华人民共和国消防法》(2021修正) 第十七条), as labour-intensive enterprises with many people on site normally are; it then rehearses at least every 6 months instead of every 12 (《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号) 第四十条). Default true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Unit</em>' attribute.
	 * @see #setKeyUnit(boolean)
	 * @see org.example.zeren.firesafety.FireSafetyPackage#getFireSafetyDuty_KeyUnit()
	 * @model default="true"
	 * @generated
	 */
	boolean isKeyUnit();

	/**
	 * Sets the value of the '{@link org.example.zeren.firesafety.FireSafetyDuty#isKeyUnit <em>Key Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Unit</em>' attribute.
	 * @see #isKeyUnit()
	 * @generated
	 */
	void setKeyUnit(boolean value);

	/**
	 * Returns the value of the '<em><b>Drill Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the drill duty: the months between two rehearsals of the fire-fighting and emergency evacuation plan (灭火和应急疏散预案演练), at most 6 for a key unit and 12 for other units; 0 when the duty is not about drills or the interval is not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drill Interval Months</em>' attribute.
	 * @see #setDrillIntervalMonths(int)
	 * @see org.example.zeren.firesafety.FireSafetyPackage#getFireSafetyDuty_DrillIntervalMonths()
	 * @model
	 * @generated
	 */
	int getDrillIntervalMonths();

	/**
	 * Sets the value of the '{@link org.example.zeren.firesafety.FireSafetyDuty#getDrillIntervalMonths <em>Drill Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drill Interval Months</em>' attribute.
	 * @see #getDrillIntervalMonths()
	 * @generated
	 */
	void setDrillIntervalMonths(int value);

	/**
	 * Returns the value of the '<em><b>Fire Safety Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post that manages fire safety for the unit (消防安全管理人, 《中华人民共和国消防法》(2021修正) 第十七条), as a role such as 安全生产管理人员, never a person's name; null when not yet named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fire Safety Manager</em>' attribute.
	 * @see #setFireSafetyManager(String)
	 * @see org.example.zeren.firesafety.FireSafetyPackage#getFireSafetyDuty_FireSafetyManager()
	 * @model
	 * @generated
	 */
	String getFireSafetyManager();

	/**
	 * Sets the value of the '{@link org.example.zeren.firesafety.FireSafetyDuty#getFireSafetyManager <em>Fire Safety Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fire Safety Manager</em>' attribute.
	 * @see #getFireSafetyManager()
	 * @generated
	 */
	void setFireSafetyManager(String value);

} // FireSafetyDuty
