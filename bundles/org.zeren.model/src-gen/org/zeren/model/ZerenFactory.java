/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.zeren.model.ZerenPackage
 * @generated
 */
public interface ZerenFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ZerenFactory eINSTANCE = org.zeren.model.impl.ZerenFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Responsibility Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Responsibility Model</em>'.
	 * @generated
	 */
	ResponsibilityModel createResponsibilityModel();

	/**
	 * Returns a new object of class '<em>Committee</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Committee</em>'.
	 * @generated
	 */
	Committee createCommittee();

	/**
	 * Returns a new object of class '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Department</em>'.
	 * @generated
	 */
	Department createDepartment();

	/**
	 * Returns a new object of class '<em>Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise</em>'.
	 * @generated
	 */
	Enterprise createEnterprise();

	/**
	 * Returns a new object of class '<em>Post</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Post</em>'.
	 * @generated
	 */
	Post createPost();

	/**
	 * Returns a new object of class '<em>Supervision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supervision</em>'.
	 * @generated
	 */
	Supervision createSupervision();

	/**
	 * Returns a new object of class '<em>Duty List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duty List</em>'.
	 * @generated
	 */
	DutyList createDutyList();

	/**
	 * Returns a new object of class '<em>Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Responsibility</em>'.
	 * @generated
	 */
	Responsibility createResponsibility();

	/**
	 * Returns a new object of class '<em>Power</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Power</em>'.
	 * @generated
	 */
	Power createPower();

	/**
	 * Returns a new object of class '<em>Obligation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Obligation</em>'.
	 * @generated
	 */
	Obligation createObligation();

	/**
	 * Returns a new object of class '<em>Duty Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duty Group</em>'.
	 * @generated
	 */
	DutyGroup createDutyGroup();

	/**
	 * Returns a new object of class '<em>Column Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Column Value</em>'.
	 * @generated
	 */
	ColumnValue createColumnValue();

	/**
	 * Returns a new object of class '<em>Legal Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legal Reference</em>'.
	 * @generated
	 */
	LegalReference createLegalReference();

	/**
	 * Returns a new object of class '<em>Legal Basis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legal Basis</em>'.
	 * @generated
	 */
	LegalBasis createLegalBasis();

	/**
	 * Returns a new object of class '<em>Legal Basis Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legal Basis Version</em>'.
	 * @generated
	 */
	LegalBasisVersion createLegalBasisVersion();

	/**
	 * Returns a new object of class '<em>Work Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Area</em>'.
	 * @generated
	 */
	WorkArea createWorkArea();

	/**
	 * Returns a new object of class '<em>Work Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Plan</em>'.
	 * @generated
	 */
	WorkPlan createWorkPlan();

	/**
	 * Returns a new object of class '<em>Plan Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Section</em>'.
	 * @generated
	 */
	PlanSection createPlanSection();

	/**
	 * Returns a new object of class '<em>Plan Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Task</em>'.
	 * @generated
	 */
	PlanTask createPlanTask();

	/**
	 * Returns a new object of class '<em>Assessment Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Indicator</em>'.
	 * @generated
	 */
	AssessmentIndicator createAssessmentIndicator();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ZerenPackage getZerenPackage();

} //ZerenFactory
