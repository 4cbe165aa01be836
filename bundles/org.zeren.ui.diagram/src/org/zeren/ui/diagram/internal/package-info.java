/**
 * Internals of the diagram view: texts (NLS) and the copy of a model that export jobs read off the display thread.
 * Not API.
 */
package org.zeren.ui.diagram.internal;
