package org.zeren.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.zeren.model.AccountabilityMeasure;
import org.zeren.model.DutyListKind;
import org.zeren.model.Party;
import org.zeren.model.Recurrence;
import org.zeren.model.ZerenPackage;

/**
 * A duty that every party matching a condition must hold, as a work area states it: for
 * example "every enterprise with occupational hazards has its hazard factors tested every
 * year" (《中华人民共和国职业病防治法》第二十六条). Applying templates to a model creates, in the
 * matching party's duty list of {@link #listKind()}, one duty per template with this code
 * (again applying does not duplicate), and links it to the duty of the {@link #upstreamCode()
 * upstream} template held by the nearest upstream party (parent, supervising department or
 * committee) through {@code delegatedFrom}: that is how responsibility chains arise.
 * <p>
 * Instances are immutable; build them with {@link #builder(String)}.
 */
public final class DutyTemplate {

	private final String code;
	private final EClass dutyClass;
	private final DutyListKind listKind;
	private final Predicate<Party> appliesTo;
	private final String appliesToDescription;
	private final String title;
	private final String text;
	private final List<LegalCitation> legalCitations;
	private final Recurrence recurrence;
	private final List<AccountabilityMeasure> accountabilityMeasures;
	private final List<String> requiredEvidence;
	private final String upstreamCode;
	private final String source;
	private final Map<EStructuralFeature, Object> values;

	private DutyTemplate(Builder b) {
		this.code = b.code;
		this.dutyClass = Objects.requireNonNull(b.dutyClass, "dutyClass");
		this.listKind = Objects.requireNonNull(b.listKind, "listKind of " + b.code);
		this.appliesTo = Objects.requireNonNull(b.appliesTo, "appliesTo of " + b.code);
		this.appliesToDescription = Objects.requireNonNull(b.appliesToDescription, "appliesTo of " + b.code);
		this.title = requireText(b.title, "title", b.code);
		this.text = Objects.requireNonNullElse(b.text, "");
		this.legalCitations = List.copyOf(b.legalCitations);
		this.recurrence = Objects.requireNonNullElse(b.recurrence, Recurrence.NONE);
		this.accountabilityMeasures = List.copyOf(b.accountabilityMeasures);
		this.requiredEvidence = List.copyOf(b.requiredEvidence);
		this.upstreamCode = b.upstreamCode;
		this.source = requireText(b.source, "source", b.code);
		if (!ZerenPackage.Literals.DUTY.isSuperTypeOf(dutyClass) || dutyClass.isAbstract()) {
			throw new IllegalArgumentException("template " + code + ": dutyClass must be a concrete subclass of Duty, got "
					+ dutyClass.getName());
		}
		for (Map.Entry<EStructuralFeature, Object> e : b.values.entrySet()) {
			EStructuralFeature f = e.getKey();
			if (!(f instanceof org.eclipse.emf.ecore.EAttribute) || f.isMany() || !f.isChangeable()
					|| !dutyClass.getEAllStructuralFeatures().contains(f)
					|| !f.getEType().isInstance(e.getValue())) {
				throw new IllegalArgumentException("template " + code + ": " + f.getName() + " = " + e.getValue()
						+ " is not a single-valued attribute value of " + dutyClass.getName());
			}
		}
		this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
	}

	private static String requireText(String value, String field, String code) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("template " + code + ": " + field + " is required");
		}
		return value;
	}

	/**
	 * @param code the duty code the template creates, unique across all work areas (prefix it
	 *             with the work area's abbreviation, e.g. {@code OH-E-01}); never blank
	 * @return a builder; {@link Builder#build()} checks that every required field is set
	 */
	public static Builder builder(String code) {
		return new Builder(code);
	}

	/** @return the code of the duty this template creates; never blank */
	public String code() { return code; }

	/** @return the EClass of the created duty: Responsibility, Power, Obligation or a work-area subclass */
	public EClass dutyClass() { return dutyClass; }

	/** @return the kind of the holder's list that receives the duty */
	public DutyListKind listKind() { return listKind; }

	/**
	 * @param party a party of the model; never null
	 * @return whether this party must hold the duty (the condition may throw; callers isolate it)
	 */
	public boolean appliesTo(Party party) { return appliesTo.test(party); }

	/** @return who must hold the duty, in words, e.g. "enterprises with occupational hazards" */
	public String appliesToDescription() { return appliesToDescription; }

	/** @return the duty title (Chinese user text) */
	public String title() { return title; }

	/** @return the full duty text (Chinese user text); empty when the title says it all */
	public String text() { return text; }

	/** @return the legal references the duty rests on, in citation order; never null */
	public List<LegalCitation> legalCitations() { return legalCitations; }

	/** @return how often the duty recurs; {@code NONE} when not set */
	public Recurrence recurrence() { return recurrence; }

	/** @return accountability measures for failing the duty; never null */
	public List<AccountabilityMeasure> accountabilityMeasures() { return accountabilityMeasures; }

	/** @return evidence that shows the duty was done (records, reports...); never null */
	public List<String> requiredEvidence() { return requiredEvidence; }

	/**
	 * @return the code of the template whose duty this one implements (the {@code delegatedFrom}
	 *         link of the responsibility chain), possibly of another work area; null for the
	 *         top of a chain
	 */
	public String upstreamCode() { return upstreamCode; }

	/**
	 * @return further attribute values of the created duty, such as {@code Power.powerKind} or an
	 *         attribute of a work area's own Duty subclass, in the order they were given; never null
	 */
	public Map<EStructuralFeature, Object> values() { return values; }

	/**
	 * @return where the template comes from: law and article, standard clause or plan item,
	 *         e.g. {@code 《职业病防治法》第二十六条; 2017年工作要点第5项}; never blank
	 */
	public String source() { return source; }

	@Override
	public String toString() {
		return code + " " + title;
	}

	/** Builds a {@link DutyTemplate}; not thread-safe. */
	public static final class Builder {
		private final String code;
		private EClass dutyClass = ZerenPackage.Literals.OBLIGATION;
		private DutyListKind listKind;
		private Predicate<Party> appliesTo;
		private String appliesToDescription;
		private String title;
		private String text;
		private final List<LegalCitation> legalCitations = new ArrayList<>();
		private Recurrence recurrence;
		private final List<AccountabilityMeasure> accountabilityMeasures = new ArrayList<>();
		private final List<String> requiredEvidence = new ArrayList<>();
		private String upstreamCode;
		private String source;
		private final Map<EStructuralFeature, Object> values = new LinkedHashMap<>();

		private Builder(String code) {
			this.code = requireText(code, "code", String.valueOf(code));
		}

		/** The EClass of the created duty; default {@code Obligation}. */
		public Builder dutyClass(EClass value) { this.dutyClass = value; return this; }

		/** The list kind that receives the duty (required). */
		public Builder listKind(DutyListKind value) { this.listKind = value; return this; }

		/** Which parties must hold the duty, with a description in words (both required). */
		public Builder appliesTo(String description, Predicate<Party> condition) {
			this.appliesToDescription = description;
			this.appliesTo = condition;
			return this;
		}

		/** The duty title (required). */
		public Builder title(String value) { this.title = value; return this; }

		/** The full duty text. */
		public Builder text(String value) { this.text = value; return this; }

		/** Adds a legal reference. */
		public Builder cites(LegalCitation value) { this.legalCitations.add(Objects.requireNonNull(value)); return this; }

		/** How often the duty recurs. */
		public Builder recurrence(Recurrence value) { this.recurrence = value; return this; }

		/** Adds an accountability measure. */
		public Builder accountability(AccountabilityMeasure value) { this.accountabilityMeasures.add(Objects.requireNonNull(value)); return this; }

		/** Adds a piece of required evidence. */
		public Builder evidence(String value) { this.requiredEvidence.add(Objects.requireNonNull(value)); return this; }

		/** The code of the upstream template (see {@link DutyTemplate#upstreamCode()}). */
		public Builder upstream(String value) { this.upstreamCode = value; return this; }

		/**
		 * Sets a further single-valued attribute of the created duty, e.g.
		 * {@code set(ZerenPackage.Literals.POWER__POWER_KIND, PowerKind.INSPECTION)};
		 * {@link #build()} checks that the duty class has it and that the value fits.
		 */
		public Builder set(EStructuralFeature attribute, Object value) {
			this.values.put(Objects.requireNonNull(attribute), Objects.requireNonNull(value));
			return this;
		}

		/** Where the template comes from (required). */
		public Builder source(String value) { this.source = value; return this; }

		/**
		 * @return the template
		 * @throws IllegalArgumentException or NullPointerException naming the template code and
		 *                                  the missing field
		 */
		public DutyTemplate build() {
			return new DutyTemplate(this);
		}
	}
}
