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
 * A representation of the literals of the enumeration '<em><b>Hazard Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Category of an occupational disease hazard factor. The 职业病危害因素分类目录 groups factors as dust, chemical, physical, radioactive, biological and other factors; noise and heat, the most frequent physical factors, have categories of their own here.
 * <!-- end-model-doc -->
 * @see org.zeren.workarea.occupationalhealth.OccupationalHealthPackage#getHazardCategory()
 * @model
 * @generated
 */
public enum HazardCategory implements Enumerator {
	/**
	 * The '<em><b>DUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 粉尘 (dust), e.g. 矽尘, 煤尘, 电焊烟尘, 木粉尘.
	 * <!-- end-model-doc -->
	 * @see #DUST_VALUE
	 * @generated
	 * @ordered
	 */
	DUST(0, "DUST", "DUST"),

	/**
	 * The '<em><b>NOISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 噪声 (noise), a physical factor.
	 * <!-- end-model-doc -->
	 * @see #NOISE_VALUE
	 * @generated
	 * @ordered
	 */
	NOISE(1, "NOISE", "NOISE"),

	/**
	 * The '<em><b>CHEMICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 化学因素 (chemical factor), e.g. 苯, 铅, 一氧化碳.
	 * <!-- end-model-doc -->
	 * @see #CHEMICAL_VALUE
	 * @generated
	 * @ordered
	 */
	CHEMICAL(2, "CHEMICAL", "CHEMICAL"),

	/**
	 * The '<em><b>RADIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 放射性因素 (ionising radiation), e.g. X射线.
	 * <!-- end-model-doc -->
	 * @see #RADIATION_VALUE
	 * @generated
	 * @ordered
	 */
	RADIATION(3, "RADIATION", "RADIATION"),

	/**
	 * The '<em><b>HEAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 高温 (heat), a physical factor.
	 * <!-- end-model-doc -->
	 * @see #HEAT_VALUE
	 * @generated
	 * @ordered
	 */
	HEAT(4, "HEAT", "HEAT"),

	/**
	 * The '<em><b>BIOLOGICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 生物因素 (biological factor), e.g. 布鲁氏菌.
	 * <!-- end-model-doc -->
	 * @see #BIOLOGICAL_VALUE
	 * @generated
	 * @ordered
	 */
	BIOLOGICAL(5, "BIOLOGICAL", "BIOLOGICAL"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other factor (其他因素), including physical factors other than noise and heat, e.g. 振动, 紫外线.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>DUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 粉尘 (dust), e.g. 矽尘, 煤尘, 电焊烟尘, 木粉尘.
	 * <!-- end-model-doc -->
	 * @see #DUST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUST_VALUE = 0;

	/**
	 * The '<em><b>NOISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 噪声 (noise), a physical factor.
	 * <!-- end-model-doc -->
	 * @see #NOISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOISE_VALUE = 1;

	/**
	 * The '<em><b>CHEMICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 化学因素 (chemical factor), e.g. 苯, 铅, 一氧化碳.
	 * <!-- end-model-doc -->
	 * @see #CHEMICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHEMICAL_VALUE = 2;

	/**
	 * The '<em><b>RADIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 放射性因素 (ionising radiation), e.g. X射线.
	 * <!-- end-model-doc -->
	 * @see #RADIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RADIATION_VALUE = 3;

	/**
	 * The '<em><b>HEAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 高温 (heat), a physical factor.
	 * <!-- end-model-doc -->
	 * @see #HEAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAT_VALUE = 4;

	/**
	 * The '<em><b>BIOLOGICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 生物因素 (biological factor), e.g. 布鲁氏菌.
	 * <!-- end-model-doc -->
	 * @see #BIOLOGICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIOLOGICAL_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other factor (其他因素), including physical factors other than noise and heat, e.g. 振动, 紫外线.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Hazard Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HazardCategory[] VALUES_ARRAY =
		new HazardCategory[] {
			DUST,
			NOISE,
			CHEMICAL,
			RADIATION,
			HEAT,
			BIOLOGICAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Hazard Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HazardCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hazard Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HazardCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HazardCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hazard Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HazardCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HazardCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hazard Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HazardCategory get(int value) {
		switch (value) {
			case DUST_VALUE: return DUST;
			case NOISE_VALUE: return NOISE;
			case CHEMICAL_VALUE: return CHEMICAL;
			case RADIATION_VALUE: return RADIATION;
			case HEAT_VALUE: return HEAT;
			case BIOLOGICAL_VALUE: return BIOLOGICAL;
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
	private HazardCategory(int value, String name, String literal) {
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
	
} //HazardCategory
