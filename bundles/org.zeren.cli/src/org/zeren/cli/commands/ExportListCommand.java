package org.zeren.cli.commands;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.io.sheet.SheetExporter;
import org.zeren.model.DutyList;
import org.zeren.model.Party;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zeren export-list MODEL [--format xlsx|csv] -o FILE [--list NAME-or-holder]... [--encoding utf-8|gb18030]}:
 * writes duty lists of a model with {@link SheetExporter}: {@code .xlsx} with one sheet per list (all lists, or
 * those selected), or {@code .csv} with exactly one list (UTF-8 with BOM, or GB18030). The format defaults to the
 * extension of FILE. Exits {@link ZerenCli#OK}, or {@link ZerenCli#USAGE} for an unreadable model, no list or (for
 * CSV) several lists selected, an output that is the model, or an unwritable output.
 */
@Command(name = "export-list", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExportListCommand extends BaseCommand {

	/** The spreadsheet formats. */
	enum Format {
		xlsx, csv
	}

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	Path model;

	@Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "exportFormat")
	Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, descriptionKey = "exportOutput")
	Path output;

	@Option(names = "--list", paramLabel = "NAME-or-holder", descriptionKey = "exportList")
	List<String> selected = new ArrayList<>();

	@Option(names = "--encoding", paramLabel = "ENCODING", descriptionKey = "exportEncoding", defaultValue = "utf-8")
	String encoding;

	/**
	 * @param registry the installed work areas; never null
	 * @param store    the model store; never null
	 */
	public ExportListCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() {
		requireNotInput(output, model, Messages.outputIsExportedModel);
		Format f = format != null ? format
				: String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.csv : Format.xlsx;
		Charset charset = switch (encoding.toLowerCase(Locale.ROOT)) {
		case "utf-8", "utf8" -> StandardCharsets.UTF_8;
		case "gb18030", "gbk" -> Charset.forName("GB18030");
		default -> throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.exportBadEncoding, encoding));
		};
		LoadedModel loaded = load(model);
		List<DutyList> lists = select(loaded);
		if (lists.isEmpty()) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.exportNoList, model));
		}
		if (f == Format.csv && lists.size() > 1) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.exportCsvOneList, lists.size(),
					String.join("；", lists.stream().map(ExportListCommand::label).toList())));
		}
		try {
			if (f == Format.csv) {
				new SheetExporter().exportCsv(lists.get(0), output, charset);
			} else {
				new SheetExporter().exportXlsx(lists, output);
			}
		} catch (IOException e) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.exportCannotWrite, output, e.getMessage()), e);
		}
		int duties = lists.stream().mapToInt(l -> l.getDuties().size()).sum();
		out().println(NLS.bind(Messages.exportWritten, new Object[] { output, lists.size(), duties }));
		for (DutyList l : lists) {
			Map<String, Integer> unknown = unknownDuties(loaded, l);
			if (!unknown.isEmpty()) {
				int n = unknown.values().stream().mapToInt(Integer::intValue).sum();
				String types = String.join("、", unknown.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).toList());
				err().println(NLS.bind(Messages.exportUnknownDuties, new Object[] { n, label(l), types }));
			}
		}
		return ZerenCli.OK;
	}

	/**
	 * @return the duties of a list whose type belongs to a plugin that is not installed (kept by the store in the
	 *         list's extension, see {@link org.zeren.core.store.StoreDiagnostic.Kind#UNKNOWN_TYPE}), counted by type
	 *         name ({@code namespace#Type}), in order of appearance; empty when there are none
	 */
	static Map<String, Integer> unknownDuties(LoadedModel loaded, DutyList list) {
		Map<String, Integer> result = new LinkedHashMap<>();
		AnyType extension = loaded.resource().getEObjectToExtensionMap().get(list);
		if (extension == null) {
			return result;
		}
		for (FeatureMap.Entry e : extension.getMixed()) {
			if ("duties".equals(e.getEStructuralFeature().getName()) && e.getValue() instanceof EObject o) {
				String type = o.eClass().getName();
				String ns = o.eClass().getEPackage() == null ? null : o.eClass().getEPackage().getNsURI();
				result.merge(ns == null ? type : ns + "#" + type, 1, Integer::sum);
			}
		}
		return result;
	}

	private List<DutyList> select(LoadedModel loaded) {
		List<DutyList> all = loaded.model().getDutyLists();
		if (selected.isEmpty()) {
			return new ArrayList<>(all);
		}
		List<DutyList> result = new ArrayList<>();
		for (String key : selected) {
			boolean found = false;
			for (DutyList l : all) {
				Party h = l.getHolder();
				if (key.equals(l.getName()) || h != null && (key.equals(h.getName()) || key.equals(h.getShortName())
						|| key.equals(h.getCode()))) {
					if (!result.contains(l)) {
						result.add(l);
					}
					found = true;
				}
			}
			if (!found) {
				throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.exportUnknownList, key, loaded.file()));
			}
		}
		return result;
	}

	private static String label(DutyList l) {
		return (l.getName() == null ? l.getKind().getLiteral() : l.getName()) + " @"
				+ (l.getHolder() == null ? "-" : Labels.of(l.getHolder()));
	}
}
