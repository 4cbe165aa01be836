/**
 * The model store: creates, loads and saves Zeren responsibility models ({@code .zeren} files).
 */
package org.zeren.core.store;
