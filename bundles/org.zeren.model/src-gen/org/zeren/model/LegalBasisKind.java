/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Legal Basis Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a legal basis, following the hierarchy of the 《中华人民共和国立法法》 and the 《中华人民共和国标准化法》, plus normative documents and plans.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getLegalBasisKind()
 * @model
 * @generated
 */
public enum LegalBasisKind implements Enumerator {
	/**
	 * The '<em><b>LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 法律 (law) adopted by the National People's Congress or its Standing Committee, e.g. 中华人民共和国安全生产法.
	 * <!-- end-model-doc -->
	 * @see #LAW_VALUE
	 * @generated
	 * @ordered
	 */
	LAW(0, "LAW", "LAW"),

	/**
	 * The '<em><b>ADMINISTRATIVE REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政法规 (administrative regulation) of the State Council, e.g. 生产安全事故报告和调查处理条例.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE_REGULATION(1, "ADMINISTRATIVE_REGULATION", "ADMINISTRATIVE_REGULATION"),

	/**
	 * The '<em><b>LOCAL REGULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方性法规 (local regulation) of a provincial or city people's congress, e.g. 江苏省安全生产条例.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_REGULATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_REGULATION(2, "LOCAL_REGULATION", "LOCAL_REGULATION"),

	/**
	 * The '<em><b>DEPARTMENTAL RULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 部门规章 (departmental rule) of a State Council department, e.g. an order of the Ministry of Emergency Management (应急管理部令).
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENTAL_RULE_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENTAL_RULE(3, "DEPARTMENTAL_RULE", "DEPARTMENTAL_RULE"),

	/**
	 * The '<em><b>LOCAL GOVERNMENT RULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方政府规章 (local government rule), an order of a provincial or city people's government (省/市人民政府令).
	 * <!-- end-model-doc -->
	 * @see #LOCAL_GOVERNMENT_RULE_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_GOVERNMENT_RULE(4, "LOCAL_GOVERNMENT_RULE", "LOCAL_GOVERNMENT_RULE"),

	/**
	 * The '<em><b>NATIONAL STANDARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 国家标准 (national standard), GB or GB/T, e.g. GB/T 33000-2016.
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_STANDARD_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_STANDARD(5, "NATIONAL_STANDARD", "NATIONAL_STANDARD"),

	/**
	 * The '<em><b>INDUSTRY STANDARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行业标准 (industry standard), e.g. AQ or AQ/T work safety standards.
	 * <!-- end-model-doc -->
	 * @see #INDUSTRY_STANDARD_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_STANDARD(6, "INDUSTRY_STANDARD", "INDUSTRY_STANDARD"),

	/**
	 * The '<em><b>LOCAL STANDARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方标准 (local standard), DB.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_STANDARD_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_STANDARD(7, "LOCAL_STANDARD", "LOCAL_STANDARD"),

	/**
	 * The '<em><b>NORMATIVE DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 规范性文件 (normative document): opinions, notices and measures of Party and government bodies, e.g. 中共中央 国务院关于推进安全生产领域改革发展的意见, or a district's provisional measures.
	 * <!-- end-model-doc -->
	 * @see #NORMATIVE_DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	NORMATIVE_DOCUMENT(8, "NORMATIVE_DOCUMENT", "NORMATIVE_DOCUMENT"),

	/**
	 * The '<em><b>PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计划/工作要点 (plan): a work plan or programme, e.g. 绿建区2017年安全生产工作要点.
	 * <!-- end-model-doc -->
	 * @see #PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN(9, "PLAN", "PLAN");

	/**
	 * The '<em><b>LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 法律 (law) adopted by the National People's Congress or its Standing Committee, e.g. 中华人民共和国安全生产法.
	 * <!-- end-model-doc -->
	 * @see #LAW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAW_VALUE = 0;

	/**
	 * The '<em><b>ADMINISTRATIVE REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政法规 (administrative regulation) of the State Council, e.g. 生产安全事故报告和调查处理条例.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_REGULATION_VALUE = 1;

	/**
	 * The '<em><b>LOCAL REGULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方性法规 (local regulation) of a provincial or city people's congress, e.g. 江苏省安全生产条例.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_REGULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_REGULATION_VALUE = 2;

	/**
	 * The '<em><b>DEPARTMENTAL RULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 部门规章 (departmental rule) of a State Council department, e.g. an order of the Ministry of Emergency Management (应急管理部令).
	 * <!-- end-model-doc -->
	 * @see #DEPARTMENTAL_RULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENTAL_RULE_VALUE = 3;

	/**
	 * The '<em><b>LOCAL GOVERNMENT RULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方政府规章 (local government rule), an order of a provincial or city people's government (省/市人民政府令).
	 * <!-- end-model-doc -->
	 * @see #LOCAL_GOVERNMENT_RULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_GOVERNMENT_RULE_VALUE = 4;

	/**
	 * The '<em><b>NATIONAL STANDARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 国家标准 (national standard), GB or GB/T, e.g. GB/T 33000-2016.
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_STANDARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_STANDARD_VALUE = 5;

	/**
	 * The '<em><b>INDUSTRY STANDARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行业标准 (industry standard), e.g. AQ or AQ/T work safety standards.
	 * <!-- end-model-doc -->
	 * @see #INDUSTRY_STANDARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_STANDARD_VALUE = 6;

	/**
	 * The '<em><b>LOCAL STANDARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 地方标准 (local standard), DB.
	 * <!-- end-model-doc -->
	 * @see #LOCAL_STANDARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_STANDARD_VALUE = 7;

	/**
	 * The '<em><b>NORMATIVE DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 规范性文件 (normative document): opinions, notices and measures of Party and government bodies, e.g. 中共中央 国务院关于推进安全生产领域改革发展的意见, or a district's provisional measures.
	 * <!-- end-model-doc -->
	 * @see #NORMATIVE_DOCUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMATIVE_DOCUMENT_VALUE = 8;

	/**
	 * The '<em><b>PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计划/工作要点 (plan): a work plan or programme, e.g. 绿建区2017年安全生产工作要点.
	 * <!-- end-model-doc -->
	 * @see #PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_VALUE = 9;

	/**
	 * An array of all the '<em><b>Legal Basis Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LegalBasisKind[] VALUES_ARRAY =
		new LegalBasisKind[] {
			LAW,
			ADMINISTRATIVE_REGULATION,
			LOCAL_REGULATION,
			DEPARTMENTAL_RULE,
			LOCAL_GOVERNMENT_RULE,
			NATIONAL_STANDARD,
			INDUSTRY_STANDARD,
			LOCAL_STANDARD,
			NORMATIVE_DOCUMENT,
			PLAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Legal Basis Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LegalBasisKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Legal Basis Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasisKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasisKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasisKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasisKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasisKind get(int value) {
		switch (value) {
			case LAW_VALUE: return LAW;
			case ADMINISTRATIVE_REGULATION_VALUE: return ADMINISTRATIVE_REGULATION;
			case LOCAL_REGULATION_VALUE: return LOCAL_REGULATION;
			case DEPARTMENTAL_RULE_VALUE: return DEPARTMENTAL_RULE;
			case LOCAL_GOVERNMENT_RULE_VALUE: return LOCAL_GOVERNMENT_RULE;
			case NATIONAL_STANDARD_VALUE: return NATIONAL_STANDARD;
			case INDUSTRY_STANDARD_VALUE: return INDUSTRY_STANDARD;
			case LOCAL_STANDARD_VALUE: return LOCAL_STANDARD;
			case NORMATIVE_DOCUMENT_VALUE: return NORMATIVE_DOCUMENT;
			case PLAN_VALUE: return PLAN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LegalBasisKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LegalBasisKind
