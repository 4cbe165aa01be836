package org.zeren.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Obligation;
import org.zeren.model.Party;
import org.zeren.model.PlanSection;
import org.zeren.model.PlanTask;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.Power;
import org.zeren.model.Responsibility;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.WorkPlan;

/**
 * Counts of a model for {@code zeren info}: parties by kind, duty lists by kind, duties by kind, legal bases,
 * work plans with their sections and tasks, supervision links, and the longest responsibility chain
 * ({@code delegatedFrom}).
 *
 * @param committees          number of committees
 * @param departments         number of departments
 * @param supervisory         number of departments with {@code supervisory = true}
 * @param enterprises         number of production and business entities
 * @param posts               number of posts by kind (every kind present, 0 when none)
 * @param lists               number of duty lists by kind (every kind present)
 * @param responsibilities    number of {@code Responsibility} duties
 * @param powers              number of {@code Power} duties
 * @param obligations         number of {@code Obligation} duties
 * @param otherDuties         number of duties of other classes (work-area subclasses of {@code Duty} that extend
 *                            none of the three)
 * @param legalBases          number of legal bases
 * @param workPlans           number of work plans
 * @param sections            number of plan sections of all plans
 * @param tasks               number of plan tasks of all plans, subtasks included
 * @param supervisions        number of {@code Supervision} elements
 * @param supervisedPairs     number of (department, enterprise) pairs they link
 * @param longestChain        the longest {@code delegatedFrom} chain, from its top duty down to the duty that
 *                            delegates last; empty when the model has no duty; never null. {@link #print} shows at most its first
 *                            {@value #CHAIN_HEAD} and last {@value #CHAIN_TAIL} links
 */
public record ModelSummary(int committees, int departments, int supervisory, int enterprises, Map<PostKind, Integer> posts,
		Map<DutyListKind, Integer> lists, int responsibilities, int powers, int obligations, int otherDuties,
		int legalBases, int workPlans, int sections, int tasks, int supervisions, int supervisedPairs,
		List<Duty> longestChain) {

	/**
	 * @param model a model; never null
	 * @return its summary; never null
	 */
	public static ModelSummary of(ResponsibilityModel model) {
		int committees = 0;
		int departments = 0;
		int supervisory = 0;
		int enterprises = 0;
		Map<PostKind, Integer> posts = new EnumMap<>(PostKind.class);
		for (PostKind k : PostKind.values()) {
			posts.put(k, 0);
		}
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (!(o instanceof Party)) {
				it.prune();
			} else if (o instanceof Committee) {
				committees++;
			} else if (o instanceof Department d) {
				departments++;
				supervisory += d.isSupervisory() ? 1 : 0;
			} else if (o instanceof Enterprise) {
				enterprises++;
			} else if (o instanceof Post p) {
				posts.merge(p.getKind(), 1, Integer::sum);
			}
		}
		Map<DutyListKind, Integer> lists = new EnumMap<>(DutyListKind.class);
		for (DutyListKind k : DutyListKind.values()) {
			lists.put(k, 0);
		}
		int responsibilities = 0;
		int powers = 0;
		int obligations = 0;
		int other = 0;
		List<Duty> duties = new ArrayList<>();
		for (DutyList l : model.getDutyLists()) {
			lists.merge(l.getKind(), 1, Integer::sum);
			for (Duty d : l.getDuties()) {
				duties.add(d);
				if (d instanceof Responsibility) {
					responsibilities++;
				} else if (d instanceof Power) {
					powers++;
				} else if (d instanceof Obligation) {
					obligations++;
				} else {
					other++;
				}
			}
		}
		int sections = 0;
		int tasks = 0;
		for (WorkPlan p : model.getWorkPlans()) {
			sections += p.getSections().size();
			for (PlanSection s : p.getSections()) {
				for (PlanTask t : s.getTasks()) {
					tasks += countTasks(t);
				}
			}
		}
		int pairs = 0;
		for (Supervision s : model.getSupervisions()) {
			pairs += s.getSupervised().size();
		}
		return new ModelSummary(committees, departments, supervisory, enterprises, posts, lists, responsibilities, powers,
				obligations, other, model.getLegalBases().size(), model.getWorkPlans().size(), sections, tasks,
				model.getSupervisions().size(), pairs, longestChain(duties));
	}

	/** @return 1 for the task plus its subtasks, recursively */
	static int countTasks(PlanTask t) {
		int n = 1;
		for (PlanTask sub : t.getSubtasks()) {
			n += countTasks(sub);
		}
		return n;
	}

	/**
	 * The longest delegatedFrom path (top first); a cycle is cut where it closes. First found wins a tie. Linear in
	 * the number of duties: the length of the path from each duty is computed once (a chain of 50,000 links must not
	 * be walked 50,000 times).
	 */
	static List<Duty> longestChain(List<Duty> duties) {
		Map<Duty, Integer> length = new HashMap<>();
		Duty bestStart = null;
		int best = 0;
		for (Duty d : duties) {
			int n = chainLength(d, length);
			if (n > best) {
				best = n;
				bestStart = d;
			}
		}
		List<Duty> chain = new ArrayList<>(best);
		Set<Duty> seen = new HashSet<>();
		for (Duty c = bestStart; c != null && seen.add(c); c = c.getDelegatedFrom()) {
			chain.add(c);
		}
		Collections.reverse(chain);
		return List.copyOf(chain);
	}

	/**
	 * @return the number of distinct duties on the delegatedFrom path from {@code start} (itself included), memoised
	 *         in {@code length}; a duty on a cycle counts the duties of the cycle
	 */
	private static int chainLength(Duty start, Map<Duty, Integer> length) {
		Integer known = length.get(start);
		if (known != null) {
			return known;
		}
		List<Duty> path = new ArrayList<>();
		Map<Duty, Integer> onPath = new HashMap<>();
		Duty c = start;
		int tail = 0; // the length known beyond the end of the path
		while (c != null) {
			Integer k = length.get(c);
			if (k != null) {
				tail = k;
				break;
			}
			Integer at = onPath.putIfAbsent(c, path.size());
			if (at != null) {
				// a cycle path[at..end]: each of its duties reaches exactly the duties of the cycle
				int cycle = path.size() - at;
				for (int i = at; i < path.size(); i++) {
					length.put(path.get(i), cycle);
				}
				tail = cycle;
				path.subList(at, path.size()).clear();
				break;
			}
			path.add(c);
			c = c.getDelegatedFrom();
		}
		for (int i = path.size() - 1; i >= 0; i--) {
			tail++;
			length.put(path.get(i), tail);
		}
		return length.get(start);
	}

	/** @return the number of parties of every kind */
	public int parties() {
		return committees + departments + enterprises + posts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** @return the number of duties of every kind */
	public int duties() {
		return responsibilities + powers + obligations + otherDuties;
	}

	/** @return the number of duty lists of every kind */
	public int dutyLists() {
		return lists.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Prints the summary for people, in the user's language.
	 *
	 * @param out where to print; never null
	 */
	public void print(PrintWriter out) {
		out.println(NLS.bind(Messages.infoParties, new Object[] { parties(), committees, departments, supervisory,
				enterprises }));
		out.println(NLS.bind(Messages.infoPosts, new Object[] { posts.values().stream().mapToInt(Integer::intValue).sum(),
				posts.get(PostKind.PRINCIPAL_LEADER), posts.get(PostKind.SAFETY_MANAGER),
				posts.get(PostKind.SPECIAL_OPERATIONS), posts.get(PostKind.OTHER) }));
		out.println(NLS.bind(Messages.infoLists, new Object[] { dutyLists(), lists.get(DutyListKind.POWER_LIST),
				lists.get(DutyListKind.RESPONSIBILITY_LIST), lists.get(DutyListKind.PRIMARY_RESPONSIBILITY_LIST),
				lists.get(DutyListKind.POST_DUTY_LIST) }));
		out.println(NLS.bind(Messages.infoDuties, new Object[] { duties(), responsibilities, powers, obligations,
				otherDuties }));
		out.println(NLS.bind(Messages.infoLegalBases, legalBases));
		out.println(NLS.bind(Messages.infoPlans, new Object[] { workPlans, sections, tasks }));
		out.println(NLS.bind(Messages.infoSupervisions, supervisions, supervisedPairs));
		out.println(NLS.bind(Messages.infoChain, longestChain.size()));
		int n = longestChain.size();
		for (int i = 0; i < n; i++) {
			if (n > CHAIN_HEAD + CHAIN_TAIL && i == CHAIN_HEAD) {
				int skipped = n - CHAIN_HEAD - CHAIN_TAIL;
				out.println("  " + "  ".repeat(Math.min(i, MAX_INDENT)) + NLS.bind(Messages.infoChainMore, skipped));
				i = n - CHAIN_TAIL;
			}
			out.println("  " + "  ".repeat(Math.min(i, MAX_INDENT)) + (i == 0 ? "" : "└ ") + Labels.of(longestChain.get(i)));
		}
	}

	/** How many links of the longest chain {@link #print} shows from its top: {@value}. */
	static final int CHAIN_HEAD = 5;
	/** How many links of the longest chain {@link #print} shows at its bottom: {@value}. */
	static final int CHAIN_TAIL = 2;
	/** The deepest indentation of a chain link, in steps of two spaces: {@value}. */
	static final int MAX_INDENT = CHAIN_HEAD + 1;
}
