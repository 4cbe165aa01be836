/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.workarea.occupationalhealth;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Examination Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * When an occupational health examination takes place: 上岗前、在岗期间、离岗时 (《中华人民共和国职业病防治法》(2018修正) 第三十五条).
 * <!-- end-model-doc -->
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getExaminationKind()
 * @model
 * @generated
 */
public enum ExaminationKind implements Enumerator {
	/**
	 * The '<em><b>PRE EMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 上岗前 (pre-employment): before a worker starts work exposed to the factor.
	 * <!-- end-model-doc -->
	 * @see #PRE_EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_EMPLOYMENT(0, "PRE_EMPLOYMENT", "PRE_EMPLOYMENT"),

	/**
	 * The '<em><b>PERIODIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 在岗期间 (periodic): repeated while the worker is exposed, at the interval of HealthExamination.intervalMonths.
	 * <!-- end-model-doc -->
	 * @see #PERIODIC_VALUE
	 * @generated
	 * @ordered
	 */
	PERIODIC(1, "PERIODIC", "PERIODIC"),

	/**
	 * The '<em><b>EXIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 离岗时 (exit): when the worker leaves the exposed post; an employer may not terminate the labour contract of a worker who has not had it.
	 * <!-- end-model-doc -->
	 * @see #EXIT_VALUE
	 * @generated
	 * @ordered
	 */
	EXIT(2, "EXIT", "EXIT");

	/**
	 * The '<em><b>PRE EMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 上岗前 (pre-employment): before a worker starts work exposed to the factor.
	 * <!-- end-model-doc -->
	 * @see #PRE_EMPLOYMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_EMPLOYMENT_VALUE = 0;

	/**
	 * The '<em><b>PERIODIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 在岗期间 (periodic): repeated while the worker is exposed, at the interval of HealthExamination.intervalMonths.
	 * <!-- end-model-doc -->
	 * @see #PERIODIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERIODIC_VALUE = 1;

	/**
	 * The '<em><b>EXIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 离岗时 (exit): when the worker leaves the exposed post; an employer may not terminate the labour contract of a worker who has not had it.
	 * <!-- end-model-doc -->
	 * @see #EXIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXIT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Examination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExaminationKind[] VALUES_ARRAY =
		new ExaminationKind[] {
			PRE_EMPLOYMENT,
			PERIODIC,
			EXIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Examination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExaminationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Examination Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExaminationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExaminationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Examination Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExaminationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExaminationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Examination Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExaminationKind get(int value) {
		switch (value) {
			case PRE_EMPLOYMENT_VALUE: return PRE_EMPLOYMENT;
			case PERIODIC_VALUE: return PERIODIC;
			case EXIT_VALUE: return EXIT;
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
	private ExaminationKind(int value, String name, String literal) {
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
	
} //ExaminationKind
