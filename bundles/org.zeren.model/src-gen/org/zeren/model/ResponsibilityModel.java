/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsibility Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a Zeren resource (.zeren file): a responsibility system of one jurisdiction or one organisation, holding its parties, duty lists, supervision relations, legal bases, work areas, work plans and assessment indicators.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getParties <em>Parties</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getDutyLists <em>Duty Lists</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getSupervisions <em>Supervisions</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getWorkAreas <em>Work Areas</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getWorkPlans <em>Work Plans</em>}</li>
 *   <li>{@link org.zeren.model.ResponsibilityModel#getAssessmentIndicators <em>Assessment Indicators</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getResponsibilityModel()
 * @model
 * @generated
 */
public interface ResponsibilityModel extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the model, e.g. 绿建区安全生产责任体系.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.model.ResponsibilityModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level parties; their parts are in Party.children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parties</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_Parties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Party> getParties();

	/**
	 * Returns the value of the '<em><b>Duty Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.DutyList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All duty lists of the model, in any order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duty Lists</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_DutyLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<DutyList> getDutyLists();

	/**
	 * Returns the value of the '<em><b>Supervisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.Supervision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All supervision relations of the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisions</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_Supervisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Supervision> getSupervisions();

	/**
	 * Returns the value of the '<em><b>Legal Bases</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal bases cited in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Bases</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_LegalBases()
	 * @model containment="true"
	 * @generated
	 */
	EList<LegalBasis> getLegalBases();

	/**
	 * Returns the value of the '<em><b>Work Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.WorkArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work areas used in the model. A work-area plugin adds its own when its content is created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Areas</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_WorkAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkArea> getWorkAreas();

	/**
	 * Returns the value of the '<em><b>Work Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.WorkPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work plans (工作要点), e.g. one per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Plans</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_WorkPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkPlan> getWorkPlans();

	/**
	 * Returns the value of the '<em><b>Assessment Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.AssessmentIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators of the responsibility-target appraisal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment Indicators</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getResponsibilityModel_AssessmentIndicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentIndicator> getAssessmentIndicators();

} // ResponsibilityModel
