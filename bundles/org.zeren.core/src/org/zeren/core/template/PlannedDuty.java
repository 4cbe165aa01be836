package org.zeren.core.template;

import java.util.Objects;

import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.workarea.RegisteredWorkArea;
import org.zeren.model.Party;

/**
 * One duty that applying templates would create (a preview row).
 *
 * @param party    the party that would hold the duty; never null
 * @param template the template; never null
 * @param workArea the work area that contributes the template; never null
 */
public record PlannedDuty(Party party, DutyTemplate template, RegisteredWorkArea workArea) {

	/** @throws NullPointerException when a field is null */
	public PlannedDuty {
		Objects.requireNonNull(party, "party");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(workArea, "workArea");
	}
}
