package org.zeren.io.plan;

import java.util.List;
import java.util.Objects;

import org.zeren.model.LegalBasis;
import org.zeren.model.WorkArea;
import org.zeren.model.WorkPlan;

/**
 * What {@link PlanImporter#importPlan} added to the model.
 *
 * @param plan       the imported plan, already contained in the model's {@code workPlans}; never null
 * @param encoding   how the file's text was read; never null
 * @param legalBases every distinct document the plan cites in 《》 (in the header, the general
 *                   approach, section titles or tasks), in order of first citation, except the
 *                   plan itself; each is an element of the model's {@code legalBases}, either
 *                   created by this import or found there already (matched by title or
 *                   standard code). Never null, may be empty; unmodifiable
 * @param workAreas  the work areas recognised in at least one task, in order of first
 *                   recognition; each is an element of the model's {@code workAreas}, created by
 *                   this import or found there already (matched by id). Never null, empty when
 *                   the registry has no matching keywords; unmodifiable
 * @param warnings   what was odd in the plan but did not stop the import, in line order (whole
 *                   document warnings, with line 0, last); at most
 *                   {@link PlanImportWarning#MAX_PER_KIND} of one kind, the rest of a kind summed up
 *                   in one {@link PlanImportWarning.Kind#MORE} warning; never null, may be empty;
 *                   unmodifiable
 */
public record PlanImportResult(WorkPlan plan, PlanEncoding encoding, List<LegalBasis> legalBases,
		List<WorkArea> workAreas, List<PlanImportWarning> warnings) {

	/** @throws NullPointerException when a component is null */
	public PlanImportResult {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(encoding, "encoding");
		legalBases = List.copyOf(legalBases);
		workAreas = List.copyOf(workAreas);
		warnings = List.copyOf(warnings);
	}
}
