/**
 * The properties view: a form of the selected element's properties, built from the item providers'
 * {@link org.eclipse.emf.edit.provider.IItemPropertySource} descriptors; every change is a command on the model's
 * command stack (undo with Ctrl+Z).
 */
package org.zeren.ui.properties;
