package org.zeren.ui.explorer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.dialogs.PatternFilter;

/**
 * Matches the filter text against an element's label and, for elements with a {@code code} (duties, parties, legal
 * bases), its code, so that typing {@code ZY-} finds the occupational-health duties whatever their title.
 */
public class ExplorerPatternFilter extends PatternFilter {

	/** Matches anywhere in the text, not only at word starts (Chinese has no word breaks). */
	public ExplorerPatternFilter() {
		setIncludeLeadingWildcard(true);
	}

	@Override
	protected boolean isLeafMatch(Viewer viewer, Object element) {
		if (super.isLeafMatch(viewer, element)) {
			return true;
		}
		if (element instanceof EObject eo) {
			EStructuralFeature code = eo.eClass().getEStructuralFeature("code");
			if (code instanceof EAttribute && eo.eGet(code) instanceof String s) {
				return wordMatches(s);
			}
		}
		return false;
	}
}
