package org.zeren.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.zeren.ui.problems.ProblemsView;

/** Shows the problems view and validates the open model in a background job. */
public class ValidateHandler extends SessionHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			ProblemsView view = (ProblemsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ProblemsView.ID);
			view.validate();
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
