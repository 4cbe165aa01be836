package org.zeren.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram view's texts, English in {@code messages.properties}, Chinese in {@code messages_zh.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.zeren.ui.diagram.internal.messages";

	public static String DiagramView_kindChain;
	public static String DiagramView_kindChainTip;
	public static String DiagramView_kindOrganisation;
	public static String DiagramView_kindOrganisationTip;
	public static String DiagramView_kindPlan;
	public static String DiagramView_kindPlanTip;
	public static String DiagramView_zoomIn;
	public static String DiagramView_zoomOut;
	public static String DiagramView_fit;
	public static String DiagramView_actualSize;
	public static String DiagramView_export;
	public static String DiagramView_exportTip;
	public static String DiagramView_exportAll;
	public static String DiagramView_exportAllTip;
	public static String DiagramView_exportAllFolder;
	public static String DiagramView_exportAllFormat;
	public static String DiagramView_exportAllFormatQuestion;
	public static String DiagramView_noModel;
	public static String DiagramView_status;
	public static String DiagramView_exportFailed;
	public static String DiagramView_exportDone;
	public static String DiagramView_exportAllDone;
	public static String DiagramView_cancel;
	public static String DiagramViewer_layoutJob;
	public static String DiagramViewer_layoutFailed;
	public static String DiagramViewer_noChain;
	public static String ExportJob_name;
	public static String ExportJob_failed;
	public static String ExportAllJob_name;
	public static String ExportAllJob_task;
	public static String ExportAllJob_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
