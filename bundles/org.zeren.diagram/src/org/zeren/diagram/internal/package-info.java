/**
 * Implementation details of the diagram bundle (atomic file writing); not API, not exported for use by other
 * bundles ({@code x-internal}).
 */
package org.zeren.diagram.internal;
