package org.zeren.io.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.model.StableIds;
import org.zeren.model.ColumnValue;
import org.zeren.model.Duty;
import org.zeren.model.DutyGroup;
import org.zeren.model.DutyList;
import org.zeren.model.LegalReference;
import org.zeren.model.Power;
import org.zeren.model.ZerenFactory;

/**
 * Updating a list of the model from a sheet ({@link SheetImportOptions#update()}): only what the sheet has a column
 * for is compared and copied into the model's duty, so the duty keeps its identifier, its type (a work area's duty
 * type such as an occupational-health hazard-factor duty), its delegation chain and every value the sheet cannot
 * express. A column the sheet has but a row leaves blank clears the value.
 */
final class ListUpdates {

	private ListUpdates() {
	}

	/** One row to apply: the model's duty (null for a row to add), the row's detached duty and the sheet's columns. */
	record Step(Duty existing, Duty row, Set<ColumnRole> roles, Set<String> headings) {
	}

	/** A value the sheet can carry: the roles of its columns, its heading, how to read it and how to copy it. */
	private record Field(Set<ColumnRole> roles, String heading, Function<Duty, Object> value, Copy copy) {
	}

	@FunctionalInterface
	private interface Copy {
		void from(Duty row, Duty to);
	}

	private static final List<Field> FIELDS = List.of(
			new Field(Set.of(ColumnRole.CODE, ColumnRole.SUB_ITEM), "序号", Duty::getCode, (r, d) -> d.setCode(r.getCode())),
			new Field(Set.of(ColumnRole.TITLE, ColumnRole.CONTENT, ColumnRole.SUB_ITEM), "事项名称", Duty::getTitle,
					(r, d) -> d.setTitle(r.getTitle())),
			new Field(Set.of(ColumnRole.CONTENT), "事项内容", Duty::getText,
					(r, d) -> d.setText(r.getText())),
			new Field(Set.of(ColumnRole.POWER_KIND, ColumnRole.CATEGORY), "权力类型",
					d -> d instanceof Power p ? p.getPowerKind() : null, (r, d) -> {
						if (r instanceof Power p && d instanceof Power q) {
							q.setPowerKind(p.getPowerKind());
						}
					}),
			new Field(Set.of(ColumnRole.CATEGORY), "事项类别", Duty::getCategory, (r, d) -> d.setCategory(r.getCategory())),
			new Field(Set.of(ColumnRole.LEGAL_BASIS, ColumnRole.LEGAL_ARTICLE), "法律依据", ListUpdates::references, (r, d) -> {
				d.getLegalReferences().clear();
				d.getLegalReferences().addAll(new ArrayList<>(r.getLegalReferences()));
			}),
			new Field(Set.of(ColumnRole.SUPERVISION_METHOD), "监督方式", Duty::getSupervisionMethod,
					(r, d) -> d.setSupervisionMethod(r.getSupervisionMethod())),
			new Field(Set.of(ColumnRole.DEADLINE), "完成时限", d -> d.getDeadline() + "|" + d.getDeadlineText(), (r, d) -> {
				d.setDeadline(r.getDeadline());
				d.setDeadlineText(r.getDeadlineText());
			}),
			new Field(Set.of(ColumnRole.RECURRENCE), "履职频次", Duty::getRecurrence, (r, d) -> d.setRecurrence(r.getRecurrence())),
			new Field(Set.of(ColumnRole.ACCOUNTABILITY_CASES), "追责情形", Duty::getAccountabilityCases,
					(r, d) -> d.setAccountabilityCases(r.getAccountabilityCases())),
			new Field(Set.of(ColumnRole.ACCOUNTABILITY_MEASURES), "问责方式", d -> List.copyOf(d.getAccountabilityMeasures()), (r, d) -> {
				d.getAccountabilityMeasures().clear();
				d.getAccountabilityMeasures().addAll(r.getAccountabilityMeasures());
			}),
			new Field(Set.of(ColumnRole.EVIDENCE), "履职记录", d -> List.copyOf(d.getRequiredEvidence()), (r, d) -> {
				d.getRequiredEvidence().clear();
				d.getRequiredEvidence().addAll(r.getRequiredEvidence());
			}),
			new Field(Set.of(ColumnRole.SUPERVISING_PARTY), "监督主体", d -> List.copyOf(d.getSupervisingParties()), (r, d) -> {
				d.getSupervisingParties().clear();
				d.getSupervisingParties().addAll(r.getSupervisingParties());
			}),
			new Field(Set.of(ColumnRole.WORK_AREA), "工作领域", d -> d.getWorkArea() == null ? null : d.getWorkArea().getId(),
					(r, d) -> d.setWorkArea(r.getWorkArea())),
			new Field(Set.of(ColumnRole.REMARKS), "备注", Duty::getDescription, (r, d) -> d.setDescription(r.getDescription())));

	/**
	 * @return the references of a duty as basis (the object, not its text: a row citing another basis under the same
	 *         printed name re-points the references and is a change), article, paragraph, item and note; never null
	 */
	private static List<List<Object>> references(Duty d) {
		return d.getLegalReferences().stream()
				.map(r -> Arrays.<Object>asList(r.getBasis(), r.getArticle(), r.getParagraph(), r.getItem(), r.getNote()))
				.toList();
	}

	/**
	 * @return the headings of the values the row would change in the duty, in column order; empty when none
	 */
	static List<String> changes(Duty existing, Duty row, Set<ColumnRole> roles, Set<String> headings) {
		List<String> result = new ArrayList<>();
		for (Field f : FIELDS) {
			if (f.roles().stream().anyMatch(roles::contains) && !Objects.equals(f.value().apply(existing), f.value().apply(row))) {
				result.add(f.heading());
			}
		}
		if (!kept(existing, headings).equals(kept(row, headings))) {
			result.add("其他列");
		}
		return result;
	}

	/** @return the other columns of a duty under the sheet's headings, as {@code heading=value} texts */
	private static List<String> kept(Duty d, Set<String> headings) {
		return d.getOtherColumns().stream().filter(c -> headings.contains(c.getHeading()))
				.map(c -> c.getHeading() + "=" + c.getValue()).toList();
	}

	/**
	 * Changes the model: updates the matched duties, adds the others (in the grouping their row was under, found by
	 * number and title or made), and removes the given missing duties (and references to them).
	 *
	 * @param list    the list of the model; never null
	 * @param matched steps with an existing duty; never null
	 * @param added   steps without one; never null
	 * @param paths   the grouping path of each added step, in the same order; never null
	 * @param remove  the duties to remove; never null, may be empty
	 */
	static void apply(DutyList list, List<Step> matched, List<Step> added, List<List<ParsedSheet.GroupRow>> paths,
			List<Duty> remove) {
		String listId = idOf(list);
		for (Step s : matched) {
			Duty d = s.existing();
			for (Field f : FIELDS) {
				if (f.roles().stream().anyMatch(s.roles()::contains)) {
					f.copy().from(s.row(), d);
				}
			}
			d.getOtherColumns().removeIf(c -> s.headings().contains(c.getHeading()));
			d.getOtherColumns().addAll(new ArrayList<>(s.row().getOtherColumns()));
			ids(d, idOf(d));
		}
		for (int i = 0; i < added.size(); i++) {
			Duty d = added.get(i).row();
			d.setGroup(group(list, listId, paths.get(i)));
			list.getDuties().add(d);
			StableIds.assign(d, "dutylist", listId, "added", String.valueOf(d.getCode()), String.valueOf(d.getTitle()));
			ids(d, idOf(d));
		}
		for (Duty d : remove) {
			EcoreUtil.delete(d, true);
		}
	}

	private static void ids(Duty d, String dutyId) {
		int i = 0;
		for (LegalReference r : d.getLegalReferences()) {
			StableIds.assign(r, "duty", dutyId, "ref", Integer.toString(++i), String.valueOf(r.getBasis().getTitle()));
		}
		i = 0;
		for (ColumnValue c : d.getOtherColumns()) {
			StableIds.assign(c, "duty", dutyId, "column", Integer.toString(++i), c.getHeading());
		}
	}

	private static DutyGroup group(DutyList list, String listId, List<ParsedSheet.GroupRow> path) {
		DutyGroup parent = null;
		StringBuilder key = new StringBuilder();
		for (ParsedSheet.GroupRow g : path) {
			key.append(g.number()).append(':').append(g.title()).append('/');
			List<DutyGroup> siblings = parent == null ? list.getGroups() : parent.getSubgroups();
			DutyGroup found = null;
			for (DutyGroup s : siblings) {
				if (Objects.equals(s.getNumber(), g.number()) && Objects.equals(s.getTitle(), g.title())) {
					found = s;
					break;
				}
			}
			if (found == null) {
				found = ZerenFactory.eINSTANCE.createDutyGroup();
				found.setNumber(g.number());
				found.setTitle(g.title());
				siblings.add(found);
				StableIds.assign(found, "dutylist", listId, "added group", key.toString());
			}
			parent = found;
		}
		return parent;
	}

	/**
	 * @return the number of duties of the list whose type belongs to a package that is not installed (kept by the
	 *         model store in the list's extension, not in {@link DutyList#getDuties()})
	 */
	static int unknownDuties(DutyList list) {
		if (!(list.eResource() instanceof XMLResource x) || x.getEObjectToExtensionMap().get(list) == null) {
			return 0;
		}
		int n = 0;
		for (org.eclipse.emf.ecore.util.FeatureMap.Entry e : x.getEObjectToExtensionMap().get(list).getMixed()) {
			if ("duties".equals(e.getEStructuralFeature().getName()) && e.getValue() instanceof EObject) {
				n++;
			}
		}
		return n;
	}

	private static String idOf(EObject o) {
		if (o.eResource() instanceof XMLResource x) {
			String id = x.getID(o);
			if (id != null) {
				return id;
			}
		}
		return String.valueOf(EcoreUtil.getURI(o));
	}

}
