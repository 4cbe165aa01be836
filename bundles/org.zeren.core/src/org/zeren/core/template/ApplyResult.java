package org.zeren.core.template;

import java.util.List;

import org.zeren.core.workarea.RegistryDiagnostic;
import org.zeren.model.Duty;

/**
 * What applying templates did.
 *
 * @param created     the duties created, in creation order; never null
 * @param linked      how many {@code delegatedFrom} links were set
 * @param unlinked    created duties whose template names an upstream duty that no upstream
 *                    party holds (their chain stops here); never null
 * @param assigned    how many duties were added to plan tasks' {@code assignedDuties}
 * @param diagnostics failures of work-area conditions, isolated; never null
 */
public record ApplyResult(List<Duty> created, int linked, List<Duty> unlinked, int assigned,
		List<RegistryDiagnostic> diagnostics) {

	/** Copies the lists. */
	public ApplyResult {
		created = List.copyOf(created);
		unlinked = List.copyOf(unlinked);
		diagnostics = List.copyOf(diagnostics);
	}
}
