/**
 * Copyright (c) 2026 Example district fire-safety office.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.zeren.firesafety;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.zeren.model.ZerenPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Extension of the Zeren metamodel by the fire-safety work area (消防安全, work area id fire-safety) of the example district's fire-safety office: the fire-safety duties of a unit (单位) under 《中华人民共和国消防法》(2021修正) 第十六条 and of a fire-safety key unit (消防安全重点单位) under 第十七条 and 《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号). Its class extends Obligation of http://www.zeren.org/model/1.0 and is stored in the same .zeren files; when the plugin is not installed, the model store keeps such elements as unknown content.
 * <!-- end-model-doc -->
 * @see org.example.zeren.firesafety.FireSafetyFactory
 * @model kind="package"
 * @generated
 */
public interface FireSafetyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "firesafety";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.example.org/zeren/fire-safety/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fs";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FireSafetyPackage eINSTANCE = org.example.zeren.firesafety.impl.FireSafetyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.example.zeren.firesafety.impl.FireSafetyDutyImpl <em>Duty</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.zeren.firesafety.impl.FireSafetyDutyImpl
	 * @see org.example.zeren.firesafety.impl.FireSafetyPackageImpl#getFireSafetyDuty()
	 * @generated
	 */
	int FIRE_SAFETY_DUTY = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__DESCRIPTION = ZerenPackage.OBLIGATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__CODE = ZerenPackage.OBLIGATION__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__TITLE = ZerenPackage.OBLIGATION__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__TEXT = ZerenPackage.OBLIGATION__TEXT;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__WORK_AREA = ZerenPackage.OBLIGATION__WORK_AREA;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__LEGAL_REFERENCES = ZerenPackage.OBLIGATION__LEGAL_REFERENCES;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__SUPERVISING_PARTIES = ZerenPackage.OBLIGATION__SUPERVISING_PARTIES;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__DELEGATED_FROM = ZerenPackage.OBLIGATION__DELEGATED_FROM;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__RECURRENCE = ZerenPackage.OBLIGATION__RECURRENCE;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__DEADLINE = ZerenPackage.OBLIGATION__DEADLINE;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__ACCOUNTABILITY_MEASURES = ZerenPackage.OBLIGATION__ACCOUNTABILITY_MEASURES;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__REQUIRED_EVIDENCE = ZerenPackage.OBLIGATION__REQUIRED_EVIDENCE;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__LIST = ZerenPackage.OBLIGATION__LIST;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__CATEGORY = ZerenPackage.OBLIGATION__CATEGORY;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__GROUP = ZerenPackage.OBLIGATION__GROUP;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__SUPERVISION_METHOD = ZerenPackage.OBLIGATION__SUPERVISION_METHOD;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__DEADLINE_TEXT = ZerenPackage.OBLIGATION__DEADLINE_TEXT;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__ACCOUNTABILITY_CASES = ZerenPackage.OBLIGATION__ACCOUNTABILITY_CASES;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__OTHER_COLUMNS = ZerenPackage.OBLIGATION__OTHER_COLUMNS;

	/**
	 * The feature id for the '<em><b>Key Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__KEY_UNIT = ZerenPackage.OBLIGATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Drill Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS = ZerenPackage.OBLIGATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fire Safety Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER = ZerenPackage.OBLIGATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY_FEATURE_COUNT = ZerenPackage.OBLIGATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRE_SAFETY_DUTY_OPERATION_COUNT = ZerenPackage.OBLIGATION_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.example.zeren.firesafety.FireSafetyDuty <em>Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty</em>'.
	 * @see org.example.zeren.firesafety.FireSafetyDuty
	 * @generated
	 */
	EClass getFireSafetyDuty();

	/**
	 * Returns the meta object for the attribute '{@link org.example.zeren.firesafety.FireSafetyDuty#isKeyUnit <em>Key Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Unit</em>'.
	 * @see org.example.zeren.firesafety.FireSafetyDuty#isKeyUnit()
	 * @see #getFireSafetyDuty()
	 * @generated
	 */
	EAttribute getFireSafetyDuty_KeyUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.example.zeren.firesafety.FireSafetyDuty#getDrillIntervalMonths <em>Drill Interval Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drill Interval Months</em>'.
	 * @see org.example.zeren.firesafety.FireSafetyDuty#getDrillIntervalMonths()
	 * @see #getFireSafetyDuty()
	 * @generated
	 */
	EAttribute getFireSafetyDuty_DrillIntervalMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.example.zeren.firesafety.FireSafetyDuty#getFireSafetyManager <em>Fire Safety Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fire Safety Manager</em>'.
	 * @see org.example.zeren.firesafety.FireSafetyDuty#getFireSafetyManager()
	 * @see #getFireSafetyDuty()
	 * @generated
	 */
	EAttribute getFireSafetyDuty_FireSafetyManager();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FireSafetyFactory getFireSafetyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.example.zeren.firesafety.impl.FireSafetyDutyImpl <em>Duty</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.zeren.firesafety.impl.FireSafetyDutyImpl
		 * @see org.example.zeren.firesafety.impl.FireSafetyPackageImpl#getFireSafetyDuty()
		 * @generated
		 */
		EClass FIRE_SAFETY_DUTY = eINSTANCE.getFireSafetyDuty();

		/**
		 * The meta object literal for the '<em><b>Key Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRE_SAFETY_DUTY__KEY_UNIT = eINSTANCE.getFireSafetyDuty_KeyUnit();

		/**
		 * The meta object literal for the '<em><b>Drill Interval Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRE_SAFETY_DUTY__DRILL_INTERVAL_MONTHS = eINSTANCE.getFireSafetyDuty_DrillIntervalMonths();

		/**
		 * The meta object literal for the '<em><b>Fire Safety Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRE_SAFETY_DUTY__FIRE_SAFETY_MANAGER = eINSTANCE.getFireSafetyDuty_FireSafetyManager();

	}

} //FireSafetyPackage
