package org.zeren.core.workarea;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Finds installed plugins that the framework refused to resolve because they need a Zeren they were not built for:
 * bundles in state {@code INSTALLED} that import a package of Zeren ({@code org.zeren.*}) or require a Zeren bundle
 * in a version range that no installed bundle satisfies, e.g. a plugin built for SPI 2.x
 * ({@code org.zeren.core.spi;version="[2.0,3.0)"}) in a Zeren that provides 1.0.0.
 * <p>
 * Stateless; reads the framework each time it is asked.
 */
final class PluginProblems {

	private static final String ZEREN = "org.zeren.";
	private static final Pattern NAME = Pattern.compile("\\((?:osgi\\.wiring\\.package|osgi\\.wiring\\.bundle)=([^)]+)\\)");
	private static final Pattern FLOOR = Pattern.compile("\\((?:version|bundle-version)>=([^)]+)\\)");
	private static final Pattern CEILING = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");
	private static final Pattern EXACT_FLOOR = Pattern.compile("\\(!\\((?:version|bundle-version)<=([^)]+)\\)\\)");

	private PluginProblems() {
	}

	/**
	 * @param context any bundle context of the framework; never null
	 * @return one diagnostic (operation {@code resolution}, failure an {@link IncompatiblePluginException}) per
	 *         refused plugin, sorted by symbolic name; never null
	 */
	static List<RegistryDiagnostic> refusedPlugins(BundleContext context) {
		Bundle[] bundles = context.getBundles();
		FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
		Map<String, RegistryDiagnostic> result = new TreeMap<>();
		for (Bundle bundle : bundles) {
			if (bundle.getState() != Bundle.INSTALLED) {
				continue;
			}
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision == null) {
				continue;
			}
			List<String> unmet = new ArrayList<>();
			for (String namespace : new String[] { PackageNamespace.PACKAGE_NAMESPACE, BundleNamespace.BUNDLE_NAMESPACE }) {
				for (BundleRequirement requirement : revision.getDeclaredRequirements(namespace)) {
					String filter = requirement.getDirectives().get("filter");
					String name = match(NAME, filter);
					if (name == null || !name.startsWith(ZEREN) || isOptional(requirement)) {
						continue;
					}
					Collection<BundleCapability> providers = wiring.findProviders(requirement);
					if (providers.isEmpty()) {
						unmet.add(describe(namespace, name, filter, bundles));
					}
				}
			}
			if (!unmet.isEmpty()) {
				String bsn = String.valueOf(bundle.getSymbolicName());
				String message = "plugin " + bsn + " " + bundle.getVersion() + " (" + bundle.getLocation()
						+ ") is not compatible with this Zeren and was not started: " + String.join("; ", unmet);
				result.put(bsn + " " + bundle.getBundleId(),
						new RegistryDiagnostic(bsn, null, "resolution", new IncompatiblePluginException(message)));
			}
		}
		return List.copyOf(result.values());
	}

	private static boolean isOptional(BundleRequirement requirement) {
		return "optional".equals(requirement.getDirectives().get("resolution"));
	}

	/** e.g. "it needs package org.zeren.core.spi [2.0.0,3.0.0), this Zeren provides 1.0.0" */
	private static String describe(String namespace, String name, String filter, Bundle[] bundles) {
		boolean isPackage = PackageNamespace.PACKAGE_NAMESPACE.equals(namespace);
		List<String> provided = new ArrayList<>();
		for (Bundle b : bundles) {
			BundleRevision r = b.adapt(BundleRevision.class);
			if (r == null || b.getState() == Bundle.INSTALLED) {
				continue;
			}
			for (BundleCapability c : r.getDeclaredCapabilities(namespace)) {
				if (name.equals(c.getAttributes().get(namespace))) {
					Object v = c.getAttributes().get(isPackage ? PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE
							: BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE);
					provided.add(String.valueOf(v));
				}
			}
		}
		String floor = match(FLOOR, filter);
		String exclusiveFloor = match(EXACT_FLOOR, filter);
		String ceiling = match(CEILING, filter);
		String range;
		if (floor == null && exclusiveFloor == null && ceiling == null) {
			range = "any version";
		} else {
			range = (exclusiveFloor != null ? "(" + exclusiveFloor : "[" + (floor == null ? "0.0.0" : floor)) + ","
					+ (ceiling == null ? "∞)" : ceiling + ")");
		}
		return "it needs " + (isPackage ? "package " : "bundle ") + name + " " + range + ", this Zeren provides "
				+ (provided.isEmpty() ? "none" : String.join(", ", provided));
	}

	private static String match(Pattern pattern, String filter) {
		if (filter == null) {
			return null;
		}
		Matcher m = pattern.matcher(filter);
		return m.find() ? m.group(1) : null;
	}
}
