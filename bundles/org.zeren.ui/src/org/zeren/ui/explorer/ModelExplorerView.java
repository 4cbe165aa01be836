package org.zeren.ui.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.part.ViewPart;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/**
 * The model explorer view ({@value #ID}): the tree of the open model (see {@link ExplorerContentProvider}), a filter
 * field above it, drag and drop of duties and lists, and a context menu to create and delete elements. Its selection
 * provider gives the workbench {@link IStructuredSelection}s of the model's EObjects; when another part (the diagram
 * view) selects EObjects of the open model, the explorer reveals and selects them too.
 */
public class ModelExplorerView extends ViewPart {

	/** The view's id: {@value}. */
	public static final String ID = "org.zeren.ui.explorer";

	private FilteredTree filteredTree;
	private TreeViewer viewer;
	private final ModelSession.Listener sessionListener = new ModelSession.Listener() {
		@Override
		public void modelOpened(ModelSession session) {
			setInput();
		}

		@Override
		public void modelChanged(ModelSession session) {
			updatePartName();
		}
	};
	private final ISelectionListener selectionListener = this::otherPartSelected;

	@Override
	public void createPartControl(Composite parent) {
		ModelSession session = ModelSession.get();
		filteredTree = new FilteredTree(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER,
				new ExplorerPatternFilter(), true, true);
		filteredTree.setInitialText(Messages.Explorer_filterHint);
		viewer = filteredTree.getViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ExplorerContentProvider(session.adapterFactory()));
		viewer.setLabelProvider(new ExplorerLabelProvider(session.adapterFactory()));
		viewer.addDoubleClickListener(this::doubleClicked);
		getSite().setSelectionProvider(viewer);
		hookDragAndDrop();
		hookContextMenu();
		getSite().getPage().addPostSelectionListener(selectionListener);
		session.addListener(sessionListener);
		setInput();
	}

	/** @return the tree with its filter field; for tests */
	public FilteredTree getFilteredTree() {
		return filteredTree;
	}

	/** @return the tree viewer; for tests and for handlers that act on the explorer */
	public TreeViewer getViewer() {
		return viewer;
	}

	private void setInput() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ResponsibilityModel root = ModelSession.get().root();
		viewer.setInput(root);
		if (root != null) {
			// the top: parties expanded one level, so the committee's departments show at once
			viewer.expandToLevel(1);
		}
		updatePartName();
	}

	private void updatePartName() {
		ModelSession session = ModelSession.get();
		if (session.model() == null) {
			setPartName(Messages.Explorer_title);
			setContentDescription(Messages.Explorer_noModel);
			return;
		}
		String file = session.model().file().getFileName().toString();
		setPartName((session.isDirty() ? "*" : "") + Messages.Explorer_title);
		setContentDescription(file);
		setTitleToolTip(session.model().file().toString());
	}

	/**
	 * Selects and reveals elements of the open model (expanding their ancestors).
	 *
	 * @param elements the elements; those not in the open model are ignored
	 */
	public void reveal(Collection<?> elements) {
		List<Object> shown = new ArrayList<>();
		for (Object o : elements) {
			if (o instanceof EObject eo && ModelSession.get().contains(eo)) {
				shown.add(eo);
			}
		}
		if (!shown.isEmpty()) {
			viewer.setSelection(new StructuredSelection(shown), true);
		}
	}

	private void otherPartSelected(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer == null || viewer.getControl().isDisposed()
				|| !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		if (part.getSite() != null && part.getSite().getId() != null && part.getSite().getId().startsWith("org.zeren.ui.")
				&& !part.getSite().getId().startsWith("org.zeren.ui.diagram")) {
			return; // our own views (properties, problems) select through the explorer explicitly
		}
		if (s.toList().equals(viewer.getStructuredSelection().toList())) {
			return;
		}
		reveal(s.toList());
	}

	private void doubleClicked(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void hookDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection s = viewer.getStructuredSelection();
				event.doit = !s.isEmpty() && s.toList().stream().allMatch(o -> o instanceof org.zeren.model.Duty || o instanceof DutyList);
				LocalSelectionTransfer.getTransfer().setSelection(s);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ExplorerDropAdapter(viewer));
	}

	private void hookContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		AdapterFactoryEditingDomain domain = ModelSession.get().domain();
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (domain != null && selection.size() == 1 && selection.getFirstElement() instanceof EObject owner) {
			MenuManager create = new MenuManager(Messages.Explorer_new);
			for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				create.add(commandAction(command));
			}
			if (owner instanceof Party party) {
				create.add(new Separator());
				create.add(commandAction(newListCommand(domain, party)));
			}
			menu.add(create);
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		if (domain != null && !selection.isEmpty() && selection.toList().stream().allMatch(o -> o instanceof EObject eo && !(eo instanceof ResponsibilityModel))) {
			menu.add(new Separator());
			menu.add(commandAction(DeleteCommand.create(domain, selection.toList()), Messages.Explorer_delete));
		}
	}

	private static Command newListCommand(AdapterFactoryEditingDomain domain, Party party) {
		DutyList list = ZerenFactory.eINSTANCE.createDutyList();
		list.setHolder(party);
		list.setKind(DutyListKind.RESPONSIBILITY_LIST);
		list.setName(NLS.bind(Messages.Explorer_newListName, party.getName()));
		Command add = AddCommand.create(domain, ModelSession.get().root(), ZerenPackage.eINSTANCE.getResponsibilityModel_DutyLists(), list);
		return new org.eclipse.emf.common.command.CommandWrapper(Messages.Explorer_newList, Messages.Explorer_newList, add);
	}

	private Action commandAction(Command command) {
		String text = command instanceof CommandActionDelegate d ? d.getText() : command.getLabel();
		return commandAction(command, text);
	}

	private Action commandAction(Command command, String text) {
		Action action = new Action(text) {
			@Override
			public void run() {
				ModelSession.get().domain().getCommandStack().execute(command);
				Collection<?> affected = command.getAffectedObjects();
				if (!affected.isEmpty()) {
					reveal(affected);
				}
			}
		};
		action.setEnabled(command.canExecute());
		return action;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(sessionListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
