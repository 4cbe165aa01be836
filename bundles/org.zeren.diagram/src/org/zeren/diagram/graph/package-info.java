/**
 * The diagram graph: which boxes and lines a diagram has, before layout.
 * <p>
 * A {@link org.zeren.diagram.graph.DiagramGraph} holds nodes (some inside others: duties inside the party that
 * holds them) and edges, each linked to the model element it shows. It is built from a
 * {@code ResponsibilityModel} by {@link org.zeren.diagram.graph.ChainDiagramBuilder},
 * {@link org.zeren.diagram.graph.OrganisationDiagramBuilder} and {@link org.zeren.diagram.graph.PlanDiagramBuilder}
 * (normally through {@code org.zeren.diagram.DiagramService}), laid out by
 * {@code org.zeren.diagram.layout.DiagramLayouter} and written as Graphviz DOT by
 * {@code org.zeren.diagram.render.DotExporter}. Builders read the model and never change it.
 */
package org.zeren.diagram.graph;
