package org.zeren.io.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.text.TextDecoding;
import org.zeren.core.text.UndecodableTextException;

/**
 * An explicit mapping of column headings to {@link ColumnRole roles}, for lists whose headings are
 * not the usual ones. A mapping file is text (UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030),
 * one mapping per line: {@code heading = role}, e.g. {@code 工作事项 = content} or
 * {@code 联系电话 = ignore}; blank lines and lines starting with {@code #} are ignored. Headings are
 * compared in {@link ColumnRole#normalise(String) normal form}; a two-level heading is written
 * {@code 法律依据/条款}. Role names are those of {@link ColumnRole#id()}. A mapped heading takes
 * precedence over the usual headings.
 */
public final class ColumnMapping {

	/** No mapping: only the usual headings are recognised. */
	public static final ColumnMapping NONE = new ColumnMapping(Map.of());

	private final Map<String, ColumnRole> roles;

	/**
	 * @param roles role by heading (normalised here); never null
	 */
	public ColumnMapping(Map<String, ColumnRole> roles) {
		Map<String, ColumnRole> m = new LinkedHashMap<>();
		roles.forEach((h, r) -> m.put(ColumnRole.normalise(h), r));
		this.roles = Map.copyOf(m);
	}

	/**
	 * @param heading a normalised heading
	 * @return the mapped role, or null when the heading is not mapped
	 */
	ColumnRole roleOf(String heading) {
		return roles.get(heading);
	}

	/** @return the mapping, role by normalised heading; never null */
	public Map<String, ColumnRole> roles() {
		return roles;
	}

	/**
	 * Reads a mapping file.
	 *
	 * @param file the file; never null
	 * @return the mapping; never null
	 * @throws SheetImportException when the file cannot be read or a line is not {@code heading = role}
	 *                              with a known role (the problem names the line)
	 */
	public static ColumnMapping read(Path file) throws SheetImportException {
		String text;
		try {
			text = TextDecoding.decode(Files.readAllBytes(file)).text();
		} catch (NoSuchFileException e) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null,
					new LocalizedText("映射文件不存在", "the mapping file does not exist")), e);
		} catch (IOException e) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null,
					new LocalizedText("无法读取映射文件：" + e.getMessage(), "the mapping file cannot be read: " + e.getMessage())), e);
		} catch (UndecodableTextException e) {
			throw new SheetImportException(new SheetProblem(file, null, 0, 0, null,
					new LocalizedText("映射文件编码无法识别，请保存为 UTF-8", "the mapping file's encoding is unreadable; save it as UTF-8")), e);
		}
		Map<String, ColumnRole> roles = new LinkedHashMap<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.lastIndexOf('=');
			ColumnRole role = eq > 0 ? ColumnRole.byId(line.substring(eq + 1)) : null;
			if (role == null) {
				String known = String.join(", ", java.util.Arrays.stream(ColumnRole.values()).map(ColumnRole::id).toList());
				throw new SheetImportException(new SheetProblem(file, null, i + 1, 0, null, new LocalizedText(
						"应为“列标题 = 角色”，角色为 " + known + " 之一：" + line,
						"expected 'heading = role' with a role of " + known + ": " + line)), null);
			}
			roles.put(line.substring(0, eq), role);
		}
		return new ColumnMapping(roles);
	}
}
