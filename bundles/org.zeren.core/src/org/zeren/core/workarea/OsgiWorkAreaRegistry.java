package org.zeren.core.workarea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The {@link WorkAreaRegistry} as a Declarative Services component: every
 * {@link WorkAreaContribution} service that appears in the framework is added at once, and
 * removed when its bundle stops or is uninstalled (dynamic, multiple reference), with no restart.
 * <p>
 * Its {@link #diagnostics()} also report, each time they are asked, the plugins the framework holds but that do not
 * work: bundles it refused to resolve because they need another version of Zeren (operation {@code resolution},
 * see {@link IncompatiblePluginException}), and work-area components that failed to activate, e.g. whose
 * constructor threw (operation {@code activation}, from the Service Component Runtime), and the {@code *.jar} files of
 * the plugin folder (framework property {@code felix.fileinstall.dir}) that are not installed because they are no
 * plugin or the framework refused them (operation {@code install}, see {@link UnusablePluginFileException}).
 */
@Component(service = WorkAreaRegistry.class, immediate = true)
public class OsgiWorkAreaRegistry extends WorkAreaRegistry {

	private volatile BundleContext context;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile ServiceComponentRuntime runtime;
	/** The plugin folder's unusable files, remembered while the folder does not change. */
	private final DropinProblems dropins = new DropinProblems();

	/** @param bundleContext the context of org.zeren.core, to look at the other bundles of the framework */
	@Activate
	protected void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	/** Forgets the bundle context. */
	@Deactivate
	protected void deactivate() {
		this.context = null;
	}

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

	/**
	 * @return the diagnostics recorded so far, then one per plugin the framework refused to resolve, one per
	 *         unusable jar file of the plugin folder and one per work-area component that failed to activate, as
	 *         the framework and the folder are now; a snapshot, never null
	 */
	@Override
	public List<RegistryDiagnostic> diagnostics() {
		List<RegistryDiagnostic> result = new ArrayList<>(super.diagnostics());
		BundleContext c = context;
		if (c != null) {
			try {
				result.addAll(PluginProblems.refusedPlugins(c));
				result.addAll(dropins.unusableFiles(c));
			} catch (IllegalStateException e) {
				// the context became invalid while the framework stops: nothing more to report
			}
		}
		ServiceComponentRuntime scr = runtime;
		if (scr != null) {
			result.addAll(failedActivations(scr));
		}
		return result;
	}

	private static List<RegistryDiagnostic> failedActivations(ServiceComponentRuntime scr) {
		List<RegistryDiagnostic> result = new ArrayList<>();
		for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
			if (description.serviceInterfaces == null
					|| !Arrays.asList(description.serviceInterfaces).contains(WorkAreaContribution.class.getName())) {
				continue;
			}
			for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
				if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
					String failure = configuration.failure == null ? "no reason given" : rootCause(configuration.failure);
					result.add(new RegistryDiagnostic(description.bundle.symbolicName, null, "activation",
							new IllegalStateException("component " + description.implementationClass
									+ " failed to activate: " + failure)));
				}
			}
		}
		return result;
	}

	/**
	 * @param stackTrace a stack trace as SCR records it (the reflective call's InvocationTargetException first)
	 * @return its innermost cause, e.g. {@code java.lang.IllegalStateException: database not reachable}
	 */
	private static String rootCause(String stackTrace) {
		String first = stackTrace.lines().findFirst().orElse(stackTrace);
		return stackTrace.lines().map(String::strip).filter(l -> l.startsWith("Caused by: ")).reduce((a, b) -> b)
				.map(l -> l.substring("Caused by: ".length())).orElse(first);
	}
}
