/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task of a work plan (工作任务), e.g. 1、强化落实党委政府安全生产责任. Tasks may have subtasks, and assign duties that implement them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.PlanTask#getNumber <em>Number</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getTitle <em>Title</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getText <em>Text</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getCitedBases <em>Cited Bases</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getWorkAreas <em>Work Areas</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getAssignedDuties <em>Assigned Duties</em>}</li>
 *   <li>{@link org.zeren.model.PlanTask#getSubtasks <em>Subtasks</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getPlanTask()
 * @model
 * @generated
 */
public interface PlanTask extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task number as printed, without the trailing mark, e.g. 1 or （一）.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.zeren.model.ZerenPackage#getPlanTask_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.zeren.model.PlanTask#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task title: the lead sentence, e.g. 强化落实党委政府安全生产责任.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.zeren.model.ZerenPackage#getPlanTask_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.zeren.model.PlanTask#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full text of the task after the title, verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.zeren.model.ZerenPackage#getPlanTask_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.zeren.model.PlanTask#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Cited Bases</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal bases the task cites (by title in 《》), in citation order. Empty when it cites none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cited Bases</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getPlanTask_CitedBases()
	 * @model
	 * @generated
	 */
	EList<LegalBasis> getCitedBases();

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quoted principles the task invokes, each without quotation marks, e.g. 党政同责, 一岗双责, 失职追责, 四不两直. Empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see org.zeren.model.ZerenPackage#getPlanTask_Principles()
	 * @model
	 * @generated
	 */
	EList<String> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Work Areas</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.WorkArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work areas the task concerns, e.g. occupational health for a task on 职业卫生监管. Empty when general.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Areas</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getPlanTask_WorkAreas()
	 * @model
	 * @generated
	 */
	EList<WorkArea> getWorkAreas();

	/**
	 * Returns the value of the '<em><b>Assigned Duties</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.Duty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duties that implement this task in the lists of the responsible parties. Empty while the task is not yet assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assigned Duties</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getPlanTask_AssignedDuties()
	 * @model
	 * @generated
	 */
	EList<Duty> getAssignedDuties();

	/**
	 * Returns the value of the '<em><b>Subtasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.PlanTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subtasks in document order; empty when the task is not subdivided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subtasks</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getPlanTask_Subtasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanTask> getSubtasks();

} // PlanTask
