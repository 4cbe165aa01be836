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
 * A representation of the literals of the enumeration '<em><b>Accountability Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A consequence that follows when a duty is not performed (失职追责 measures). Sources: 《地方党政领导干部安全生产责任制规定》 (中办发, 2018), 《中华人民共和国安全生产法》(2021) 第六章 (法律责任), 《中华人民共和国刑法》.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenPackage#getAccountabilityMeasure()
 * @model
 * @generated
 */
public enum AccountabilityMeasure implements Enumerator {
	/**
	 * The '<em><b>ADMONITORY INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈 (admonitory interview): the responsible person is summoned by a higher body after a failure or accident.
	 * <!-- end-model-doc -->
	 * @see #ADMONITORY_INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	ADMONITORY_INTERVIEW(0, "ADMONITORY_INTERVIEW", "ADMONITORY_INTERVIEW"),

	/**
	 * The '<em><b>ONE VOTE VETO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一票否决 (one-vote veto): the unit's annual appraisal is vetoed and it cannot be rated excellent.
	 * <!-- end-model-doc -->
	 * @see #ONE_VOTE_VETO_VALUE
	 * @generated
	 * @ordered
	 */
	ONE_VOTE_VETO(1, "ONE_VOTE_VETO", "ONE_VOTE_VETO"),

	/**
	 * The '<em><b>ADMINISTRATIVE ACCOUNTABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政问责 (administrative accountability): formal sanction of officials, from admonition to removal.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_ACCOUNTABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE_ACCOUNTABILITY(2, "ADMINISTRATIVE_ACCOUNTABILITY", "ADMINISTRATIVE_ACCOUNTABILITY"),

	/**
	 * The '<em><b>CIRCULATED CRITICISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 通报批评 (circulated criticism): the failure is made known in an official notice.
	 * <!-- end-model-doc -->
	 * @see #CIRCULATED_CRITICISM_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCULATED_CRITICISM(3, "CIRCULATED_CRITICISM", "CIRCULATED_CRITICISM"),

	/**
	 * The '<em><b>ADMINISTRATIVE PENALTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政处罚 (administrative penalty): fine, suspension of business, revocation of a licence, under the 《中华人民共和国行政处罚法》 and the penalty articles of the Work Safety Law.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_PENALTY_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE_PENALTY(4, "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_PENALTY"),

	/**
	 * The '<em><b>CRIMINAL LIABILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 刑事责任 (criminal liability), e.g. 《中华人民共和国刑法》 第一百三十四条 重大责任事故罪 or 第三百九十七条 玩忽职守罪.
	 * <!-- end-model-doc -->
	 * @see #CRIMINAL_LIABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	CRIMINAL_LIABILITY(5, "CRIMINAL_LIABILITY", "CRIMINAL_LIABILITY");

	/**
	 * The '<em><b>ADMONITORY INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 约谈 (admonitory interview): the responsible person is summoned by a higher body after a failure or accident.
	 * <!-- end-model-doc -->
	 * @see #ADMONITORY_INTERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMONITORY_INTERVIEW_VALUE = 0;

	/**
	 * The '<em><b>ONE VOTE VETO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 一票否决 (one-vote veto): the unit's annual appraisal is vetoed and it cannot be rated excellent.
	 * <!-- end-model-doc -->
	 * @see #ONE_VOTE_VETO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONE_VOTE_VETO_VALUE = 1;

	/**
	 * The '<em><b>ADMINISTRATIVE ACCOUNTABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政问责 (administrative accountability): formal sanction of officials, from admonition to removal.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_ACCOUNTABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_ACCOUNTABILITY_VALUE = 2;

	/**
	 * The '<em><b>CIRCULATED CRITICISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 通报批评 (circulated criticism): the failure is made known in an official notice.
	 * <!-- end-model-doc -->
	 * @see #CIRCULATED_CRITICISM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRCULATED_CRITICISM_VALUE = 3;

	/**
	 * The '<em><b>ADMINISTRATIVE PENALTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 行政处罚 (administrative penalty): fine, suspension of business, revocation of a licence, under the 《中华人民共和国行政处罚法》 and the penalty articles of the Work Safety Law.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_PENALTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_PENALTY_VALUE = 4;

	/**
	 * The '<em><b>CRIMINAL LIABILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 刑事责任 (criminal liability), e.g. 《中华人民共和国刑法》 第一百三十四条 重大责任事故罪 or 第三百九十七条 玩忽职守罪.
	 * <!-- end-model-doc -->
	 * @see #CRIMINAL_LIABILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRIMINAL_LIABILITY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Accountability Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AccountabilityMeasure[] VALUES_ARRAY =
		new AccountabilityMeasure[] {
			ADMONITORY_INTERVIEW,
			ONE_VOTE_VETO,
			ADMINISTRATIVE_ACCOUNTABILITY,
			CIRCULATED_CRITICISM,
			ADMINISTRATIVE_PENALTY,
			CRIMINAL_LIABILITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Accountability Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AccountabilityMeasure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Accountability Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityMeasure get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountabilityMeasure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accountability Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityMeasure getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccountabilityMeasure result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accountability Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccountabilityMeasure get(int value) {
		switch (value) {
			case ADMONITORY_INTERVIEW_VALUE: return ADMONITORY_INTERVIEW;
			case ONE_VOTE_VETO_VALUE: return ONE_VOTE_VETO;
			case ADMINISTRATIVE_ACCOUNTABILITY_VALUE: return ADMINISTRATIVE_ACCOUNTABILITY;
			case CIRCULATED_CRITICISM_VALUE: return CIRCULATED_CRITICISM;
			case ADMINISTRATIVE_PENALTY_VALUE: return ADMINISTRATIVE_PENALTY;
			case CRIMINAL_LIABILITY_VALUE: return CRIMINAL_LIABILITY;
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
	private AccountabilityMeasure(int value, String name, String literal) {
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
	
} //AccountabilityMeasure
