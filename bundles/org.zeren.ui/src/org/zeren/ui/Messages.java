package org.zeren.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user texts of the workbench, English in {@code messages.properties} and Chinese in
 * {@code messages_zh.properties}; Eclipse NLS picks them by the workbench locale ({@code -nl}).
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.zeren.ui.messages";

	public static String App_title;
	public static String Apply_code;
	public static String Apply_done;
	public static String Apply_duty;
	public static String Apply_list;
	public static String Apply_partiesDescription;
	public static String Apply_party;
	public static String Apply_previewDescription;
	public static String Apply_previewSummary;
	public static String Apply_previewTitle;
	public static String Apply_title;
	public static String Apply_upstream;
	public static String Apply_workArea;
	public static String Explorer_delete;
	public static String Explorer_filterHint;
	public static String Explorer_indicators;
	public static String Explorer_legalBases;
	public static String Explorer_moveDuties;
	public static String Explorer_moveLists;
	public static String Explorer_new;
	public static String Explorer_newList;
	public static String Explorer_newListName;
	public static String Explorer_noModel;
	public static String Explorer_supervisions;
	public static String Explorer_title;
	public static String Explorer_workAreas;
	public static String ImportPlan_description;
	public static String ImportPlan_done;
	public static String ImportPlan_file;
	public static String ImportPlan_missing;
	public static String ImportPlan_running;
	public static String ImportPlan_title;
	public static String Menu_edit;
	public static String Menu_file;
	public static String Menu_model;
	public static String Menu_showView;
	public static String Menu_window;
	public static String ModelSession_opening;
	public static String NewModel_badExtension;
	public static String NewModel_description;
	public static String NewModel_exists;
	public static String NewModel_file;
	public static String NewModel_name;
	public static String NewModel_noFile;
	public static String NewModel_title;
	public static String Open_filterAll;
	public static String Open_filterModels;
	public static String Open_title;
	public static String Problems_changedWhileValidating;
	public static String Problems_element;
	public static String Problems_error;
	public static String Problems_info;
	public static String Problems_message;
	public static String Problems_notValidated;
	public static String Problems_rule;
	public static String Problems_severity;
	public static String Problems_source;
	public static String Problems_summary;
	public static String Problems_summaryCancelled;
	public static String Problems_validate;
	public static String Problems_validating;
	public static String Problems_warning;
	public static String Properties_badValue;
	public static String Properties_nothingSelected;
	public static String Properties_none;
	public static String Properties_chooseFilter;
	public static String Save_failedTitle;
	public static String Unsaved_discard;
	public static String Unsaved_question;
	public static String Unsaved_save;
	public static String Unsaved_title;
	public static String Wizard_browse;
	public static String WorkAreas_rules;
	public static String WorkAreas_templates;

	/** Problem: {0} (a registry diagnostic: a refused plugin, a failed contribution) */
	public static String WorkAreas_problem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
