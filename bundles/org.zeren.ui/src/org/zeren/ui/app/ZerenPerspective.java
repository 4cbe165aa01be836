package org.zeren.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.zeren.ui.explorer.ModelExplorerView;
import org.zeren.ui.problems.ProblemsView;
import org.zeren.ui.properties.PropertiesView;
import org.zeren.ui.workareas.WorkAreasView;

/**
 * The Zeren perspective: explorer on the left, the diagram in the middle ({@value #DIAGRAM_VIEW_ID}: bundle
 * {@code org.zeren.ui.diagram} adds it with a perspective extension; without it a placeholder keeps its place),
 * properties on the right, problems and work areas below.
 */
public class ZerenPerspective implements IPerspectiveFactory {

	/** The perspective's id: {@value}. */
	public static final String ID = "org.zeren.ui.perspective";
	/** The diagram view's id (bundle {@code org.zeren.ui.diagram}): {@value}. */
	public static final String DIAGRAM_VIEW_ID = "org.zeren.ui.diagram.view";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		// no editors: the model is edited in the views; the (hidden) editor area is where the diagram goes
		layout.setEditorAreaVisible(false);
		layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.28f, editorArea);
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("org.zeren.ui.folder.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(ProblemsView.ID);
		bottom.addView(WorkAreasView.ID);
		IFolderLayout right = layout.createFolder("org.zeren.ui.folder.right", IPageLayout.RIGHT, 0.55f, editorArea);
		right.addView(PropertiesView.ID);
		// org.zeren.ui.diagram places its view itself (a perspective extension, right of the editor area); without
		// that bundle, keep the place so a diagram view installed later opens there
		if (PlatformUI.getWorkbench().getViewRegistry().find(DIAGRAM_VIEW_ID) == null) {
			layout.addPlaceholder(DIAGRAM_VIEW_ID, IPageLayout.RIGHT, 0.45f, editorArea);
		}
	}
}
