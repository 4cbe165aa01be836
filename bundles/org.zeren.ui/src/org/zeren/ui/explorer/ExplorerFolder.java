package org.zeren.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.zeren.model.ResponsibilityModel;

/**
 * A folder of the explorer that groups one containment list of the model root (legal bases, work areas, ...).
 *
 * @param root    the model root; not null
 * @param feature the root's containment reference whose elements the folder shows; not null
 * @param label   the folder's translated name; not null
 */
public record ExplorerFolder(ResponsibilityModel root, EReference feature, String label) {

	/** @return the elements of the folder, in model order; never null */
	public List<?> children() {
		return (List<?>) root.eGet(feature);
	}
}
