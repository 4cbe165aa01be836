package org.zeren.core.workarea;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The {@link WorkAreaRegistry} as a Declarative Services component: every
 * {@link WorkAreaContribution} service that appears in the framework is added at once, and
 * removed when its bundle stops or is uninstalled (dynamic, multiple reference), with no restart.
 */
@Component(service = WorkAreaRegistry.class, immediate = true)
public class OsgiWorkAreaRegistry extends WorkAreaRegistry {

	/**
	 * Called by SCR for each contribution service.
	 *
	 * @param contribution the service object
	 * @param reference    its service reference, for the contributing bundle's name
	 */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeContribution")
	protected void addContribution(WorkAreaContribution contribution, ServiceReference<WorkAreaContribution> reference) {
		add(contribution, reference.getBundle().getSymbolicName());
	}

	/**
	 * Called by SCR when a contribution service goes away.
	 *
	 * @param contribution the service object given to {@link #addContribution}
	 */
	protected void removeContribution(WorkAreaContribution contribution) {
		remove(contribution);
	}
}
