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
 * A representation of the literals of the enumeration '<em><b>Duty List Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a duty list (清单类别).
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getDutyListKind()
 * @model
 * @generated
 */
public enum DutyListKind implements Enumerator {
	/**
	 * The '<em><b>POWER LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 权力清单 (power list): the powers a supervisory department exercises (licensing, inspection, penalty, enforcement), each with its legal basis (《关于推行地方各级政府工作部门权力清单制度的指导意见》, 中办发〔2015〕21号). One of the two lists (两张清单) of a supervisory department.
	 * <!-- end-model-doc -->
	 * @see #POWER_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_LIST(0, "POWER_LIST", "POWER_LIST"),

	/**
	 * The '<em><b>RESPONSIBILITY LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 责任清单 (responsibility list): the responsibilities of a government body, committee or department, including its supervisory responsibility (监管责任). The other of the two lists (两张清单).
	 * <!-- end-model-doc -->
	 * @see #RESPONSIBILITY_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSIBILITY_LIST(1, "RESPONSIBILITY_LIST", "RESPONSIBILITY_LIST"),

	/**
	 * The '<em><b>PRIMARY RESPONSIBILITY LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 主体责任清单 (primary-responsibility list): the legal obligations of a production and business entity for its own work safety (主体责任).
	 * <!-- end-model-doc -->
	 * @see #PRIMARY_RESPONSIBILITY_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_RESPONSIBILITY_LIST(2, "PRIMARY_RESPONSIBILITY_LIST", "PRIMARY_RESPONSIBILITY_LIST"),

	/**
	 * The '<em><b>POST DUTY LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 岗位责任清单 (post duty list): the safety duties of one post, the item of the full-staff responsibility system (全员安全生产责任制, 《中华人民共和国安全生产法》(2021) 第二十二条).
	 * <!-- end-model-doc -->
	 * @see #POST_DUTY_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	POST_DUTY_LIST(3, "POST_DUTY_LIST", "POST_DUTY_LIST");

	/**
	 * The '<em><b>POWER LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 权力清单 (power list): the powers a supervisory department exercises (licensing, inspection, penalty, enforcement), each with its legal basis (《关于推行地方各级政府工作部门权力清单制度的指导意见》, 中办发〔2015〕21号). One of the two lists (两张清单) of a supervisory department.
	 * <!-- end-model-doc -->
	 * @see #POWER_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POWER_LIST_VALUE = 0;

	/**
	 * The '<em><b>RESPONSIBILITY LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 责任清单 (responsibility list): the responsibilities of a government body, committee or department, including its supervisory responsibility (监管责任). The other of the two lists (两张清单).
	 * <!-- end-model-doc -->
	 * @see #RESPONSIBILITY_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSIBILITY_LIST_VALUE = 1;

	/**
	 * The '<em><b>PRIMARY RESPONSIBILITY LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 主体责任清单 (primary-responsibility list): the legal obligations of a production and business entity for its own work safety (主体责任).
	 * <!-- end-model-doc -->
	 * @see #PRIMARY_RESPONSIBILITY_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_RESPONSIBILITY_LIST_VALUE = 2;

	/**
	 * The '<em><b>POST DUTY LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 岗位责任清单 (post duty list): the safety duties of one post, the item of the full-staff responsibility system (全员安全生产责任制, 《中华人民共和国安全生产法》(2021) 第二十二条).
	 * <!-- end-model-doc -->
	 * @see #POST_DUTY_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POST_DUTY_LIST_VALUE = 3;

	/**
	 * An array of all the '<em><b>Duty List Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DutyListKind[] VALUES_ARRAY =
		new DutyListKind[] {
			POWER_LIST,
			RESPONSIBILITY_LIST,
			PRIMARY_RESPONSIBILITY_LIST,
			POST_DUTY_LIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Duty List Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DutyListKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Duty List Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutyListKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DutyListKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Duty List Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutyListKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DutyListKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Duty List Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutyListKind get(int value) {
		switch (value) {
			case POWER_LIST_VALUE: return POWER_LIST;
			case RESPONSIBILITY_LIST_VALUE: return RESPONSIBILITY_LIST;
			case PRIMARY_RESPONSIBILITY_LIST_VALUE: return PRIMARY_RESPONSIBILITY_LIST;
			case POST_DUTY_LIST_VALUE: return POST_DUTY_LIST;
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
	private DutyListKind(int value, String name, String literal) {
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
	
} //DutyListKind
