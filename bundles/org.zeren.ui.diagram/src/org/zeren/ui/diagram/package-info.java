/**
 * The desktop Diagram view of Zeren: {@link org.zeren.ui.diagram.DiagramView} (view id
 * {@code org.zeren.ui.diagram.view}) shows the responsibility chain, organisation map or plan map of the workbench
 * selection, laid out by {@code org.zeren.diagram} in a job and drawn with SWT by
 * {@link org.zeren.ui.diagram.DiagramViewer}; {@link org.zeren.ui.diagram.ExportDiagramJob} and
 * {@link org.zeren.ui.diagram.ExportAllChainsJob} write diagrams as SVG, PNG or PDF through
 * {@code org.zeren.diagram.DiagramService}.
 * <p>
 * Contract with the workbench ({@code org.zeren.ui}): the selection is an
 * {@link org.eclipse.jface.viewers.IStructuredSelection} of model {@link org.eclipse.emf.ecore.EObject}s; models are
 * edited on the display thread through an EMF editing domain's command stack, which the view follows by listening
 * to the model's resource set.
 */
package org.zeren.ui.diagram;
