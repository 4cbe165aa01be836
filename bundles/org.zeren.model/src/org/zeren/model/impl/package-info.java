/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * EMF-generated implementation classes of the Zeren metamodel, the package metadata
 * ({@link org.zeren.model.impl.ZerenPackageImpl}) and the factory ({@link org.zeren.model.impl.ZerenFactoryImpl},
 * which also converts {@code LocalDate} values to and from ISO-8601 {@code yyyy-MM-dd}).
 *
 * <p>Client code uses the interfaces of {@link org.zeren.model} and creates objects through
 * {@link org.zeren.model.ZerenFactory}; it should not depend on these classes.
 */
package org.zeren.model.impl;
