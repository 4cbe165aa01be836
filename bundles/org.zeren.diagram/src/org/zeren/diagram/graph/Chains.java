package org.zeren.diagram.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.zeren.model.Committee;
import org.zeren.model.Duty;
import org.zeren.model.Party;
import org.zeren.model.ResponsibilityModel;

/**
 * Lists the responsibility chains of a model, for exporting all of them at once.
 * <p>
 * <b>Rule.</b> A chain is headed by a duty that implements no other duty ({@code delegatedFrom} is null) and is
 * implemented by at least one duty (a duty on its own is not a chain); duties caught in a delegation cycle have
 * no head, so each such cycle gives one chain headed by its first duty in model order. A chain headed by a
 * committee's duty is split: one chain per duty that directly implements the committee duty, each drawn with the
 * committee duty above it; an implementing duty that nothing implements in turn is left out there (its picture
 * would be two boxes; it is in the committee duty's diagram). A committee's coordinating duty is implemented by
 * every department, so drawing all of it at once gives one picture of the whole district (in the 绿建区 example,
 * one chain of over 500 duties); split at the committee, each department's part of the chain fits a page. The
 * whole chain is still one diagram away: draw the committee duty.
 * <p>
 * Chains are listed in model order (lists in model order, duties in list order).
 */
public final class Chains {

	private static final int MAX_ID_LENGTH = 59; // room for a suffix -2 ... -9999 within 64

	private Chains() {
	}

	/**
	 * @param model  the model; never null
	 * @param locale the language of labels; null means the default locale
	 * @return the chains; never null, empty when no duty implements another
	 */
	public static List<ChainRef> of(ResponsibilityModel model, Locale locale) {
		List<Duty> all = ModelText.duties(model);
		Map<Duty, List<Duty>> delegates = new HashMap<>();
		for (Duty d : all) {
			if (d.getDelegatedFrom() != null) {
				delegates.computeIfAbsent(d.getDelegatedFrom(), k -> new ArrayList<>()).add(d);
			}
		}
		Set<Duty> reached = new HashSet<>();
		Set<Duty> tops = new LinkedHashSet<>();
		for (Duty d : all) {
			if (d.getDelegatedFrom() == null && delegates.containsKey(d)) {
				tops.add(d);
			}
		}
		for (Duty d : all) {
			if (!reached.contains(d) && d.getDelegatedFrom() != null && onCycle(d)) {
				reach(d, delegates, reached);
				tops.add(d);
			}
		}
		Set<String> used = new HashSet<>();
		List<ChainRef> result = new ArrayList<>();
		for (Duty top : all) {
			if (!tops.contains(top)) {
				continue;
			}
			List<Duty> roots = ModelText.holder(top) instanceof Committee
					? delegates.get(top).stream().filter(d -> d != top && delegates.containsKey(d)).toList()
					: List.of(top);
			for (Duty root : roots) {
				String base = id(root);
				String id = base;
				for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
					id = base + "-" + n; // also unique on case-insensitive file systems
				}
				Party holder = ModelText.holder(root);
				String label = ModelText.duty(root, locale) + (holder == null ? "" : "（" + ModelText.party(holder, locale) + "）");
				int above = root == top ? 0 : 1;
				result.add(new ChainRef(id, root, top, DiagramGraph.normalise(label),
						above + reach(root, delegates, new HashSet<>())));
			}
		}
		return result;
	}

	private static int reach(Duty top, Map<Duty, List<Duty>> delegates, Set<Duty> reached) {
		Set<Duty> seen = new HashSet<>(List.of(top));
		Deque<Duty> queue = new ArrayDeque<>(List.of(top));
		while (!queue.isEmpty()) {
			for (Duty d : delegates.getOrDefault(queue.removeFirst(), List.of())) {
				if (seen.add(d)) {
					queue.add(d);
				}
			}
		}
		reached.addAll(seen);
		return seen.size();
	}

	private static boolean onCycle(Duty d) {
		Set<Duty> seen = new HashSet<>();
		for (Duty up = d.getDelegatedFrom(); up != null && seen.add(up); up = up.getDelegatedFrom()) {
			if (up == d) {
				return true;
			}
		}
		return false;
	}

	/** Holder code and duty code, else a name-based hash of the duty's {@code xmi:id}. */
	private static String id(Duty top) {
		Party holder = ModelText.holder(top);
		StringBuilder b = new StringBuilder();
		append(b, holder == null ? null : holder.getCode());
		append(b, top.getCode());
		if (b.isEmpty() || holder == null || ModelText.blank(holder.getCode()) || ModelText.blank(top.getCode())) {
			String hash = UUID.nameUUIDFromBytes(ModelText.key(top).getBytes(StandardCharsets.UTF_8)).toString()
					.substring(0, 8);
			if (b.isEmpty()) {
				b.append("chain");
			}
			b.append('_').append(hash);
		}
		String id = b.toString();
		return id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) : id;
	}

	private static void append(StringBuilder b, String code) {
		if (ModelText.blank(code)) {
			return;
		}
		StringBuilder part = new StringBuilder();
		for (char c : code.strip().toCharArray()) {
			boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.');
			part.append(ok ? c : '-');
		}
		String p = part.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
		if (!p.isEmpty()) {
			if (!b.isEmpty()) {
				b.append('_');
			}
			b.append(p);
		}
	}
}
