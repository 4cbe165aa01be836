package org.zeren.core.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;

/**
 * A responsibility chain runs from an upstream duty down to the duties that implement it, so
 * following {@code delegatedFrom} must end: a cycle means nobody is at the top. Iterative (no
 * recursion), linear in the number of duties, so chains 100k deep neither loop nor overflow
 * the stack. Source: the responsibility chain of 《地方党政领导干部安全生产责任制规定》(2018) 第三条
 * (党政同责、一岗双责、齐抓共管、失职追责): every duty traces back to an accountable body.
 */
final class DelegationCycleRule implements ValidationRule {

	/** At most this many members of a cycle are named in a message. */
	private static final int SHOWN = 8;

	@Override
	public String id() {
		return "core.delegation-cycle";
	}

	@Override
	public String source() {
		return "《地方党政领导干部安全生产责任制规定》(2018) 第三条";
	}

	@Override
	public void check(ValidationContext context) {
		// 0 or absent = not visited, -1 = finished, n > 0 = on the walk numbered n
		Map<Duty, Integer> state = new HashMap<>();
		int walk = 0;
		for (TreeIterator<EObject> it = context.model().eAllContents(); it.hasNext();) {
			if (!(it.next() instanceof Duty start) || state.containsKey(start)) {
				continue;
			}
			walk++;
			List<Duty> path = new ArrayList<>();
			Duty d = start;
			while (d != null && !state.containsKey(d)) {
				state.put(d, walk);
				path.add(d);
				d = d.getDelegatedFrom();
			}
			if (d != null && state.get(d) == walk) {
				report(context, path.subList(path.indexOf(d), path.size()));
			}
			for (Duty p : path) {
				state.put(p, -1);
			}
			if (context.isCancelled()) {
				return;
			}
		}
	}

	private static void report(ValidationContext context, List<Duty> cycle) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < Math.min(SHOWN, cycle.size()); i++) {
			names.append(Labels.of(cycle.get(i))).append(" → ");
		}
		names.append(cycle.size() > SHOWN ? "… (" + cycle.size() + ")" : Labels.of(cycle.get(0)));
		context.report(Severity.ERROR, cycle.get(0), new LocalizedText(
				"责任链成环（delegatedFrom 循环引用）：" + names,
				"responsibility chain forms a cycle (delegatedFrom): " + names));
	}
}
