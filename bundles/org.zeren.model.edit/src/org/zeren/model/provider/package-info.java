/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * EMF.Edit item providers for the Zeren metamodel: labels, icons, property descriptors and child creation for
 * trees, property sheets and commands, created by {@link org.zeren.model.provider.ZerenItemProviderAdapterFactory}.
 *
 * <p>Generated into {@code src-gen/}; hand edits only in members marked {@code @generated NOT}. Labels come from
 * {@code plugin.properties} (English, generated) and {@code plugin_zh.properties} (Chinese, hand-written).
 * No UI toolkit is needed: the providers work headless.
 */
package org.zeren.model.provider;
