package org.zeren.diagram.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.zeren.core.spi.LocalizedText;
import org.zeren.diagram.MissingFontException;

/**
 * Finds a font that can draw every character of a diagram.
 * <p>
 * <b>Where it looks.</b> A configured file (the {@code fontFile} option, else the system property
 * {@value #FONT_PROPERTY}) is the only candidate when set. Otherwise, in this order, stopping at the first face
 * that can draw every character: the CJK fonts Debian, Windows and macOS install in known places, TrueType
 * outlines first ({@link #KNOWN_FONTS}); the fonts fontconfig lists for Chinese ({@code fc-list :lang=zh});
 * the files of the usual font folders. Within a collection file, Simplified Chinese faces come first, monospaced
 * ones last. For PDF ({@code embeddable}), faces with CFF outlines are refused: PDFBox 3.0.8 cannot subset them.
 * <p>
 * <b>Failure.</b> When no face can draw every character, {@link #resolve} throws {@link MissingFontException}
 * naming the missing characters, the fonts tried and the Debian package to install. Thread-safe; loaded font
 * files are cached for the life of the JVM.
 */
public final class FontResolver {

	/** System property naming a font file (.ttf, .otf, .ttc) to use for all diagrams. */
	public static final String FONT_PROPERTY = "zeren.diagram.font";

	/** Known CJK font files, in order of preference: TrueType outlines (embeddable in PDF) first. */
	public static final List<String> KNOWN_FONTS = List.of(
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/arphic/uming.ttc",
			"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"C:/Windows/Fonts/msyh.ttc",
			"C:/Windows/Fonts/simhei.ttf",
			"C:/Windows/Fonts/simsun.ttc",
			"/System/Library/Fonts/STHeiti Light.ttc",
			"/Library/Fonts/Arial Unicode.ttf",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
			"/System/Library/Fonts/PingFang.ttc",
			"/System/Library/Fonts/Hiragino Sans GB.ttc");

	private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
			System.getProperty("user.home", "/nonexistent") + "/.local/share/fonts",
			System.getProperty("user.home", "/nonexistent") + "/.fonts", "C:/Windows/Fonts", "/Library/Fonts",
			"/System/Library/Fonts");

	private static final int MAX_LISTED_CHARACTERS = 20;

	/** A face of a font file. */
	private record Face(Font font, Path file, int index, boolean trueType) {
	}

	private static final Map<Path, List<Face>> LOADED = new ConcurrentHashMap<>();
	private static final Map<Path, String> UNREADABLE = new ConcurrentHashMap<>();

	/**
	 * Finds the font.
	 *
	 * @param texts      every text the diagram will draw; never null
	 * @param configured a font file to use instead of searching; null to use the system property
	 *                   {@value #FONT_PROPERTY}, and to search when that is not set either
	 * @param embeddable whether the font will be embedded in PDF, so that it must have TrueType outlines
	 * @return the first face that can draw every character; never null
	 * @throws MissingFontException when no face qualifies; nothing has been written then
	 */
	public DiagramFont resolve(Collection<String> texts, Path configured, boolean embeddable) throws MissingFontException {
		int[] needed = codePoints(texts);
		Path chosen = configured;
		if (chosen == null) {
			String property = System.getProperty(FONT_PROPERTY);
			if (property != null && !property.isBlank()) {
				chosen = Path.of(property.strip());
			}
		}
		List<String> tried = new ArrayList<>();
		Face best = null;
		int bestMissing = Integer.MAX_VALUE;
		boolean cffCouldDraw = false;
		List<Path> candidates = chosen != null ? List.of(chosen) : knownCandidates();
		for (int round = 0; round < 3; round++) {
			for (Path file : candidates) {
				for (Face face : faces(file, tried)) {
					int missing = countMissing(face.font(), needed);
					if (missing == 0 && (face.trueType() || !embeddable)) {
						return new DiagramFont(face.font(), face.file(), face.index(), face.trueType());
					}
					if (missing == 0) {
						cffCouldDraw = true;
						tried.add(describe(face) + ": CFF outlines, which PDF export cannot embed as a subset");
					} else {
						tried.add(describe(face) + ": lacks " + missing + " of the " + needed.length + " characters");
					}
					if (missing < bestMissing) {
						best = face;
						bestMissing = missing;
					}
				}
			}
			if (chosen != null) {
				break;
			}
			candidates = round == 0 ? fontconfigCandidates() : scannedCandidates();
		}
		throw failure(needed, best, tried, cffCouldDraw, chosen);
	}

	private static List<Path> knownCandidates() {
		List<Path> result = new ArrayList<>();
		for (String f : KNOWN_FONTS) {
			Path p = Path.of(f);
			if (Files.isRegularFile(p)) {
				result.add(p);
			}
		}
		return result;
	}

	/** @return the files fontconfig lists for Chinese, TrueType (.ttf/.ttc) before others, then by path */
	private static List<Path> fontconfigCandidates() {
		Set<Path> files = new LinkedHashSet<>();
		try {
			Process p = new ProcessBuilder("fc-list", "-f", "%{file}\\n", ":lang=zh").redirectErrorStream(false).start();
			p.getOutputStream().close();
			List<String> lines = new ArrayList<>();
			try (InputStream in = p.getInputStream();
					BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line; (line = r.readLine()) != null;) {
					lines.add(line.strip());
				}
			}
			if (!p.waitFor(10, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return List.of();
			}
			lines.stream().filter(l -> !l.isEmpty()).map(Path::of).filter(Files::isRegularFile).forEach(files::add);
		} catch (IOException e) {
			return List.of(); // no fontconfig: the folder scan comes next
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		return sortTrueTypeFirst(new ArrayList<>(files));
	}

	private static List<Path> scannedCandidates() {
		List<Path> files = new ArrayList<>();
		for (String folder : FONT_FOLDERS) {
			Path dir = Path.of(folder);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(dir, 8)) {
				walk.filter(Files::isRegularFile).filter(p -> {
					String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
					return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf") || n.endsWith(".otc");
				}).forEach(files::add);
			} catch (IOException | RuntimeException e) {
				// an unreadable folder is skipped
			}
		}
		return sortTrueTypeFirst(files);
	}

	private static List<Path> sortTrueTypeFirst(List<Path> files) {
		files.sort(Comparator.comparing((Path p) -> {
			String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
			return n.endsWith(".ttf") || n.endsWith(".ttc") ? 0 : 1;
		}).thenComparing(Path::toString));
		return files;
	}

	/** @return the faces of a file in order of preference; empty when it cannot be read (noted in tried) */
	private static List<Face> faces(Path file, List<String> tried) {
		Path key = file.toAbsolutePath().normalize();
		List<Face> faces = LOADED.get(key);
		if (faces == null && !UNREADABLE.containsKey(key)) {
			try {
				faces = load(key);
				LOADED.put(key, faces);
			} catch (IOException | FontFormatException | RuntimeException e) {
				UNREADABLE.put(key, String.valueOf(e.getMessage()));
			}
		}
		if (faces == null) {
			tried.add(key + ": cannot be read as a font (" + UNREADABLE.get(key) + ")");
			return List.of();
		}
		return faces;
	}

	private static List<Face> load(Path file) throws IOException, FontFormatException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file");
		}
		Font[] fonts = Font.createFonts(file.toFile());
		boolean[] trueType = outlines(file, fonts.length);
		List<Face> faces = new ArrayList<>();
		for (int i = 0; i < fonts.length; i++) {
			faces.add(new Face(fonts[i], file, i, trueType[i]));
		}
		faces.sort(Comparator.comparingInt(FontResolver::rank));
		return List.copyOf(faces);
	}

	/** Simplified Chinese faces first, monospaced faces last, otherwise file order. */
	private static int rank(Face f) {
		String name = " " + f.font().getFontName(java.util.Locale.ENGLISH) + " ";
		if (name.contains("Mono")) {
			return 2;
		}
		return name.contains(" SC ") || name.contains(" GB") || name.contains("Hans") || name.contains(" CN ") ? 0 : 1;
	}

	/** Reads the sfnt version tag of each face: TrueType ({@code 0x00010000}, {@code true}) or CFF ({@code OTTO}). */
	private static boolean[] outlines(Path file, int faces) throws IOException {
		boolean[] result = new boolean[faces];
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
			int tag = f.readInt();
			if (tag == 0x74746366) { // 'ttcf'
				f.readInt(); // version
				int count = f.readInt();
				long[] offsets = new long[count];
				for (int i = 0; i < count; i++) {
					offsets[i] = f.readInt() & 0xFFFFFFFFL;
				}
				for (int i = 0; i < faces && i < count; i++) {
					f.seek(offsets[i]);
					result[i] = isTrueType(f.readInt());
				}
			} else {
				java.util.Arrays.fill(result, isTrueType(tag));
			}
		}
		return result;
	}

	private static boolean isTrueType(int tag) {
		return tag == 0x00010000 || tag == 0x74727565; // 1.0 or 'true'
	}

	private static int[] codePoints(Collection<String> texts) {
		Set<Integer> set = new LinkedHashSet<>();
		for (String t : texts) {
			if (t != null) {
				t.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(set::add);
			}
		}
		return set.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int countMissing(Font font, int[] needed) {
		int missing = 0;
		for (int cp : needed) {
			if (!font.canDisplay(cp)) {
				missing++;
			}
		}
		return missing;
	}

	private static String describe(Face f) {
		return f.file() + " (" + f.font().getFontName(java.util.Locale.ENGLISH) + (f.trueType() ? ", TrueType" : ", CFF") + ")";
	}

	private static MissingFontException failure(int[] needed, Face best, List<String> tried, boolean cffCouldDraw,
			Path configured) {
		List<String> missing = new ArrayList<>();
		if (best != null) {
			for (int cp : needed) {
				if (!best.font().canDisplay(cp)) {
					missing.add(new String(Character.toChars(cp)) + " " + String.format(Locale.ROOT, "U+%04X", cp));
				}
			}
		} else {
			for (int cp : needed) {
				if (cp > 0x7F) {
					missing.add(new String(Character.toChars(cp)) + " " + String.format(Locale.ROOT, "U+%04X", cp));
				}
			}
		}
		String chars = String.join(", ", missing.subList(0, Math.min(MAX_LISTED_CHARACTERS, missing.size())))
				+ (missing.size() > MAX_LISTED_CHARACTERS ? ", … (" + missing.size() + ")" : "");
		String fonts = tried.isEmpty() ? "none found" : String.join("; ", tried);
		String fontsZh = tried.isEmpty() ? "未找到任何字体" : String.join("；", tried);
		String where = configured != null ? "the configured font " + configured + " cannot"
				: "no font installed on this system can";
		String whereZh = configured != null ? "所配置的字体 " + configured : "本机已安装的字体都";
		String en;
		String zh;
		if (configured != null && best == null) {
			// the file is no font at all: say that first, not which characters it lacks
			en = "Cannot draw the diagram: " + fonts + ". Give a TrueType or OpenType font file (.ttf, .ttc, .otf) that has Chinese characters, e.g. of the "
					+ "Debian package " + MissingFontException.TRUETYPE_PACKAGE + ". Nothing was written.";
			zh = "无法绘制图形：所配置的字体文件无法作为字体读取（" + fontsZh + "）。请给出含有中文字符的 "
					+ "TrueType 或 OpenType 字体文件（.ttf、.ttc、.otf），例如 Debian 软件包 " + MissingFontException.TRUETYPE_PACKAGE
					+ " 中的字体。未写出任何文件。";
		} else if (missing.isEmpty() && cffCouldDraw) {
			en = "No font that can draw the labels can be embedded in PDF: the ones found have CFF outlines, which PDFBox "
					+ "cannot subset. Fonts tried: " + fonts + ". Install the Debian package "
					+ MissingFontException.TRUETYPE_PACKAGE + " (WenQuanYi Zen Hei, TrueType outlines), or configure a "
					+ "TrueType CJK font file with the system property " + FONT_PROPERTY + ", or export SVG or PNG.";
			zh = "能显示这些文字的字体都无法嵌入 PDF：找到的字体为 CFF 轮廓，PDFBox 无法对其取子集。已尝试的字体：" + fontsZh
					+ "。请安装 Debian 软件包 " + MissingFontException.TRUETYPE_PACKAGE + "（文泉驿正黑，TrueType 轮廓），或用系统属性 "
					+ FONT_PROPERTY + " 指定一个 TrueType 中文字体文件，或改为导出 SVG 或 PNG。";
		} else {
			en = "Cannot draw the diagram: " + where + " draw every label; missing characters: " + chars
					+ ". Fonts tried: " + fonts + ". Install the Debian package " + MissingFontException.TRUETYPE_PACKAGE
					+ " (for SVG and PNG also " + MissingFontException.CFF_PACKAGE + "), or configure a font file that has "
					+ "these characters with the system property " + FONT_PROPERTY + ". Nothing was written.";
			zh = "无法绘制图形：" + whereZh + "不能显示全部标签文字；缺少的字符：" + chars + "。已尝试的字体：" + fontsZh
					+ "。请安装 Debian 软件包 " + MissingFontException.TRUETYPE_PACKAGE + "（仅导出 SVG、PNG 时也可安装 "
					+ MissingFontException.CFF_PACKAGE + "），或用系统属性 " + FONT_PROPERTY + " 指定含有这些字符的字体文件。未写出任何文件。";
		}
		return new MissingFontException(new LocalizedText(zh, en), missing, tried);
	}
}
