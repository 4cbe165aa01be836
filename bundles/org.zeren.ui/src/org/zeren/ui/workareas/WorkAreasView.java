package org.zeren.ui.workareas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.ui.Messages;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.jface.ItemLabelProvider;

/**
 * The work areas view ({@value #ID}): each installed work area with a swatch of its colour, its contributing bundle,
 * and below it its duty templates ({@code CODE title — applies to}) and validation rules ({@code id — source});
 * after the work areas, with a warning icon, the registry's diagnostics: plugins refused because they were built for
 * another version of the work-area SPI, contributions that failed (see {@link WorkAreaRegistry#diagnostics()}).
 */
public class WorkAreasView extends ViewPart {

	/** The view's id: {@value}. */
	public static final String ID = "org.zeren.ui.workareas";

	private record Group(RegisteredWorkArea area, boolean templates, List<?> items) {
	}

	private TreeViewer viewer;
	private WorkAreaRegistry registry;
	private final WorkAreaRegistry.Listener registryListener = r -> {
		Display display = viewer == null ? null : viewer.getControl().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::refresh);
		}
	};
	private LocalResourceManager resources;
	private final Map<String, Image> swatches = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TreeViewer(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				WorkAreaRegistry r = (WorkAreaRegistry) input;
				List<Object> elements = new ArrayList<>(r.workAreas());
				elements.addAll(r.diagnostics());
				return elements.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (parent instanceof RegisteredWorkArea area) {
					return new Object[] { new Group(area, true, registry.dutyTemplates().getOrDefault(area, List.of())),
							new Group(area, false, registry.validationRules().getOrDefault(area, List.of())) };
				}
				return parent instanceof Group g ? g.items().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof RegisteredWorkArea || element instanceof Group g && !g.items().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object e) {
				Locale locale = Locale.getDefault();
				if (e instanceof RegisteredWorkArea a) {
					return a.name().get(locale) + "  " + a.colour() + "  (" + a.contributor() + ")";
				}
				if (e instanceof Group g) {
					return NLS.bind(g.templates() ? Messages.WorkAreas_templates : Messages.WorkAreas_rules, g.items().size());
				}
				if (e instanceof DutyTemplate t) {
					return t.code() + "  " + t.title() + "  — " + t.appliesToDescription();
				}
				if (e instanceof ValidationRule r) {
					return r.id() + "  — " + r.source();
				}
				if (e instanceof RegistryDiagnostic d) {
					return NLS.bind(Messages.WorkAreas_problem, d.message());
				}
				return String.valueOf(e);
			}

			@Override
			public Image getImage(Object e) {
				if (e instanceof RegistryDiagnostic) {
					return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
				}
				return e instanceof RegisteredWorkArea a ? swatch(a.colour()) : null;
			}
		});
		registry = ZerenUiPlugin.get().workAreaRegistry();
		registry.addListener(registryListener);
		viewer.setInput(registry);
	}

	/** @return the tree viewer; for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	private void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	private Image swatch(String colour) {
		return swatches.computeIfAbsent(colour, c -> {
			RGB rgb = ItemLabelProvider.parseHex(c);
			Image image = new Image(viewer.getControl().getDisplay(), 16, 16);
			GC gc = new GC(image);
			gc.setBackground(resources.createColor(rgb == null ? new RGB(128, 128, 128) : rgb));
			gc.fillRectangle(2, 2, 12, 12);
			gc.dispose();
			return image;
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (registry != null) {
			registry.removeListener(registryListener);
		}
		swatches.values().forEach(Image::dispose);
		super.dispose();
	}
}
