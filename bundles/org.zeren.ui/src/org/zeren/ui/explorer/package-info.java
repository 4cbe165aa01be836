/**
 * The model explorer: the party tree with each party's duty lists and duties, the work plans, and folders of legal
 * bases, work areas, supervisions and assessment indicators; filter by text or code, drag and drop of duties and
 * lists, context menus to create and delete elements. Its selection is the workbench selection (EObjects of the
 * model), and it reveals EObjects that other parts select.
 */
package org.zeren.ui.explorer;
