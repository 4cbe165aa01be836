package org.zeren.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.ZerenPackage;
import org.zeren.ui.Messages;
import org.zeren.ui.model.ModelSession;

/**
 * Drops in the explorer, each one undoable command: duties onto a list (appended) or onto a duty (inserted before or
 * after it, in its list: reordering within a list and moving between lists are the same operation), and duty lists
 * onto a party (the party becomes their holder).
 */
public class ExplorerDropAdapter extends ViewerDropAdapter {

	private static final ZerenPackage Z = ZerenPackage.eINSTANCE;

	/** @param viewer the explorer's viewer */
	public ExplorerDropAdapter(Viewer viewer) {
		super(viewer);
		setFeedbackEnabled(true);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		if (!LocalSelectionTransfer.getTransfer().isSupportedType(type)) {
			return false;
		}
		return command(target, getCurrentLocation(), dragged()) != null;
	}

	@Override
	public boolean performDrop(Object data) {
		EditingDomain domain = ModelSession.get().domain();
		Command command = command(getCurrentTarget(), getCurrentLocation(), dragged());
		if (domain == null || command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	private static List<?> dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
	}

	/**
	 * The command a drop would execute.
	 *
	 * @param target   the element under the pointer, or null
	 * @param location one of {@link ViewerDropAdapter}'s LOCATION_ constants
	 * @param dragged  the dragged elements
	 * @return the command, or null when the drop is not possible
	 */
	public static Command command(Object target, int location, List<?> dragged) {
		EditingDomain domain = ModelSession.get().domain();
		if (domain == null || dragged.isEmpty() || target == null) {
			return null;
		}
		if (dragged.stream().allMatch(Duty.class::isInstance)) {
			@SuppressWarnings("unchecked")
			List<Duty> duties = (List<Duty>) dragged;
			DutyList list;
			int position;
			if (target instanceof DutyList l) {
				list = l;
				position = l.getDuties().size();
			} else if (target instanceof Duty d && d.getList() != null && !duties.contains(d)) {
				list = d.getList();
				position = list.getDuties().indexOf(d) + (location == LOCATION_AFTER ? 1 : 0);
			} else {
				return null;
			}
			// the index in the list once the dragged duties are removed from it
			int index = 0;
			for (int i = 0; i < position; i++) {
				if (!duties.contains(list.getDuties().get(i))) {
					index++;
				}
			}
			return new MoveDutiesCommand(duties, list, index);
		}
		if (target instanceof Party party && dragged.stream().allMatch(DutyList.class::isInstance)) {
			CompoundCommand hold = new CompoundCommand(Messages.Explorer_moveLists);
			for (Object o : dragged) {
				if (((DutyList) o).getHolder() != party) {
					hold.append(SetCommand.create(domain, o, Z.getDutyList_Holder(), party));
				}
			}
			return hold.isEmpty() ? null : hold;
		}
		return null;
	}

	@Override
	public void dragOver(org.eclipse.swt.dnd.DropTargetEvent event) {
		super.dragOver(event);
		event.detail = event.detail == DND.DROP_NONE ? DND.DROP_NONE : DND.DROP_MOVE;
	}
}
