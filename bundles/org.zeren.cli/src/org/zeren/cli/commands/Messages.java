package org.zeren.cli.commands;

import org.eclipse.osgi.util.NLS;

/**
 * The messages of the command line, in the JVM's locale: {@code messages_zh.properties} for any Chinese locale,
 * {@code messages.properties} (English) otherwise. Eclipse NLS: each field is filled once, when the class is
 * loaded; bind arguments with {@link NLS#bind(String, Object)}. The texts of the model (names, duty titles) are
 * user text and never translated.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.zeren.cli.commands.messages";

	/** error: {0} */
	public static String usageError;

	/** Run "{0} --help" for usage. */
	public static String usageHint;

	/** unknown command '{0}' */
	public static String unknownCommand;

	/** Did you mean: {0}? */
	public static String didYouMean;

	/** Commands: {0} */
	public static String commandList;

	/** internal error: {0} */
	public static String internalError;

	/** Zeren cannot start: the service {0} did not appear within {1} ms. Is Declarative Services (org.apache.felix.scr) installed and started? */
	public static String servicesMissing;

	/** {0}: the file does not exist */
	public static String fileNotFound;

	/** {0}: not a readable file */
	public static String fileNotReadable;

	/** cannot read the model: {0} */
	public static String cannotLoad;

	/** cannot save the model: {0} */
	public static String cannotSave;

	/** cannot import the plan: {0} */
	public static String cannotImport;

	/** -o {0}: this is the plan, an input of this command; writing the model there would destroy it; ... */
	public static String outputIsInput;

	/** -o {0}: this is the spreadsheet being imported; writing the model there would destroy it; ... */
	public static String outputIsSheet;

	/** -o {0}: this is the mapping file of the import; writing the model there would destroy it; ... */
	public static String outputIsMapping;

	/** -o {0}: this is the model being exported; writing the spreadsheet there would destroy it; ... */
	public static String outputIsExportedModel;

	/** warning: {0} */
	public static String loadWarning;

	/** work-area warning: {0} */
	public static String registryDiagnostic;

	/** Saved {0} */
	public static String saved;

	/** line {0} */
	public static String lineNumber;

	/** no party has the code, name or short name "{0}" in {1} */
	public static String unknownParty;

	/** ERROR */
	public static String severityError;

	/** WARNING */
	public static String severityWarning;

	/** INFO */
	public static String severityInfo;

	/** (the whole model) */
	public static String wholeModel;

	/** source: {0}; rule from {1} */
	public static String findingSource;

	/** {0}: errors {1}, warnings {2}, infos {3} */
	public static String validateSummary;

	/** Installed work areas: {0} */
	public static String workAreasCount;

	/** bundle {0} */
	public static String workAreaBundle;

	/** templates ({0}): {1} */
	public static String workAreaTemplates;

	/** rules ({0}): {1} */
	public static String workAreaRules;

	/** keywords ({0}): {1} */
	public static String workAreaKeywords;

	/** Registry diagnostics: {0} */
	public static String workAreasDiagnostics;

	/** Model {0} ({1}) */
	public static String infoModel;

	/** Parties: {0} (committees {1}, departments {2} of which supervisory {3}, enterprises {4}, posts below) */
	public static String infoParties;

	/** Posts: {0} (principal leaders {1}, safety managers {2}, special operations {3}, other {4}) */
	public static String infoPosts;

	/** Duty lists: {0} (power lists {1}, responsibility lists {2}, primary-responsibility lists {3}, post duty lists {4}) */
	public static String infoLists;

	/** Duties: {0} (responsibilities {1}, powers {2}, obligations {3}, other {4}) */
	public static String infoDuties;

	/** Legal bases: {0} */
	public static String infoLegalBases;

	/** Work plans: {0} (sections {1}, tasks {2}) */
	public static String infoPlans;

	/** Supervision relations: {0} (department-enterprise links {1}) */
	public static String infoSupervisions;

	/** Longest responsibility chain (delegatedFrom): {0} */
	public static String infoChain;

	/** … {0} more … (links of a long chain not shown) */
	public static String infoChainMore;

	/** Plan: {0} ({1}) */
	public static String importPlan;

	/** Found sections {0}, items {1}, cited documents {2}, work areas {3} */
	public static String importCounts;

	/** Encoding: {0} */
	public static String importEncoding;

	/** Documents: {0} */
	public static String importDocuments;

	/** Work areas: {0} */
	public static String importWorkAreas;

	/** Warnings: {0} */
	public static String importWarnings;

	/** Duties created {0}: {1} linked, {2} at the top of their chain, {3} whose upstream duty was not found; plan-task assignments {4} */
	public static String applyResult;
	/** Duties of earlier runs linked to their upstream duty: {0} */
	public static String applyEarlierLinked;

	/** {0}: the model contains elements of work areas that are not installed: {1}. ... Nothing was changed. */
	public static String applyUnknownContent;

	/** warning: the model contains elements of work areas that are not installed ({0}); ... */
	public static String applyUnknownContentDryRun;

	/** chain stops at {0}: no upstream party holds its upstream duty */
	public static String applyUnlinked;

	/** Duties that would be created: {0} (dry run: nothing saved) */
	public static String applyDryRun;

	/** 1. Import the plan {0} into the organisation {1} */
	public static String exampleStepImport;

	/** 2. Apply the templates of the installed work areas ({0}) */
	public static String exampleStepApply;

	/** 3. Summary of {0} */
	public static String exampleStepSummary;

	/** Run "zeren validate {0}" to see the findings. */
	public static String exampleValidateHint;

	/** --id {0}: use lower-case words joined by hyphens, e.g. fire-safety */
	public static String newWorkAreaBadId;

	/** --package {0}: use a Java package name of at least two parts, e.g. org.example.firesafety */
	public static String newWorkAreaBadPackage;

	/** --colour {0}: use #RRGGBB, e.g. #C62828 */
	public static String newWorkAreaBadColour;

	/** --name-zh and --name-en must not be blank or contain a double quote */
	public static String newWorkAreaBadName;

	/** {0}: the folder exists and is not empty; choose a new folder */
	public static String newWorkAreaFolderExists;

	/** Wrote the work-area plugin skeleton into {0}. Build it with: mvn -Dzeren.repository={1} verify */
	public static String newWorkAreaWritten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	/** cannot import the list:\n&#123;0&#125; */
	public static String cannotImportList;

	/** Imported &#123;0&#125; duties in &#123;1&#125; lists from &#123;2&#125; */
	public static String listImported;

	/** Dry run: would import &#123;0&#125; duties in &#123;1&#125; lists from &#123;2&#125; */
	public static String listWouldImport;

	/** Format: &#123;0&#125;; encoding: &#123;1&#125; */
	public static String listFormat;

	/** &#123;0&#125; [&#123;1&#125;] held by &#123;2&#125;: &#123;3&#125; duties */
	public static String listLine;

	/** New legal bases (&#123;0&#125;): &#123;1&#125; */
	public static String listNewBases;

	/** Legal bases of the model cited: &#123;0&#125; */
	public static String listReusedBases;

	/** New holders: &#123;0&#125; */
	public static String listNewParties;

	/** Rows skipped (lenient mode): &#123;0&#125; */
	public static String listSkipped;

	/** Updated {0} [{1}] held by {2}: {3} changed, {4} unchanged, {5} added, {6} missing */
	public static String listUpdated;

	/** Would update {0} [{1}] held by {2}: ... */
	public static String listWouldUpdate;

	/** the missing duties are kept; --remove-missing removes them */
	public static String listMissingKept;

	/** the missing duties are removed */
	public static String listMissingRemoved;

	/** the missing duties would be removed */
	public static String listMissingWouldBeRemoved;

	/** Dry run: nothing saved. */
	public static String listDryRunNothingSaved;

	/** --encoding &#123;0&#125;: use utf-8 or gb18030 */
	public static String exportBadEncoding;

	/** &#123;0&#125; holds no duty list to export */
	public static String exportNoList;

	/** a CSV file holds one list, but &#123;0&#125; are selected: &#123;1&#125;; choose one with --list, or export .xlsx */
	public static String exportCsvOneList;

	/** no duty list is named "&#123;0&#125;" or held by a party of that name, code or short name in &#123;1&#125; */
	public static String exportUnknownList;

	/** cannot write &#123;0&#125;: &#123;1&#125; */
	public static String exportCannotWrite;

	/** Wrote &#123;0&#125;: &#123;1&#125; lists, &#123;2&#125; duties */
	public static String exportWritten;

	/** {0} duties of the list {1} are not exported: their type belongs to a plugin that is not installed ({2}); ... */
	public static String exportUnknownDuties;

	private Messages() {
	}
}
