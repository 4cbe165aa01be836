/**
 * Shared fixtures for the plain unit tests of the work-area bundles: a small organisation, the
 * real plan split into items, and helpers to find duties and run one rule. Test scope only.
 */
package org.zeren.test.support;
