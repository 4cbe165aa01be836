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
 * The Zeren perspective: explorer on the left, the diagram in the middle ({@value #DIAGRAM_VIEW_ID}, contributed by
 * {@code org.zeren.ui.diagram} when it is installed; a placeholder otherwise), properties on the right, problems and
 * work areas below.
 */
public class ZerenPerspective implements IPerspectiveFactory {

	/** The perspective's id: {@value}. */
	public static final String ID = "org.zeren.ui.perspective";
	/** The diagram view's id (bundle {@code org.zeren.ui.diagram}): {@value}. */
	public static final String DIAGRAM_VIEW_ID = "org.zeren.ui.diagram.view";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.30f, editorArea);
		layout.getViewLayout(ModelExplorerView.ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("org.zeren.ui.folder.bottom", IPageLayout.BOTTOM, 0.70f, editorArea);
		bottom.addView(ProblemsView.ID);
		bottom.addView(WorkAreasView.ID);
		IFolderLayout right = layout.createFolder("org.zeren.ui.folder.right", IPageLayout.RIGHT, 0.62f, editorArea);
		right.addView(PropertiesView.ID);
		IFolderLayout centre = layout.createFolder("org.zeren.ui.folder.centre", IPageLayout.LEFT, 0.60f, "org.zeren.ui.folder.right");
		if (PlatformUI.getWorkbench().getViewRegistry().find(DIAGRAM_VIEW_ID) != null) {
			centre.addView(DIAGRAM_VIEW_ID);
		} else {
			centre.addPlaceholder(DIAGRAM_VIEW_ID);
		}
	}
}
