package org.zeren.ui.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/**
 * The main window: its size, status line and progress indicator (background jobs show there and can be cancelled),
 * a title with the model's file and a {@code *} while it has unsaved changes, and the question about unsaved
 * changes when the window is closed.
 */
public class ZerenWindowAdvisor extends WorkbenchWindowAdvisor {

	private final ModelSession.Listener titleUpdater = new ModelSession.Listener() {
		@Override
		public void modelOpened(ModelSession session) {
			updateTitle();
		}

		@Override
		public void modelChanged(ModelSession session) {
			updateTitle();
		}
	};

	/** @param configurer the window's configurer */
	public ZerenWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new ZerenActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(Messages.App_title);
	}

	@Override
	public void postWindowOpen() {
		ModelSession.get().addListener(titleUpdater);
		updateTitle();
	}

	@Override
	public boolean preWindowShellClose() {
		return UnsavedChanges.askBeforeClosing(getWindowConfigurer().getWindow().getShell());
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(titleUpdater);
	}

	private void updateTitle() {
		ModelSession session = ModelSession.get();
		String title = Messages.App_title;
		if (session.model() != null) {
			title = (session.isDirty() ? "*" : "") + session.model().file().getFileName() + " - " + title;
		}
		if (getWindowConfigurer().getWindow() != null && getWindowConfigurer().getWindow().getShell() != null
				&& !getWindowConfigurer().getWindow().getShell().isDisposed()) {
			getWindowConfigurer().getWindow().getShell().setText(title);
		}
	}
}
