/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.util;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.zeren.model.util.ZerenResourceFactoryImpl
 * @generated
 */
public class ZerenResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * Saves as UTF-8 (not EMF's default ASCII with character references), so Chinese text stays
	 * readable in the file. Keeps an intrinsic ID-to-object map: without it resolving
	 * {@code xmi:id} references while loading grows quadratically with the number of elements.
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated NOT
	 */
	public ZerenResourceImpl(URI uri) {
		super(uri);
		setEncoding("UTF-8");
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/**
	 * <!-- begin-user-doc -->
	 * Every element gets a UUID as its stable {@code xmi:id}, so references from other files and
	 * from other versions of this file survive renaming and moving elements.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * ID attributes are not used as {@code xmi:id}: {@link org.zeren.model.WorkArea#getId()} and the
	 * codes of the model are user data that may change, the UUID is the identity.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected boolean useIDAttributes() {
		return false;
	}

} //ZerenResourceImpl
