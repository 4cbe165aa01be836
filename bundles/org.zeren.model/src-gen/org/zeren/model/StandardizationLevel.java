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
 * A representation of the literals of the enumeration '<em><b>Standardization Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Work safety standardization grade (安全生产标准化等级) attained by an enterprise under GB/T 33000-2016 企业安全生产标准化基本规范 and 《企业安全生产标准化建设定级办法》 (应急〔2021〕83号). Level 1 is the highest.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getStandardizationLevel()
 * @model
 * @generated
 */
public enum StandardizationLevel implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not graded, or the grade has lapsed (未达标/未定级).
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>LEVEL 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一级 (level 1, the highest grade).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_1_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_1(1, "LEVEL_1", "LEVEL_1"),

	/**
	 * The '<em><b>LEVEL 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 二级 (level 2).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_2_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_2(2, "LEVEL_2", "LEVEL_2"),

	/**
	 * The '<em><b>LEVEL 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 三级 (level 3, the entry grade).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_3_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_3(3, "LEVEL_3", "LEVEL_3");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not graded, or the grade has lapsed (未达标/未定级).
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>LEVEL 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一级 (level 1, the highest grade).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_1_VALUE = 1;

	/**
	 * The '<em><b>LEVEL 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 二级 (level 2).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_2_VALUE = 2;

	/**
	 * The '<em><b>LEVEL 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 三级 (level 3, the entry grade).
	 * <!-- end-model-doc -->
	 * @see #LEVEL_3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_3_VALUE = 3;

	/**
	 * An array of all the '<em><b>Standardization Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StandardizationLevel[] VALUES_ARRAY =
		new StandardizationLevel[] {
			NONE,
			LEVEL_1,
			LEVEL_2,
			LEVEL_3,
		};

	/**
	 * A public read-only list of all the '<em><b>Standardization Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StandardizationLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Standardization Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StandardizationLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StandardizationLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Standardization Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StandardizationLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StandardizationLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Standardization Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StandardizationLevel get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case LEVEL_1_VALUE: return LEVEL_1;
			case LEVEL_2_VALUE: return LEVEL_2;
			case LEVEL_3_VALUE: return LEVEL_3;
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
	private StandardizationLevel(int value, String name, String literal) {
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
	
} //StandardizationLevel
