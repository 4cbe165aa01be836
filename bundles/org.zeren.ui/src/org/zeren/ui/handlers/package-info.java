/**
 * Command handlers of the workbench (declared in {@code plugin.xml}): open, new model, save (Ctrl+S), undo (Ctrl+Z),
 * redo (Ctrl+Y), validate, import a plan and apply work-area templates. They act on the
 * {@link org.zeren.ui.model.ModelSession} and are enabled only when they can act.
 */
package org.zeren.ui.handlers;
