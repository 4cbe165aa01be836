package org.zeren.ui.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.zeren.ui.Messages;

/** A labelled text field for a file path with a Browse button. */
final class FileField {

	final Text text;

	/**
	 * @param parent     a composite with a 3-column grid layout
	 * @param label      the field's label
	 * @param style      {@link SWT#OPEN} or {@link SWT#SAVE}
	 * @param extensions the dialog's filter extensions
	 */
	FileField(Composite parent, String label, int style, String... extensions) {
		if (!(parent.getLayout() instanceof GridLayout)) {
			parent.setLayout(new GridLayout(3, false));
		}
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(parent.getShell(), style);
			dialog.setFilterExtensions(extensions);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}
}
