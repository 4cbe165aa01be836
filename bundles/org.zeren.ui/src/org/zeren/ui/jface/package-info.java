/**
 * Thin JFace adapters over EMF.Edit's item providers: a tree content provider over
 * {@link org.eclipse.emf.edit.provider.ITreeItemContentProvider} and a label provider over
 * {@link org.eclipse.emf.edit.provider.IItemLabelProvider} and {@link org.eclipse.emf.edit.provider.IItemColorProvider}.
 * <p>
 * Why our own: EMF ships these adapters in {@code org.eclipse.emf.edit.ui} ({@code AdapterFactoryContentProvider},
 * {@code AdapterFactoryLabelProvider}, {@code PropertySource}), and neither it nor {@code org.eclipse.emf.common.ui}
 * is published on Maven Central, the only repository this build may use. {@code org.eclipse.emf.edit} itself is on
 * Central, so the item providers, commands and editing domain are EMF's own; only the few dozen lines that hand
 * their answers to JFace are written here.
 */
package org.zeren.ui.jface;
