/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supervision relation (监管关系): a supervisory department supervises a set of production and business entities in its sector (监管责任, 管行业必须管安全, 《中华人民共和国安全生产法》(2021) 第三条 and 第十条). The scope attributes describe which entities fall under it; the supervised list holds those actually assigned.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Supervision#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.zeren.model.Supervision#getSupervised <em>Supervised</em>}</li>
 *   <li>{@link org.zeren.model.Supervision#getScopeIndustries <em>Scope Industries</em>}</li>
 *   <li>{@link org.zeren.model.Supervision#getScopeRiskGrades <em>Scope Risk Grades</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getSupervision()
 * @model
 * @generated
 */
public interface Supervision extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The supervising department. Required; it should be a supervisory department (Department.supervisory = true).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(Department)
	 * @see org.zeren.model.ZerenPackage#getSupervision_Supervisor()
	 * @model required="true"
	 * @generated
	 */
	Department getSupervisor();

	/**
	 * Sets the value of the '{@link org.zeren.model.Supervision#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(Department value);

	/**
	 * Returns the value of the '<em><b>Supervised</b></em>' reference list.
	 * The list contents are of type {@link org.zeren.model.Enterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entities supervised under this relation, in the order the department lists them. Empty when only the scope is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervised</em>' reference list.
	 * @see org.zeren.model.ZerenPackage#getSupervision_Supervised()
	 * @model
	 * @generated
	 */
	EList<Enterprise> getSupervised();

	/**
	 * Returns the value of the '<em><b>Scope Industries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industries covered by this supervision, matched against Enterprise.industry, e.g. 建筑施工. Empty means no restriction by industry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Industries</em>' attribute list.
	 * @see org.zeren.model.ZerenPackage#getSupervision_ScopeIndustries()
	 * @model
	 * @generated
	 */
	EList<String> getScopeIndustries();

	/**
	 * Returns the value of the '<em><b>Scope Risk Grades</b></em>' attribute list.
	 * The list contents are of type {@link org.zeren.model.RiskGrade}.
	 * The literals are from the enumeration {@link org.zeren.model.RiskGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Risk grades covered by this supervision (graded and classified supervision, 分类分级监督管理). Empty means all grades.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Risk Grades</em>' attribute list.
	 * @see org.zeren.model.RiskGrade
	 * @see org.zeren.model.ZerenPackage#getSupervision_ScopeRiskGrades()
	 * @model
	 * @generated
	 */
	EList<RiskGrade> getScopeRiskGrades();

} // Supervision
