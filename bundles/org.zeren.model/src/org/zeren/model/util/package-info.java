/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * EMF-generated utilities of the Zeren metamodel: the {@code .zeren} resource
 * ({@link org.zeren.model.util.ZerenResourceImpl}, XMI with a UUID as every element's {@code xmi:id}) and its
 * factory, the switch ({@link org.zeren.model.util.ZerenSwitch}) and the adapter factory
 * ({@link org.zeren.model.util.ZerenAdapterFactory}).
 *
 * <p>Outside OSGi register the resource factory before loading:
 * {@code resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("zeren", new ZerenResourceFactoryImpl())}
 * and touch {@code ZerenPackage.eINSTANCE}.
 */
package org.zeren.model.util;
