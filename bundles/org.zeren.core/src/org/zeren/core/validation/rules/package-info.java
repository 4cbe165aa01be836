/**
 * The validation rules shipped with the core, for any responsibility model whatever work areas
 * are installed. {@link org.zeren.core.validation.rules.CoreRules#all()} lists them.
 */
package org.zeren.core.validation.rules;
