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
 * A representation of the literals of the enumeration '<em><b>Power Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a power of a supervisory department (权力类型). Names follow the categories of power lists.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getPowerKind()
 * @model
 * @generated
 */
public enum PowerKind implements Enumerator {
	/**
	 * The '<em><b>LICENSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政许可 (licensing): approval, permits, registration, certification (审批, 《中华人民共和国安全生产法》(2021) 第六十三条).
	 * <!-- end-model-doc -->
	 * @see #LICENSING_VALUE
	 * @generated
	 * @ordered
	 */
	LICENSING(0, "LICENSING", "LICENSING"),

	/**
	 * The '<em><b>INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政检查 (inspection): supervisory inspection of production and business entities (监督检查, 《中华人民共和国安全生产法》(2021) 第六十五条).
	 * <!-- end-model-doc -->
	 * @see #INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	INSPECTION(1, "INSPECTION", "INSPECTION"),

	/**
	 * The '<em><b>PENALTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政处罚 (penalty): fines, orders to suspend, revocation.
	 * <!-- end-model-doc -->
	 * @see #PENALTY_VALUE
	 * @generated
	 * @ordered
	 */
	PENALTY(2, "PENALTY", "PENALTY"),

	/**
	 * The '<em><b>ENFORCEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政强制 (enforcement): sealing up, seizure, stopping construction or use.
	 * <!-- end-model-doc -->
	 * @see #ENFORCEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENFORCEMENT(3, "ENFORCEMENT", "ENFORCEMENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other power (其他行政权力), e.g. administrative confirmation or award.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER");

	/**
	 * The '<em><b>LICENSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政许可 (licensing): approval, permits, registration, certification (审批, 《中华人民共和国安全生产法》(2021) 第六十三条).
	 * <!-- end-model-doc -->
	 * @see #LICENSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LICENSING_VALUE = 0;

	/**
	 * The '<em><b>INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政检查 (inspection): supervisory inspection of production and business entities (监督检查, 《中华人民共和国安全生产法》(2021) 第六十五条).
	 * <!-- end-model-doc -->
	 * @see #INSPECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSPECTION_VALUE = 1;

	/**
	 * The '<em><b>PENALTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政处罚 (penalty): fines, orders to suspend, revocation.
	 * <!-- end-model-doc -->
	 * @see #PENALTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PENALTY_VALUE = 2;

	/**
	 * The '<em><b>ENFORCEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政强制 (enforcement): sealing up, seizure, stopping construction or use.
	 * <!-- end-model-doc -->
	 * @see #ENFORCEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENFORCEMENT_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other power (其他行政权力), e.g. administrative confirmation or award.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Power Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PowerKind[] VALUES_ARRAY =
		new PowerKind[] {
			LICENSING,
			INSPECTION,
			PENALTY,
			ENFORCEMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Power Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PowerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Power Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PowerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Power Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PowerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Power Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerKind get(int value) {
		switch (value) {
			case LICENSING_VALUE: return LICENSING;
			case INSPECTION_VALUE: return INSPECTION;
			case PENALTY_VALUE: return PENALTY;
			case ENFORCEMENT_VALUE: return ENFORCEMENT;
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
	private PowerKind(int value, String name, String literal) {
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
	
} //PowerKind
