package org.zeren.core.workarea;

import java.util.Objects;

/**
 * A problem with a work-area contribution, e.g. a method that threw. The contribution is
 * isolated; everything else keeps working.
 *
 * @param contributor the bundle symbolic name of the contributing bundle (or the name given
 *                    when the contribution was added by hand, or the file name for operation {@code install});
 *                    never null
 * @param workAreaId  the work area id, or null when even {@code id()} failed
 * @param operation   what was being asked, e.g. {@code activation}, {@code dutyTemplates},
 *                    {@code rule occupational-health.testing}, or {@code resolution} for a plugin the framework
 *                    refused (failure an {@link IncompatiblePluginException}), or {@code install} for a file of the
 *                    plugin folder that is not installed (failure an {@link UnusablePluginFileException}); never
 *                    null
 * @param failure     the exception thrown; never null
 */
public record RegistryDiagnostic(String contributor, String workAreaId, String operation, Throwable failure) {

	/** @throws NullPointerException when a field other than {@code workAreaId} is null */
	public RegistryDiagnostic {
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(failure, "failure");
	}

	/**
	 * @return one line for people: bundle, work area, operation and the failure; for a refused plugin the
	 *         explanation of {@link IncompatiblePluginException} (plugin, versions needed and provided); for an
	 *         unusable file that of {@link UnusablePluginFileException} (file and reason)
	 */
	public String message() {
		if (failure instanceof IncompatiblePluginException || failure instanceof UnusablePluginFileException) {
			return failure.getMessage();
		}
		return "work area " + (workAreaId == null ? "?" : workAreaId) + " from bundle " + contributor + " failed in "
				+ operation + ": " + failure;
	}
}
