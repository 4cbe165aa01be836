/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Obligation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An obligation (义务, 法定义务): a legal duty of a production and business entity or of a post inside it, an item of a primary-responsibility list or a post duty list, e.g. the principal leader's duties under 《中华人民共和国安全生产法》(2021) 第二十一条.
 * <!-- end-model-doc -->
 *
 *
 * @see org.zeren.model.ZerenPackage#getObligation()
 * @model
 * @generated
 */
public interface Obligation extends Duty {
} // Obligation
