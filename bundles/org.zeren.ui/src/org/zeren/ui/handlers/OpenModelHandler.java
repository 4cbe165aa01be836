package org.zeren.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.zeren.ui.Messages;
import org.zeren.ui.app.UnsavedChanges;
import org.zeren.ui.model.ModelSession;

/** Opens a {@code .zeren} file chosen in a file dialog (Ctrl+O), after asking about unsaved changes. */
public class OpenModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!UnsavedChanges.askBeforeClosing(shell)) {
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Open_title);
		dialog.setFilterExtensions(new String[] { "*.zeren", "*" });
		dialog.setFilterNames(new String[] { Messages.Open_filterModels, Messages.Open_filterAll });
		String file = dialog.open();
		if (file != null) {
			ModelSession.get().open(Path.of(file));
		}
		return null;
	}
}
