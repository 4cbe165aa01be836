package org.zeren.cli.commands;

import org.eclipse.osgi.util.NLS;

/**
 * The messages of {@code zeren diagram} and of {@code zeren example --diagrams}, in the JVM's locale:
 * {@code diagrammessages_zh.properties} for any Chinese locale, {@code diagrammessages.properties} (English)
 * otherwise. Kept apart from {@link Messages} (Eclipse NLS warns about every key of a file that has no field in
 * the class reading it). Each field is filled once, when the class is loaded; bind arguments with
 * {@link NLS#bind(String, Object[])}.
 */
public final class DiagramMessages extends NLS {

	private static final String BUNDLE_NAME = "org.zeren.cli.commands.diagrammessages";

	/** Wrote {0} ({1}, {2} boxes, {3} lines, {4}; layout {5} s, writing {6} s) */
	public static String diagramWritten;

	/** Wrote {0} ({1}, {2} boxes, {3} lines, {4}): without times, for the main job */
	public static String diagramWrittenFile;

	/** Font: {0} */
	public static String diagramFont;

	/** [{0}/{1}] {2} */
	public static String diagramProgress;

	/** Wrote {0} chain diagrams ({1}) to {2} */
	public static String diagramChainsWritten;

	/** {0} has no responsibility chain (no duty implements another): nothing written */
	public static String diagramNoChains;

	/** give either --kind or --all-chains */
	public static String diagramKindOrAllChains;

	/** --root cannot be used with --all-chains: every chain is written */
	public static String diagramRootWithAllChains;

	/** give --format (svg, png, pdf or dot): the name {0} does not end in one of them */
	public static String diagramNoFormat;

	/** give --scale or --dpi, not both */
	public static String diagramScaleAndDpi;

	/** invalid value for {0}: {1} */
	public static String diagramBadValue;

	/** {0}: a folder, not a file; give a file name with -o, or use --all-chains to write a folder */
	public static String diagramOutputIsFolder;

	/** {0}: a file, not a folder; --all-chains writes one file per chain into a folder */
	public static String diagramOutputIsFile;
	/** -o is the model file itself. */
	public static String diagramOutputIsModel;
	public static String diagramRootEmpty;
	/** Note: writing {0} into {1}, whose name says another format. */
	public static String diagramFormatNotName;
	/** Note: --scale and --dpi apply to PNG only; {0} is the format written. */
	public static String diagramScaleIgnored;
	/** --font is empty. */
	public static String diagramFontEmpty;
	/** -o is empty. */
	public static String diagramOutputEmpty;
	/** -o exists and is neither a regular file nor a folder (a device, a pipe). */
	public static String diagramOutputNotRegular;

	/** {0} other .{1} files in {2} ... left as they are: {3} (the names, at most five) */
	public static String diagramOtherFiles;

	/** With the command line: --font FONT-FILE names a font file to use. */
	public static String diagramFontHint;

	/** 4. Export the diagrams of {0} */
	public static String exampleDiagramsStep;

	/** Diagrams are in {0} */
	public static String exampleDiagramsWhere;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DiagramMessages.class);
	}

	private DiagramMessages() {
	}
}
