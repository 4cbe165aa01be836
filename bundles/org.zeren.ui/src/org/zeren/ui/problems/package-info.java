/**
 * The problems view: validation findings of the open model (severity, message, element, rule and its source), run
 * on demand and after every save as a cancellable job; double-click selects the element in the explorer.
 */
package org.zeren.ui.problems;
