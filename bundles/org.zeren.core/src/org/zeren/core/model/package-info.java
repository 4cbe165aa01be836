/**
 * Small helpers for working with Zeren models that more than one service needs, e.g.
 * {@link org.zeren.core.model.StableIds} for content-derived element identifiers.
 */
package org.zeren.core.model;
