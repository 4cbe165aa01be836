package org.zeren.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/**
 * The properties view ({@value #ID}): one row per property descriptor of the selected element: text fields for
 * text, numbers and dates (committed on Enter or when the field loses focus; multi-line for long texts), check boxes
 * for yes/no, drop-downs for enumerations and single references, read-only summaries for lists. Values are set
 * through the descriptors, which execute {@code SetCommand}s on the editing domain's command stack. The form follows
 * changes of the element (an undo shows at once).
 * <p>
 * A form rather than the platform's Properties view: the Properties view needs {@code org.eclipse.ui.views} and EMF's
 * {@code PropertySource} adapter from {@code org.eclipse.emf.edit.ui}, which is not on Maven Central; a form also
 * shows a duty's long text whole.
 */
public class PropertiesView extends ViewPart {

	/** The view's id: {@value}. */
	public static final String ID = "org.zeren.ui.properties";

	/** More candidates than this get a chooser dialog instead of a drop-down. */
	private static final int MAX_COMBO_ITEMS = 100;
	/** The "no value" entry of a chooser. */
	private static final Object NONE = new Object();

	private static final List<String> LONG_TEXTS = List.of("text", "description", "businessDuties", "note");

	private ScrolledComposite scrolled;
	private Composite form;
	private EObject shown;
	private final Map<String, Control> editors = new LinkedHashMap<>();
	private final List<Runnable> updaters = new ArrayList<>();
	private final AdapterImpl elementListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (!msg.isTouch() && form != null && !form.isDisposed()) {
				form.getDisplay().asyncExec(PropertiesView.this::updateValues);
			}
		}
	};
	private final ISelectionListener selectionListener = this::selected;
	private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
		@Override
		public void modelOpened(ModelSession session) {
			show(null);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ModelSession.get().addListener(sessionListener);
		show(null);
		ISelection current = getSite().getPage().getSelection();
		if (current != null) {
			selected(null, current);
		}
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection s)) {
			return;
		}
		Object first = s.getFirstElement();
		if (first instanceof EObject eo && ModelSession.get().contains(eo)) {
			if (eo != shown) {
				show(eo);
			}
		}
	}

	/** @return the element shown, or null */
	public EObject getShown() {
		return shown;
	}

	/**
	 * @param feature the name of a feature of the shown element, e.g. {@code title}
	 * @return the control editing it (a {@link Text}, {@link Button} or {@link Combo}), or null when not shown
	 */
	public Control editor(String feature) {
		return editors.get(feature);
	}

	/**
	 * Shows an element's properties.
	 *
	 * @param element the element, or null for an empty form
	 */
	public void show(EObject element) {
		if (shown != null) {
			shown.eAdapters().remove(elementListener);
		}
		shown = element;
		editors.clear();
		updaters.clear();
		if (form != null) {
			form.dispose();
		}
		form = new Composite(scrolled, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		if (element == null) {
			new Label(form, SWT.WRAP).setText(Messages.Properties_nothingSelected);
		} else {
			element.eAdapters().add(elementListener);
			buildForm(element);
		}
		scrolled.setContent(form);
		scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		form.layout(true, true);
	}

	private void buildForm(EObject element) {
		ModelSession session = ModelSession.get();
		IItemLabelProvider labels = (IItemLabelProvider) session.adapterFactory().adapt(element, IItemLabelProvider.class);
		Label header = new Label(form, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Runnable updateHeader = () -> header.setText(labels == null ? element.eClass().getName() : labels.getText(element));
		updaters.add(updateHeader);
		updateHeader.run();
		IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(element, IItemPropertySource.class);
		if (source == null) {
			return;
		}
		for (IItemPropertyDescriptor d : source.getPropertyDescriptors(element)) {
			if (!(d.getFeature(element) instanceof EStructuralFeature feature)) {
				continue;
			}
			Label name = new Label(form, SWT.NONE);
			name.setText(d.getDisplayName(element));
			name.setToolTipText(d.getDescription(element));
			name.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Control editor = createEditor(element, d, feature);
			editors.put(feature.getName(), editor);
		}
	}

	private Control createEditor(EObject element, IItemPropertyDescriptor d, EStructuralFeature feature) {
		boolean editable = d.canSetProperty(element);
		if (feature.isMany()) {
			Text text = new Text(form, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			updaters.add(() -> text.setText(manyLabel(element, d, feature)));
			updaters.get(updaters.size() - 1).run();
			return text;
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (feature instanceof EAttribute && (type == boolean.class || type == Boolean.class)) {
			Button check = new Button(form, SWT.CHECK);
			check.setEnabled(editable);
			Runnable update = () -> check.setSelection(Boolean.TRUE.equals(element.eGet(feature)));
			updaters.add(update);
			update.run();
			check.addListener(SWT.Selection, e -> set(element, d, feature, check.getSelection()));
			return check;
		}
		if (feature.getEType() instanceof EEnum || !(feature instanceof EAttribute)) {
			return createCombo(element, d, feature, editable);
		}
		boolean multiLine = LONG_TEXTS.contains(feature.getName());
		Text text = new Text(form, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
				| (editable ? 0 : SWT.READ_ONLY));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		if (multiLine) {
			data.heightHint = 80;
		}
		text.setLayoutData(data);
		EDataType dataType = (EDataType) feature.getEType();
		Runnable update = () -> {
			if (!text.isFocusControl() || !text.getText().equals(toText(dataType, element.eGet(feature)))) {
				text.setText(toText(dataType, element.eGet(feature)));
			}
		};
		updaters.add(update);
		update.run();
		Runnable commit = () -> {
			if (text.isDisposed() || text.getText().equals(toText(dataType, element.eGet(feature)))) {
				return;
			}
			try {
				Object value = text.getText().isEmpty() && dataType.getInstanceClass() != String.class ? null
						: EcoreUtil.createFromString(dataType, text.getText());
				set(element, d, feature, value);
			} catch (RuntimeException e) {
				getViewSite().getActionBars().getStatusLineManager()
						.setErrorMessage(NLS.bind(Messages.Properties_badValue, d.getDisplayName(element), text.getText()));
				text.setText(toText(dataType, element.eGet(feature)));
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, e -> commit.run());
		}
		return text;
	}

	private Control createCombo(EObject element, IItemPropertyDescriptor d, EStructuralFeature feature, boolean editable) {
		Collection<?> choices = d.getChoiceOfValues(element);
		if (choices != null && choices.size() > MAX_COMBO_ITEMS) {
			return createChooser(element, d, feature, editable);
		}
		Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setEnabled(editable);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		List<Object> values = new ArrayList<>();
		if (!(feature.getEType() instanceof EEnum) || !feature.isRequired()) {
			values.add(null);
		}
		if (choices != null) {
			for (Object c : choices) {
				if (c != null && !values.contains(c)) {
					values.add(c);
				}
			}
		}
		Object current = element.eGet(feature);
		if (current != null && !values.contains(current)) {
			values.add(current);
		}
		for (Object v : values) {
			combo.add(v == null ? "" : d.getLabelProvider(element).getText(v));
		}
		combo.setVisibleItemCount(Math.min(20, values.size()));
		Runnable update = () -> combo.select(values.indexOf(element.eGet(feature)));
		updaters.add(update);
		update.run();
		combo.addListener(SWT.Selection, e -> {
			int i = combo.getSelectionIndex();
			if (i >= 0) {
				set(element, d, feature, values.get(i));
			}
		});
		return combo;
	}

	/**
	 * A reference with many candidates (a duty's upstream duty in a model of thousands of duties): the current value
	 * and a button that opens a filterable list. A drop-down with tens of thousands of entries would take minutes to
	 * fill on GTK.
	 */
	private Control createChooser(EObject element, IItemPropertyDescriptor d, EStructuralFeature feature, boolean editable) {
		Composite row = new Composite(form, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		Text value = new Text(row, SWT.BORDER | SWT.READ_ONLY);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable update = () -> {
			Object v = element.eGet(feature);
			value.setText(v == null ? "" : d.getLabelProvider(element).getText(v));
		};
		updaters.add(update);
		update.run();
		Button choose = new Button(row, SWT.PUSH);
		choose.setText("...");
		choose.setEnabled(editable);
		choose.addListener(SWT.Selection, e -> {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new org.eclipse.jface.viewers.LabelProvider() {
				@Override
				public String getText(Object o) {
					return o == NONE ? Messages.Properties_none : d.getLabelProvider(element).getText(o);
				}
			});
			dialog.setTitle(d.getDisplayName(element));
			dialog.setMessage(Messages.Properties_chooseFilter);
			List<Object> options = new ArrayList<>();
			options.add(NONE);
			options.addAll(d.getChoiceOfValues(element).stream().filter(Objects::nonNull).toList());
			dialog.setElements(options.toArray());
			if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.getFirstResult() != null) {
				set(element, d, feature, dialog.getFirstResult() == NONE ? null : dialog.getFirstResult());
			}
		});
		return value;
	}

	private static String manyLabel(EObject element, IItemPropertyDescriptor d, EStructuralFeature feature) {
		List<String> parts = new ArrayList<>();
		for (Object v : (Collection<?>) element.eGet(feature)) {
			parts.add(d.getLabelProvider(element).getText(v));
		}
		return String.join("\n", parts);
	}

	private static String toText(EDataType type, Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof String s ? s : EcoreUtil.convertToString(type, value);
	}

	private void set(EObject element, IItemPropertyDescriptor d, EStructuralFeature feature, Object value) {
		if (Objects.equals(element.eGet(feature), value)) {
			return;
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		// the descriptor executes a SetCommand on AdapterFactoryEditingDomain.getEditingDomainFor(element)'s stack
		d.setPropertyValue(element, value);
	}

	private void updateValues() {
		if (form == null || form.isDisposed()) {
			return;
		}
		for (Runnable r : updaters) {
			r.run();
		}
	}

	@Override
	public void setFocus() {
		scrolled.setFocus();
	}

	@Override
	public void dispose() {
		if (shown != null) {
			shown.eAdapters().remove(elementListener);
		}
		getSite().getPage().removePostSelectionListener(selectionListener);
		ModelSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
