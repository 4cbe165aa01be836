package org.zeren.core.workarea;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EPackage;
import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * The installed work areas. Thread-safe. Fault-isolating: whatever a contribution throws
 * becomes a {@link RegistryDiagnostic} naming its bundle, and the other contributions carry on.
 * <p>
 * While a work area is registered its {@linkplain WorkAreaContribution#ePackages() EPackages}
 * are in the global {@link EPackage.Registry#INSTANCE}, so models that use them load; removing
 * the work area takes them out again (a model store then keeps such content as unknown content).
 */
public class WorkAreaRegistry {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** Notified after each change of the registry, on the thread that made it. */
	@FunctionalInterface
	public interface Listener {
		/** @param registry the registry that changed; never null */
		void changed(WorkAreaRegistry registry);
	}

	private final Map<WorkAreaContribution, Entry> entries = Collections.synchronizedMap(new IdentityHashMap<>());
	private final List<RegistryDiagnostic> diagnostics = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private record Entry(RegisteredWorkArea workArea, List<EPackage> packages) {
	}

	/**
	 * Adds a contribution. Its id, name, colour and EPackages are read now; if any of them throws
	 * or is invalid, or another work area already has this id, the contribution is refused and a
	 * diagnostic recorded.
	 *
	 * @param contribution the contribution; never null
	 * @param contributor  the contributing bundle's symbolic name (or any name outside OSGi); never null
	 * @return whether the work area was accepted
	 */
	public boolean add(WorkAreaContribution contribution, String contributor) {
		String id = null;
		RegisteredWorkArea workArea;
		List<EPackage> packages;
		try {
			id = contribution.id();
			if (id == null || !ID.matcher(id).matches()) {
				throw new IllegalArgumentException("invalid work area id '" + id + "': use lower-case words joined by hyphens");
			}
			LocalizedText name = contribution.name();
			String colour = contribution.colour();
			if (name == null || colour == null || !COLOUR.matcher(colour).matches()) {
				throw new IllegalArgumentException("work area " + id + " needs a name and a #RRGGBB colour, got " + name
						+ ", " + colour);
			}
			packages = List.copyOf(contribution.ePackages());
			workArea = new RegisteredWorkArea(id, name, colour, contributor, contribution);
		} catch (RuntimeException | LinkageError e) {
			diagnostics.add(new RegistryDiagnostic(contributor, id, "activation", e));
			fireChanged();
			return false;
		}
		synchronized (entries) {
			for (Entry other : entries.values()) {
				if (other.workArea().id().equals(id)) {
					diagnostics.add(new RegistryDiagnostic(contributor, id, "activation", new IllegalStateException(
							"work area id " + id + " is already contributed by " + other.workArea().contributor())));
					fireChanged();
					return false;
				}
			}
			for (EPackage p : packages) {
				EPackage.Registry.INSTANCE.put(p.getNsURI(), p);
			}
			entries.put(contribution, new Entry(workArea, packages));
		}
		fireChanged();
		return true;
	}

	/**
	 * Removes a contribution and unregisters its EPackages; does nothing if it was not added.
	 *
	 * @param contribution the contribution given to {@link #add}; never null
	 */
	public void remove(WorkAreaContribution contribution) {
		Entry removed = entries.remove(contribution);
		if (removed != null) {
			for (EPackage p : removed.packages()) {
				EPackage.Registry.INSTANCE.remove(p.getNsURI(), p);
			}
			fireChanged();
		}
	}

	/** @return the registered work areas sorted by id; a snapshot, never null */
	public List<RegisteredWorkArea> workAreas() {
		List<RegisteredWorkArea> result = new ArrayList<>();
		synchronized (entries) {
			entries.values().forEach(e -> result.add(e.workArea()));
		}
		result.sort((a, b) -> a.id().compareTo(b.id()));
		return result;
	}

	/**
	 * @param id a work area id
	 * @return the registered work area with this id, or null
	 */
	public RegisteredWorkArea find(String id) {
		return workAreas().stream().filter(w -> w.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * Collects the duty templates of every work area, in work-area id order. A work area whose
	 * {@code dutyTemplates()} throws contributes none and gets a diagnostic.
	 *
	 * @return templates by work area; never null
	 */
	public Map<RegisteredWorkArea, List<DutyTemplate>> dutyTemplates() {
		return collect("dutyTemplates", WorkAreaContribution::dutyTemplates);
	}

	/**
	 * Collects the validation rules of every work area (see {@link #dutyTemplates()} for failures).
	 *
	 * @return rules by work area; never null
	 */
	public Map<RegisteredWorkArea, List<ValidationRule>> validationRules() {
		return collect("validationRules", WorkAreaContribution::validationRules);
	}

	/**
	 * Collects the plan keywords of every work area (see {@link #dutyTemplates()} for failures).
	 *
	 * @return keywords by work area; never null
	 */
	public Map<RegisteredWorkArea, List<String>> keywords() {
		return collect("keywords", WorkAreaContribution::keywords);
	}

	private <T> Map<RegisteredWorkArea, List<T>> collect(String operation,
			Function<WorkAreaContribution, List<T>> getter) {
		Map<RegisteredWorkArea, List<T>> result = new LinkedHashMap<>();
		for (RegisteredWorkArea w : workAreas()) {
			try {
				result.put(w, List.copyOf(getter.apply(w.contribution())));
			} catch (RuntimeException | LinkageError e) {
				report(new RegistryDiagnostic(w.contributor(), w.id(), operation, e));
			}
		}
		return result;
	}

	/**
	 * Records a failure of a contribution found by a caller (e.g. a rule that threw).
	 *
	 * @param diagnostic the diagnostic; never null
	 */
	public void report(RegistryDiagnostic diagnostic) {
		diagnostics.add(diagnostic);
	}

	/** @return every diagnostic recorded so far, oldest first; a snapshot, never null */
	public List<RegistryDiagnostic> diagnostics() {
		return List.copyOf(diagnostics);
	}

	/** @param listener notified after every add or remove; never null */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener a listener given to {@link #addListener}; ignored when unknown */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		for (Listener l : listeners) {
			try {
				l.changed(this);
			} catch (RuntimeException e) {
				// a broken listener must not stop the others or the registration itself
				diagnostics.add(new RegistryDiagnostic("listener", null, "change notification", e));
			}
		}
	}
}
