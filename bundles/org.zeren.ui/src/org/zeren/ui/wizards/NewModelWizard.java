package org.zeren.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.ModelStoreException;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.app.UnsavedChanges;
import org.zeren.ui.model.ModelSession;

/** Creates an empty model file (a new {@code .zeren} file that does not exist yet) and opens it. */
public class NewModelWizard extends Wizard {

	private Page page;

	private final class Page extends WizardPage {
		FileField file;
		Text name;

		Page() {
			super("new");
			setTitle(Messages.NewModel_title);
			setDescription(Messages.NewModel_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			file = new FileField(c, Messages.NewModel_file, SWT.SAVE, "*.zeren");
			new Label(c, SWT.NONE).setText(Messages.NewModel_name);
			name = new Text(c, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			file.text.addListener(SWT.Modify, e -> validate());
			setControl(c);
			setPageComplete(false);
		}

		void validate() {
			String text = file.text.getText().trim();
			String error = null;
			if (text.isEmpty()) {
				error = Messages.NewModel_noFile;
			} else if (!text.endsWith("." + ModelStore.FILE_EXTENSION)) {
				error = Messages.NewModel_badExtension;
			} else if (Files.exists(Path.of(text))) {
				error = NLS.bind(Messages.NewModel_exists, text);
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}
	}

	/** A wizard with one page: file and model name. */
	public NewModelWizard() {
		setWindowTitle(Messages.NewModel_title);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (!UnsavedChanges.askBeforeClosing(getShell())) {
			return false;
		}
		Path file = Path.of(page.file.text.getText().trim());
		String name = page.name.getText().trim();
		ModelStore store = ZerenUiPlugin.get().modelStore();
		LoadedModel model = store.create(file, name.isEmpty() ? null : name);
		try {
			store.save(model);
		} catch (ModelStoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		ModelSession.get().install(model);
		return true;
	}
}
