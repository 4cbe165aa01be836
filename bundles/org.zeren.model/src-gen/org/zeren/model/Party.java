/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party of the responsibility system (责任主体): a committee, a department, a production and business entity or a post. Parties form a containment tree: a committee contains its member departments or its office, an enterprise contains its posts. Top-level parties are held by ResponsibilityModel.parties; nested ones by Party.children.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.zeren.model.Party#getName <em>Name</em>}</li>
 *   <li>{@link org.zeren.model.Party#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.zeren.model.Party#getCode <em>Code</em>}</li>
 *   <li>{@link org.zeren.model.Party#getChildren <em>Children</em>}</li>
 *   <li>{@link org.zeren.model.Party#getParent <em>Parent</em>}</li>
 *   <li>{@link org.zeren.model.Party#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see org.zeren.model.ZerenPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full official name of the party, e.g. 绿建区安全生产委员会, 应急管理局, 某某建设工程有限公司, 项目经理. Required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.zeren.model.ZerenPackage#getParty_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.zeren.model.Party#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name used in diagrams and tables, e.g. 安委会, 安监科; null when the name is short enough.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.zeren.model.ZerenPackage#getParty_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.zeren.model.Party#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the party, meant to be unique within the model when set, e.g. the unified social credit code of an enterprise or an internal code of a department or post; null when not coded. Importers use it to match rows to existing parties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.zeren.model.ZerenPackage#getParty_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.zeren.model.Party#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.zeren.model.Party}.
	 * It is bidirectional and its opposite is '{@link org.zeren.model.Party#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parties contained in this one: member departments or the office of a committee, sub-units of a department, posts of an enterprise or a department. Empty when the party has no parts. Each child has this party as parent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.zeren.model.ZerenPackage#getParty_Children()
	 * @see org.zeren.model.Party#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Party> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.zeren.model.Party#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The party that contains this one (container of Party.children); null for a top-level party held directly by ResponsibilityModel.parties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Party)
	 * @see org.zeren.model.ZerenPackage#getParty_Parent()
	 * @see org.zeren.model.Party#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Party getParent();

	/**
	 * Sets the value of the '{@link org.zeren.model.Party#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Party value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names under which the party appears in documents and spreadsheets, one per entry, as written, e.g. 区安监局 or 安监局 for 应急管理局 after a reorganisation. Empty when it has none. Importers match holders and supervising parties by name, short name, code and these aliases (org.zeren.io.sheet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.zeren.model.ZerenPackage#getParty_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

} // Party
