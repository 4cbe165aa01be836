/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A responsibility (责任事项): a duty of a government body, committee or department or of an official post, an item of a responsibility list, including the supervisory responsibility (监管责任) of a supervisory department and the joint Party-government responsibility (党政同责) of leaders.
 * <!-- end-model-doc -->
 *
 *
 * @see org.zeren.model.ZerenPackage#getResponsibility()
 * @model
 * @generated
 */
public interface Responsibility extends Duty {
} // Responsibility
