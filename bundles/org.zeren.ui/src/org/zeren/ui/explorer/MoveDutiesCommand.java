package org.zeren.ui.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.ui.Messages;

/**
 * Moves duties into a list at an index (reordering within one list and moving between lists alike), undoably: undo
 * puts every duty back into its former list at its former position.
 * <p>
 * Our own command rather than EMF's Remove + Add in a compound: the add of a duty to the list that still holds it
 * cannot be prepared before the remove has run, and the per-owner removes of a mixed selection made undo order
 * fragile; this records exactly what it changes.
 */
public class MoveDutiesCommand extends AbstractCommand {

	private record Origin(Duty duty, DutyList list, int index) {
	}

	private final List<Duty> duties;
	private final DutyList target;
	private final int index;
	private final List<Origin> origins = new ArrayList<>();

	/**
	 * @param duties the duties to move, in the order they get in the target; each must be in a list
	 * @param target the list they go to
	 * @param index  their position in the target once they are removed from it (0 = first)
	 */
	public MoveDutiesCommand(List<Duty> duties, DutyList target, int index) {
		super(Messages.Explorer_moveDuties);
		this.duties = List.copyOf(duties);
		this.target = target;
		this.index = index;
	}

	@Override
	protected boolean prepare() {
		if (duties.isEmpty() || target == null || duties.stream().anyMatch(d -> d.getList() == null)) {
			return false;
		}
		long remaining = target.getDuties().stream().filter(d -> !duties.contains(d)).count();
		return index >= 0 && index <= remaining;
	}

	@Override
	public void execute() {
		origins.clear();
		for (Duty d : duties) {
			origins.add(new Origin(d, d.getList(), d.getList().getDuties().indexOf(d)));
		}
		redo();
	}

	@Override
	public void redo() {
		for (Duty d : duties) {
			d.getList().getDuties().remove(d);
		}
		target.getDuties().addAll(index, duties);
	}

	@Override
	public void undo() {
		target.getDuties().removeAll(duties);
		// back in ascending position per list, so every recorded index is valid when it is used
		List<Origin> ordered = new ArrayList<>(origins);
		ordered.sort(Comparator.comparingInt(Origin::index));
		for (Origin o : ordered) {
			o.list().getDuties().add(Math.min(o.index(), o.list().getDuties().size()), o.duty());
		}
	}

	@Override
	public java.util.Collection<?> getAffectedObjects() {
		return duties;
	}
}
