/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A production and business entity (生产经营单位): the regulated party, which bears primary responsibility (主体责任) for its own work safety (《中华人民共和国安全生产法》(2021) 第四条). Not only companies: any unit engaged in production or business operation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Enterprise#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.zeren.model.Enterprise#getScale <em>Scale</em>}</li>
 *   <li>{@link org.zeren.model.Enterprise#getRiskGrade <em>Risk Grade</em>}</li>
 *   <li>{@link org.zeren.model.Enterprise#getStandardizationLevel <em>Standardization Level</em>}</li>
 *   <li>{@link org.zeren.model.Enterprise#isHasOccupationalHazards <em>Has Occupational Hazards</em>}</li>
 *   <li>{@link org.zeren.model.Enterprise#getCreditCode <em>Credit Code</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getEnterprise()
 * @model
 * @generated
 */
public interface Enterprise extends Party {
	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry or sector of the entity as used by the supervising departments, e.g. 建筑施工, 工贸, 危险化学品; null when unknown. Supervision.scopeIndustries is matched against this text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_Industry()
	 * @model
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.EnterpriseScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size class of the entity (统计上大中小微型企业划分办法, on GB/T 4754 industry classes). Unsettable: isSetScale() is false while the scale has not been determined, and then the value read is only the default literal, not a classification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.zeren.model.EnterpriseScale
	 * @see #isSetScale()
	 * @see #unsetScale()
	 * @see #setScale(EnterpriseScale)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_Scale()
	 * @model unsettable="true"
	 * @generated
	 */
	EnterpriseScale getScale();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.zeren.model.EnterpriseScale
	 * @see #isSetScale()
	 * @see #unsetScale()
	 * @see #getScale()
	 * @generated
	 */
	void setScale(EnterpriseScale value);

	/**
	 * Unsets the value of the '{@link org.zeren.model.Enterprise#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScale()
	 * @see #getScale()
	 * @see #setScale(EnterpriseScale)
	 * @generated
	 */
	void unsetScale();

	/**
	 * Returns whether the value of the '{@link org.zeren.model.Enterprise#getScale <em>Scale</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Scale</em>' attribute is set.
	 * @see #unsetScale()
	 * @see #getScale()
	 * @see #setScale(EnterpriseScale)
	 * @generated
	 */
	boolean isSetScale();

	/**
	 * Returns the value of the '<em><b>Risk Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.RiskGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safety risk grade of the entity (red/orange/yellow/blue), which sets its supervision intensity (分类分级监督管理). Unsettable: isSetRiskGrade() is false while the entity has not been graded, and then the value read is only the default literal, not an assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Grade</em>' attribute.
	 * @see org.zeren.model.RiskGrade
	 * @see #isSetRiskGrade()
	 * @see #unsetRiskGrade()
	 * @see #setRiskGrade(RiskGrade)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_RiskGrade()
	 * @model unsettable="true"
	 * @generated
	 */
	RiskGrade getRiskGrade();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#getRiskGrade <em>Risk Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Grade</em>' attribute.
	 * @see org.zeren.model.RiskGrade
	 * @see #isSetRiskGrade()
	 * @see #unsetRiskGrade()
	 * @see #getRiskGrade()
	 * @generated
	 */
	void setRiskGrade(RiskGrade value);

	/**
	 * Unsets the value of the '{@link org.zeren.model.Enterprise#getRiskGrade <em>Risk Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRiskGrade()
	 * @see #getRiskGrade()
	 * @see #setRiskGrade(RiskGrade)
	 * @generated
	 */
	void unsetRiskGrade();

	/**
	 * Returns whether the value of the '{@link org.zeren.model.Enterprise#getRiskGrade <em>Risk Grade</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Risk Grade</em>' attribute is set.
	 * @see #unsetRiskGrade()
	 * @see #getRiskGrade()
	 * @see #setRiskGrade(RiskGrade)
	 * @generated
	 */
	boolean isSetRiskGrade();

	/**
	 * Returns the value of the '<em><b>Standardization Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.StandardizationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work safety standardization grade attained under GB/T 33000-2016; NONE (the default) when not graded or lapsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standardization Level</em>' attribute.
	 * @see org.zeren.model.StandardizationLevel
	 * @see #setStandardizationLevel(StandardizationLevel)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_StandardizationLevel()
	 * @model
	 * @generated
	 */
	StandardizationLevel getStandardizationLevel();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#getStandardizationLevel <em>Standardization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standardization Level</em>' attribute.
	 * @see org.zeren.model.StandardizationLevel
	 * @see #getStandardizationLevel()
	 * @generated
	 */
	void setStandardizationLevel(StandardizationLevel value);

	/**
	 * Returns the value of the '<em><b>Has Occupational Hazards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the entity has occupational disease hazard factors (职业病危害因素: dust, noise, chemicals...) and so must monitor them, train and examine exposed workers and declare hazard projects (《中华人民共和国职业病防治法》). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Has Occupational Hazards</em>' attribute.
	 * @see #setHasOccupationalHazards(boolean)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_HasOccupationalHazards()
	 * @model
	 * @generated
	 */
	boolean isHasOccupationalHazards();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#isHasOccupationalHazards <em>Has Occupational Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Has Occupational Hazards</em>' attribute.
	 * @see #isHasOccupationalHazards()
	 * @generated
	 */
	void setHasOccupationalHazards(boolean value);

	/**
	 * Returns the value of the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unified social credit code (统一社会信用代码) of the entity: 18 characters per GB 32100-2015 (digits and upper-case letters except I, O, Z, S, V; the last is a check character). Null when unknown. Often also used as Party.code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credit Code</em>' attribute.
	 * @see #setCreditCode(String)
	 * @see org.zeren.model.ZerenPackage#getEnterprise_CreditCode()
	 * @model
	 * @generated
	 */
	String getCreditCode();

	/**
	 * Sets the value of the '{@link org.zeren.model.Enterprise#getCreditCode <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Code</em>' attribute.
	 * @see #getCreditCode()
	 * @generated
	 */
	void setCreditCode(String value);

} // Enterprise
