/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A power (权力事项): an item of a power list of a supervisory department, such as licensing, inspection, penalty or enforcement. A power is also a duty: it must be exercised according to law, and its abuse or neglect is accountable (权责一致).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Power#getPowerKind <em>Power Kind</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getPower()
 * @model
 * @generated
 */
public interface Power extends Duty {
	/**
	 * Returns the value of the '<em><b>Power Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.zeren.model.PowerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of the power. Default LICENSING; set it on creation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power Kind</em>' attribute.
	 * @see org.zeren.model.PowerKind
	 * @see #setPowerKind(PowerKind)
	 * @see org.zeren.model.ZerenPackage#getPower_PowerKind()
	 * @model
	 * @generated
	 */
	PowerKind getPowerKind();

	/**
	 * Sets the value of the '{@link org.zeren.model.Power#getPowerKind <em>Power Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Kind</em>' attribute.
	 * @see org.zeren.model.PowerKind
	 * @see #getPowerKind()
	 * @generated
	 */
	void setPowerKind(PowerKind value);

} // Power
