package org.zeren.ui.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenPackage;
import org.zeren.ui.Messages;
import org.zeren.ui.jface.ItemContentProvider;

/**
 * The explorer's tree: at the top the party tree and the work plans, then folders of legal bases, work areas,
 * supervisions and assessment indicators; under each party the duty lists it holds (lists are contained by the model
 * root and point to their holder, so the item providers alone would show them in one flat list) and then its child
 * parties; lists without a holder at the top. Everything else is the item providers' containment tree.
 */
public class ExplorerContentProvider extends ItemContentProvider {

	private static final ZerenPackage Z = ZerenPackage.eINSTANCE;

	/** Duty lists by holder, built on first use and dropped when lists or holders change; null when not built. */
	private Map<Party, List<DutyList>> listsByHolder;
	private ResponsibilityModel indexedRoot;
	/** Whether a refresh of the whole tree is scheduled on the display thread. */
	private boolean refreshPending;

	/** @param adapterFactory the item providers' factory; not null */
	public ExplorerContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ResponsibilityModel root) {
			// the root is never shown, so no label provider adapts it: adapt it here, or changes of its parties,
			// lists and plans never reach this provider
			provider(root);
			List<Object> top = new ArrayList<>(root.getParties());
			root.getDutyLists().stream().filter(l -> l.getHolder() == null).forEach(top::add);
			top.addAll(root.getWorkPlans());
			top.add(new ExplorerFolder(root, Z.getResponsibilityModel_LegalBases(), Messages.Explorer_legalBases));
			top.add(new ExplorerFolder(root, Z.getResponsibilityModel_WorkAreas(), Messages.Explorer_workAreas));
			top.add(new ExplorerFolder(root, Z.getResponsibilityModel_Supervisions(), Messages.Explorer_supervisions));
			top.add(new ExplorerFolder(root, Z.getResponsibilityModel_AssessmentIndicators(), Messages.Explorer_indicators));
			return top.toArray();
		}
		if (parent instanceof ExplorerFolder folder) {
			return folder.children().toArray();
		}
		if (parent instanceof Party party) {
			List<Object> children = new ArrayList<>(heldLists(party));
			children.addAll(party.getChildren());
			return children.toArray();
		}
		return super.getChildren(parent);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ResponsibilityModel) {
			return true;
		}
		if (element instanceof ExplorerFolder folder) {
			return !folder.children().isEmpty();
		}
		if (element instanceof Party party) {
			return !party.getChildren().isEmpty() || !heldLists(party).isEmpty();
		}
		return super.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof DutyList list) {
			return list.getHolder() != null ? list.getHolder() : list.eContainer();
		}
		if (element instanceof Party party) {
			return party.getParent() != null ? party.getParent() : party.eContainer();
		}
		if (element instanceof ExplorerFolder folder) {
			return folder.root();
		}
		Object parent = super.getParent(element);
		if (parent instanceof ResponsibilityModel root && element instanceof org.eclipse.emf.ecore.EObject eo
				&& eo.eContainmentFeature() != null && !eo.eContainmentFeature().equals(Z.getResponsibilityModel_Parties())
				&& !eo.eContainmentFeature().equals(Z.getResponsibilityModel_WorkPlans())) {
			return new ExplorerFolder(root, eo.eContainmentFeature(), folderLabel(eo.eContainmentFeature()));
		}
		return parent;
	}

	private static String folderLabel(org.eclipse.emf.ecore.EReference feature) {
		if (feature == Z.getResponsibilityModel_LegalBases()) {
			return Messages.Explorer_legalBases;
		}
		if (feature == Z.getResponsibilityModel_WorkAreas()) {
			return Messages.Explorer_workAreas;
		}
		if (feature == Z.getResponsibilityModel_Supervisions()) {
			return Messages.Explorer_supervisions;
		}
		return Messages.Explorer_indicators;
	}

	/**
	 * @param party a party of the model
	 * @return the duty lists whose holder is the party, in model order; never null
	 */
	List<DutyList> heldLists(Party party) {
		if (!(party.eResource() != null && party.eResource().getContents().get(0) instanceof ResponsibilityModel root)) {
			return List.of();
		}
		if (listsByHolder == null || indexedRoot != root) {
			// one pass over the lists instead of one per party shown: expanding 1,200 enterprises of a model with
			// 5,000 lists took seconds when every party scanned them all
			Map<Party, List<DutyList>> index = new HashMap<>();
			for (DutyList l : root.getDutyLists()) {
				if (l.getHolder() != null) {
					index.computeIfAbsent(l.getHolder(), k -> new ArrayList<>()).add(l);
				}
			}
			listsByHolder = index;
			indexedRoot = root;
		}
		return listsByHolder.getOrDefault(party, List.of());
	}

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
		listsByHolder = null;
		super.inputChanged(v, oldInput, newInput);
	}

	@Override
	protected void refresh(StructuredViewer v, Notification notification) {
		Object feature = notification.getFeature();
		if (feature == Z.getDutyList_Holder() || feature == Z.getResponsibilityModel_DutyLists()
				|| feature == Z.getParty_Children() || feature == Z.getResponsibilityModel_Parties()) {
			// lists appear under their holder, not under their container: refresh the whole tree structure, once
			// for a run of changes (applying templates adds thousands of lists, each announced on its own)
			listsByHolder = null;
			if (!refreshPending) {
				refreshPending = true;
				v.getControl().getDisplay().asyncExec(() -> {
					refreshPending = false;
					if (!v.getControl().isDisposed()) {
						v.refresh();
					}
				});
			}
			return;
		}
		if (notification.getNotifier() instanceof ResponsibilityModel root && feature instanceof org.eclipse.emf.ecore.EReference ref
				&& ref.isContainment() && ref != Z.getResponsibilityModel_WorkPlans()) {
			v.refresh(new ExplorerFolder(root, ref, folderLabel(ref)));
			return;
		}
		super.refresh(v, notification);
	}
}
