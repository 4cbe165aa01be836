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
 * A representation of the literals of the enumeration '<em><b>Post Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a post (岗位类别), as far as the Work Safety Law sets specific requirements for it.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getPostKind()
 * @model
 * @generated
 */
public enum PostKind implements Enumerator {
	/**
	 * The '<em><b>PRINCIPAL LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 主要负责人 (principal leader): first person responsible for work safety of the unit (《中华人民共和国安全生产法》(2021) 第五条), with the duties of 第二十一条; must have the knowledge and management ability required by 第二十七条 and, in high-risk industries, pass an assessment.
	 * <!-- end-model-doc -->
	 * @see #PRINCIPAL_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	PRINCIPAL_LEADER(0, "PRINCIPAL_LEADER", "PRINCIPAL_LEADER"),

	/**
	 * The '<em><b>SAFETY MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 安全生产管理人员 (safety manager): duties per 《中华人民共和国安全生产法》(2021) 第二十五条; knowledge, ability and, in high-risk industries, assessment per 第二十七条.
	 * <!-- end-model-doc -->
	 * @see #SAFETY_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY_MANAGER(1, "SAFETY_MANAGER", "SAFETY_MANAGER"),

	/**
	 * The '<em><b>SPECIAL OPERATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 特种作业人员 (special operations personnel): may work only after special safety training and with the qualification certificate (持证上岗), 《中华人民共和国安全生产法》(2021) 第三十条 and 《特种作业人员安全技术培训考核管理规定》.
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_OPERATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_OPERATIONS(2, "SPECIAL_OPERATIONS", "SPECIAL_OPERATIONS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other post. Such posts still hold safety duties for their business (一岗双责).
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER");

	/**
	 * The '<em><b>PRINCIPAL LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 主要负责人 (principal leader): first person responsible for work safety of the unit (《中华人民共和国安全生产法》(2021) 第五条), with the duties of 第二十一条; must have the knowledge and management ability required by 第二十七条 and, in high-risk industries, pass an assessment.
	 * <!-- end-model-doc -->
	 * @see #PRINCIPAL_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINCIPAL_LEADER_VALUE = 0;

	/**
	 * The '<em><b>SAFETY MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 安全生产管理人员 (safety manager): duties per 《中华人民共和国安全生产法》(2021) 第二十五条; knowledge, ability and, in high-risk industries, assessment per 第二十七条.
	 * <!-- end-model-doc -->
	 * @see #SAFETY_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_MANAGER_VALUE = 1;

	/**
	 * The '<em><b>SPECIAL OPERATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 特种作业人员 (special operations personnel): may work only after special safety training and with the qualification certificate (持证上岗), 《中华人民共和国安全生产法》(2021) 第三十条 and 《特种作业人员安全技术培训考核管理规定》.
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_OPERATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_OPERATIONS_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other post. Such posts still hold safety duties for their business (一岗双责).
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Post Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PostKind[] VALUES_ARRAY =
		new PostKind[] {
			PRINCIPAL_LEADER,
			SAFETY_MANAGER,
			SPECIAL_OPERATIONS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Post Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PostKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind get(int value) {
		switch (value) {
			case PRINCIPAL_LEADER_VALUE: return PRINCIPAL_LEADER;
			case SAFETY_MANAGER_VALUE: return SAFETY_MANAGER;
			case SPECIAL_OPERATIONS_VALUE: return SPECIAL_OPERATIONS;
			case OTHER_VALUE: return OTHER;
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
	private PostKind(int value, String name, String literal) {
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
	
} //PostKind
