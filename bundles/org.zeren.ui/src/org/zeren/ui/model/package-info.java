/**
 * The model open in the workbench: {@link org.zeren.ui.model.ModelSession} holds the loaded
 * {@link org.zeren.core.store.LoadedModel}, its EMF editing domain (every change is a command on its command stack, so
 * it can be undone) and the item-provider adapter factory that labels the model's elements.
 */
package org.zeren.ui.model;
