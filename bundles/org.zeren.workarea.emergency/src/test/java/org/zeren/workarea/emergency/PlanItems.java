package org.zeren.workarea.emergency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbered items of the real 2017 plan in examples/, and literal keyword matching on them. */
final class PlanItems {

	static final String PLAN_FILE = "examples/lvjian-2017-work-safety-key-points.txt";

	/** An item is a line starting with its number and 、, e.g. "8、深入开展安全生产宣传教育培训工作。…". */
	private static final Pattern ITEM = Pattern.compile("(?m)^(\\d+)、(.*)$");

	private PlanItems() {
	}

	/** @return item number to item text (full-width characters normalised, as the SPI says), items 1..10 */
	static Map<Integer, String> load() throws IOException {
		String text = Files.readString(planFile(), StandardCharsets.UTF_8);
		Map<Integer, String> items = new TreeMap<>();
		Matcher m = ITEM.matcher(text);
		while (m.find()) {
			items.put(Integer.valueOf(m.group(1)), normalise(m.group(2)));
		}
		return items;
	}

	/** @return the numbers of the items containing at least one of the keywords */
	static Set<Integer> matching(Map<Integer, String> items, List<String> keywords) {
		Set<Integer> result = new TreeSet<>();
		items.forEach((n, text) -> {
			if (keywords.stream().anyMatch(k -> text.contains(normalise(k)))) {
				result.add(n);
			}
		});
		return result;
	}

	private static String normalise(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFKC);
	}

	private static Path planFile() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(PLAN_FILE);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(PLAN_FILE + " not found above " + Path.of("").toAbsolutePath());
	}
}
