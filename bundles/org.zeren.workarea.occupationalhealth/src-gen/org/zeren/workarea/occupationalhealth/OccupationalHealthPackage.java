/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Extension of the Zeren metamodel by the occupational health work area (职业卫生, work area id occupational-health): the duties of an employer with occupational disease hazards (用人单位) that concern its hazard factors (职业病危害因素) and the occupational health examinations of exposed workers (职业健康检查), under the 《中华人民共和国职业病防治法》(2018修正). Its classes extend the core classes of http://www.zeren.org/model/1.0 and are stored in the same .zeren files; when the work-area bundle is not installed, the model store keeps such elements as unknown content. Rules stated here as 'must' are checked by the work area's validation rules, not enforced by the generated setters.
 * <!-- end-model-doc -->
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthFactory
 * @model kind="package"
 * @generated
 */
public interface OccupationalHealthPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "occupationalhealth";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.zeren.org/workarea/occupational-health/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "oh";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OccupationalHealthPackage eINSTANCE = org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl <em>Hazard Factor Duty</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl
	 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardFactorDuty()
	 * @generated
	 */
	int HAZARD_FACTOR_DUTY = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__DESCRIPTION = ZerenPackage.OBLIGATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__CODE = ZerenPackage.OBLIGATION__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__TITLE = ZerenPackage.OBLIGATION__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__TEXT = ZerenPackage.OBLIGATION__TEXT;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__WORK_AREA = ZerenPackage.OBLIGATION__WORK_AREA;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__LEGAL_REFERENCES = ZerenPackage.OBLIGATION__LEGAL_REFERENCES;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__SUPERVISING_PARTIES = ZerenPackage.OBLIGATION__SUPERVISING_PARTIES;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__DELEGATED_FROM = ZerenPackage.OBLIGATION__DELEGATED_FROM;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__RECURRENCE = ZerenPackage.OBLIGATION__RECURRENCE;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__DEADLINE = ZerenPackage.OBLIGATION__DEADLINE;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__ACCOUNTABILITY_MEASURES = ZerenPackage.OBLIGATION__ACCOUNTABILITY_MEASURES;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__REQUIRED_EVIDENCE = ZerenPackage.OBLIGATION__REQUIRED_EVIDENCE;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__LIST = ZerenPackage.OBLIGATION__LIST;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__CATEGORY = ZerenPackage.OBLIGATION__CATEGORY;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__GROUP = ZerenPackage.OBLIGATION__GROUP;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__SUPERVISION_METHOD = ZerenPackage.OBLIGATION__SUPERVISION_METHOD;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__DEADLINE_TEXT = ZerenPackage.OBLIGATION__DEADLINE_TEXT;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__ACCOUNTABILITY_CASES = ZerenPackage.OBLIGATION__ACCOUNTABILITY_CASES;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__OTHER_COLUMNS = ZerenPackage.OBLIGATION__OTHER_COLUMNS;

	/**
	 * The feature id for the '<em><b>Hazard Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__HAZARD_FACTORS = ZerenPackage.OBLIGATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Examinations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__EXAMINATIONS = ZerenPackage.OBLIGATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Serious Hazard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY__SERIOUS_HAZARD = ZerenPackage.OBLIGATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Hazard Factor Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY_FEATURE_COUNT = ZerenPackage.OBLIGATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Hazard Factor Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_DUTY_OPERATION_COUNT = ZerenPackage.OBLIGATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl <em>Hazard Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl
	 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardFactor()
	 * @generated
	 */
	int HAZARD_FACTOR = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR__DESCRIPTION = ZerenPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR__NAME = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR__CATEGORY = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Workplace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR__WORKPLACE = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Testing Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR__TESTING_INTERVAL_MONTHS = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Hazard Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_FEATURE_COUNT = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Hazard Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_FACTOR_OPERATION_COUNT = ZerenPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl <em>Health Examination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl
	 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHealthExamination()
	 * @generated
	 */
	int HEALTH_EXAMINATION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_EXAMINATION__DESCRIPTION = ZerenPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_EXAMINATION__KIND = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_EXAMINATION__INTERVAL_MONTHS = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Health Examination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_EXAMINATION_FEATURE_COUNT = ZerenPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Health Examination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEALTH_EXAMINATION_OPERATION_COUNT = ZerenPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.workarea.occupationalhealth.HazardCategory <em>Hazard Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.workarea.occupationalhealth.HazardCategory
	 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardCategory()
	 * @generated
	 */
	int HAZARD_CATEGORY = 3;

	/**
	 * The meta object id for the '{@link org.zeren.workarea.occupationalhealth.ExaminationKind <em>Examination Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.workarea.occupationalhealth.ExaminationKind
	 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getExaminationKind()
	 * @generated
	 */
	int EXAMINATION_KIND = 4;


	/**
	 * Returns the meta object for class '{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty <em>Hazard Factor Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard Factor Duty</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactorDuty
	 * @generated
	 */
	EClass getHazardFactorDuty();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#getHazardFactors <em>Hazard Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hazard Factors</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactorDuty#getHazardFactors()
	 * @see #getHazardFactorDuty()
	 * @generated
	 */
	EReference getHazardFactorDuty_HazardFactors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#getExaminations <em>Examinations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Examinations</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactorDuty#getExaminations()
	 * @see #getHazardFactorDuty()
	 * @generated
	 */
	EReference getHazardFactorDuty_Examinations();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HazardFactorDuty#isSeriousHazard <em>Serious Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serious Hazard</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactorDuty#isSeriousHazard()
	 * @see #getHazardFactorDuty()
	 * @generated
	 */
	EAttribute getHazardFactorDuty_SeriousHazard();

	/**
	 * Returns the meta object for class '{@link org.zeren.workarea.occupationalhealth.HazardFactor <em>Hazard Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard Factor</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactor
	 * @generated
	 */
	EClass getHazardFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactor#getName()
	 * @see #getHazardFactor()
	 * @generated
	 */
	EAttribute getHazardFactor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactor#getCategory()
	 * @see #getHazardFactor()
	 * @generated
	 */
	EAttribute getHazardFactor_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getWorkplace <em>Workplace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workplace</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactor#getWorkplace()
	 * @see #getHazardFactor()
	 * @generated
	 */
	EAttribute getHazardFactor_Workplace();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HazardFactor#getTestingIntervalMonths <em>Testing Interval Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Testing Interval Months</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardFactor#getTestingIntervalMonths()
	 * @see #getHazardFactor()
	 * @generated
	 */
	EAttribute getHazardFactor_TestingIntervalMonths();

	/**
	 * Returns the meta object for class '{@link org.zeren.workarea.occupationalhealth.HealthExamination <em>Health Examination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Health Examination</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HealthExamination
	 * @generated
	 */
	EClass getHealthExamination();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HealthExamination#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HealthExamination#getKind()
	 * @see #getHealthExamination()
	 * @generated
	 */
	EAttribute getHealthExamination_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.workarea.occupationalhealth.HealthExamination#getIntervalMonths <em>Interval Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Months</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HealthExamination#getIntervalMonths()
	 * @see #getHealthExamination()
	 * @generated
	 */
	EAttribute getHealthExamination_IntervalMonths();

	/**
	 * Returns the meta object for enum '{@link org.zeren.workarea.occupationalhealth.HazardCategory <em>Hazard Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hazard Category</em>'.
	 * @see org.zeren.workarea.occupationalhealth.HazardCategory
	 * @generated
	 */
	EEnum getHazardCategory();

	/**
	 * Returns the meta object for enum '{@link org.zeren.workarea.occupationalhealth.ExaminationKind <em>Examination Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Examination Kind</em>'.
	 * @see org.zeren.workarea.occupationalhealth.ExaminationKind
	 * @generated
	 */
	EEnum getExaminationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OccupationalHealthFactory getOccupationalHealthFactory();

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
		 * The meta object literal for the '{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl <em>Hazard Factor Duty</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.workarea.occupationalhealth.impl.HazardFactorDutyImpl
		 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardFactorDuty()
		 * @generated
		 */
		EClass HAZARD_FACTOR_DUTY = eINSTANCE.getHazardFactorDuty();

		/**
		 * The meta object literal for the '<em><b>Hazard Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_FACTOR_DUTY__HAZARD_FACTORS = eINSTANCE.getHazardFactorDuty_HazardFactors();

		/**
		 * The meta object literal for the '<em><b>Examinations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_FACTOR_DUTY__EXAMINATIONS = eINSTANCE.getHazardFactorDuty_Examinations();

		/**
		 * The meta object literal for the '<em><b>Serious Hazard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_FACTOR_DUTY__SERIOUS_HAZARD = eINSTANCE.getHazardFactorDuty_SeriousHazard();

		/**
		 * The meta object literal for the '{@link org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl <em>Hazard Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.workarea.occupationalhealth.impl.HazardFactorImpl
		 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardFactor()
		 * @generated
		 */
		EClass HAZARD_FACTOR = eINSTANCE.getHazardFactor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_FACTOR__NAME = eINSTANCE.getHazardFactor_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_FACTOR__CATEGORY = eINSTANCE.getHazardFactor_Category();

		/**
		 * The meta object literal for the '<em><b>Workplace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_FACTOR__WORKPLACE = eINSTANCE.getHazardFactor_Workplace();

		/**
		 * The meta object literal for the '<em><b>Testing Interval Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_FACTOR__TESTING_INTERVAL_MONTHS = eINSTANCE.getHazardFactor_TestingIntervalMonths();

		/**
		 * The meta object literal for the '{@link org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl <em>Health Examination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.workarea.occupationalhealth.impl.HealthExaminationImpl
		 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHealthExamination()
		 * @generated
		 */
		EClass HEALTH_EXAMINATION = eINSTANCE.getHealthExamination();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_EXAMINATION__KIND = eINSTANCE.getHealthExamination_Kind();

		/**
		 * The meta object literal for the '<em><b>Interval Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEALTH_EXAMINATION__INTERVAL_MONTHS = eINSTANCE.getHealthExamination_IntervalMonths();

		/**
		 * The meta object literal for the '{@link org.zeren.workarea.occupationalhealth.HazardCategory <em>Hazard Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.workarea.occupationalhealth.HazardCategory
		 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getHazardCategory()
		 * @generated
		 */
		EEnum HAZARD_CATEGORY = eINSTANCE.getHazardCategory();

		/**
		 * The meta object literal for the '{@link org.zeren.workarea.occupationalhealth.ExaminationKind <em>Examination Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.workarea.occupationalhealth.ExaminationKind
		 * @see org.zeren.workarea.occupationalhealth.impl.OccupationalHealthPackageImpl#getExaminationKind()
		 * @generated
		 */
		EEnum EXAMINATION_KIND = eINSTANCE.getExaminationKind();

	}

} //OccupationalHealthPackage
