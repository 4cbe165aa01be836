package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.LoadedModel;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.Supervision;

/**
 * {@code zeren diagram}: one diagram in each format, every chain into a folder, roots that match nothing or several
 * elements, a font without Chinese glyphs, usage errors and help.
 */
class DiagramCommandTest {

	private static final String NL = System.lineSeparator();

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	private Path model;

	/**
	 * The fixture's organisation plus a second supervisory department 应急管理局 (D3) supervising 青禾金属制品有限公司,
	 * with the test area's templates applied: two chains, C/T-C-01 → D1/T-D-01 → E1/T-E-01 → 总经理/T-P-01 and
	 * C/T-C-01 → D3/T-D-01 → E2/T-E-01.
	 */
	@BeforeEach
	void model() throws Exception {
		model = fx.organisation(dir.resolve("org.zeren"));
		LoadedModel loaded = fx.store.load(model);
		Committee committee = (Committee) loaded.model().getParties().get(0);
		Department emergency = Fixture.F.createDepartment();
		emergency.setName("应急管理局");
		emergency.setCode("D3");
		emergency.setSupervisory(true);
		committee.getChildren().add(emergency);
		Supervision s = Fixture.F.createSupervision();
		s.setSupervisor(emergency);
		s.getSupervised().add((Enterprise) loaded.model().getParties().get(2));
		loaded.model().getSupervisions().add(s);
		loaded.resource().setID(emergency, "dept-emergency");
		loaded.resource().setID(s, "supervision-emergency");
		fx.store.save(loaded);
		assertEquals(0, fx.run("apply-templates", model.toString()).code());
	}

	@Test
	void chainAsSvgKeepsTheChineseLabelsAsText() throws Exception {
		Path svg = dir.resolve("out/chain.svg");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--root", "D1/T-D-01", "-o", svg.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("", r.err());
		assertTrue(r.out().startsWith("Wrote " + svg.toAbsolutePath() + " (responsibility chain, 8 boxes, 4 lines, "),
				r.out());
		assertTrue(r.out().contains(NL + "Font: "), r.out());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
		for (String label : List.of("统筹协调安全生产工作", "依法监管本行业", "落实主体责任", "全面负责", "区安监局",
				"绿建精细化工有限公司")) {
			assertTrue(text.contains(label), label);
		}
		assertFalse(text.contains("青禾金属制品有限公司"), "the other chain is not drawn");
	}

	/** A new user wrote an SVG over the model with -o MODEL --format svg: the model was lost. */
	@Test
	void outputOverTheModelIsRefusedAndTheModelKept() throws Exception {
		byte[] before = Files.readAllBytes(model);
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "org", "--format", "svg", "-o", model.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().contains(model + " is the model file itself"), r.err());
		org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(model));
	}

	/** A new user passed --root "" (an unset shell variable) and got the whole model without a word. */
	@Test
	void anEmptyRootIsRefused() throws Exception {
		Path svg = dir.resolve("chain.svg");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--root", "", "-o", svg.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().contains("--root is empty: give the id or code of a duty, plan task or party"), r.err());
		assertFalse(Files.exists(svg), "nothing written");
	}

	/** A new user wrote to -o /dev/full: the device node was replaced by a regular file. */
	@Test
	void outputOverAPipeIsRefusedAndThePipeKept() throws Exception {
		Path pipe = dir.resolve("pipe.svg");
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "org", "-o", pipe.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().contains("is not a regular file"), r.err());
		assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
		try (var files = Files.list(dir)) {
			assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left");
		}
	}

	/** The text of the PDF is checked in org.zeren.diagram's tests and in tests/org.zeren.diagram.tests. */
	@Test
	void organisationAsPdfIsDrawnWithATrueTypeFont() throws Exception {
		Path pdf = dir.resolve("organisation.pdf");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "org", "-o", pdf.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("Wrote " + pdf.toAbsolutePath() + " (organisation and supervision map, "), r.out());
		assertTrue(r.out().endsWith(", TrueType outlines" + NL), "PDF embeds only TrueType outlines: " + r.out());
		assertTrue(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
	}

	@Test
	void pngScaleAndDpiSetThePixels() throws Exception {
		Path one = dir.resolve("plan-1.png");
		Path two = dir.resolve("plan-2.png");
		assertEquals(0, fx.run("diagram", model.toString(), "--kind", "org", "--scale", "1", "-o", one.toString()).code());
		assertEquals(0, fx.run("diagram", model.toString(), "--kind", "org", "--dpi", "144", "--format", "png", "-o",
				two.toString()).code());
		BufferedImage small = ImageIO.read(one.toFile());
		BufferedImage large = ImageIO.read(two.toFile());
		assertEquals(2.0 * small.getWidth(), large.getWidth(), 2.0);
		assertEquals(2.0 * small.getHeight(), large.getHeight(), 2.0);
	}

	@Test
	void dotFollowsTheDirectionAndTheExtension() throws Exception {
		Path dot = dir.resolve("chain.dot");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--root", "D3_T-D-01", "--direction", "right",
				"-o", dot.toString());
		assertEquals(0, r.code(), r.err());
		String text = Files.readString(dot, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("digraph \"zeren\" {"), text);
		assertTrue(text.contains("rankdir=LR"), text);
		assertTrue(text.contains("应急管理局") && !text.contains("绿建精细化工有限公司"), text);
		assertFalse(r.out().contains("Font: "), "DOT needs no font: " + r.out());
	}

	@Test
	void allChainsWritesOneFilePerChainWithProgress() throws Exception {
		Path folder = dir.resolve("chains");
		Fixture.Run r = fx.run("diagram", model.toString(), "--all-chains", "--format", "svg", "-o", folder.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("[1/2] D1_T-D-01.svg" + NL + "[2/2] D3_T-D-01.svg" + NL, r.err());
		assertTrue(r.out().startsWith("Wrote 2 chain diagrams (svg) to " + folder.toAbsolutePath() + NL + "Font: "),
				r.out());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("D1_T-D-01.svg", "D3_T-D-01.svg"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertTrue(Files.readString(folder.resolve("D3_T-D-01.svg")).contains("青禾金属制品有限公司"));
	}

	@Test
	void allChainsNamesFilesOfChainsNoLongerInTheModelAndLeavesThem() throws Exception {
		Path folder = dir.resolve("chains");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("D9_T-D-01.svg"), "<svg/>"); // a chain deleted since the last export
		Files.writeString(folder.resolve("notes.txt"), "kept");
		Fixture.Run r = fx.run("diagram", model.toString(), "--all-chains", "--format", "svg", "-o", folder.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.err().endsWith("1 other .svg files in " + folder.toAbsolutePath() + " were not written now (chains "
				+ "no longer in the model?) and are left as they are: D9_T-D-01.svg" + NL), r.err());
		assertEquals("<svg/>", Files.readString(folder.resolve("D9_T-D-01.svg")));
		assertTrue(Files.exists(folder.resolve("D3_T-D-01.svg")));
	}

	@Test
	void aFormatOtherThanTheNameSaysAndScaleForVectorFormatsIsNoted() throws Exception {
		// found by a new user: both were done silently
		Path svg = dir.resolve("mismatch.svg");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "org", "--format", "pdf", "--scale", "2", "-o",
				svg.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.err().contains("Note: writing pdf into " + svg + ", whose name says another format"), r.err());
		assertTrue(r.err().contains("Note: --scale and --dpi apply to PNG only; they do not change pdf"), r.err());
		assertTrue(Files.readString(svg, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
	}

	@Test
	void unknownRootExitsTwo() {
		Path out = dir.resolve("x.svg");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--root", "NOPE", "-o", out.toString());
		assertEquals(2, r.code());
		assertEquals("nothing in the model matches 'NOPE'; give a duty, a plan task or a party (xmi:id, chain id, "
				+ "party code, PARTY-CODE/DUTY-CODE or name)" + NL, r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void ambiguousRootExitsTwoListingTheCandidates() {
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--root", "T-E-01", "-o",
				dir.resolve("x.svg").toString());
		assertEquals(2, r.code());
		assertTrue(r.err().startsWith("'T-E-01' matches 2 elements; be more specific (e.g. PARTY-CODE/DUTY-CODE or an "
				+ "xmi:id): E1/T-E-01 落实主体责任 ["), r.err());
		assertTrue(r.err().contains("; E2/T-E-01 落实主体责任 ["), r.err());
	}

	@Test
	void fontWithoutChineseGlyphsExitsThreeNamingTheDebianPackage() throws Exception {
		Path latin = dir.resolve("LiberationSans-Regular.ttf");
		// PDFBox (used by the PDF exporter) carries a font with Latin glyphs only
		try (InputStream in = getClass().getClassLoader()
				.getResourceAsStream("org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			assertNotNull(in, "PDFBox's LiberationSans on the test class path");
			Files.copy(in, latin);
		}
		Path pdf = dir.resolve("chain.pdf");
		Fixture.Run r = fx.run("diagram", model.toString(), "--kind", "chain", "--font", latin.toString(), "-o",
				pdf.toString());
		assertEquals(3, r.code(), r.err());
		assertTrue(r.err().startsWith("Cannot draw the diagram: the configured font " + latin), r.err());
		assertTrue(r.err().contains("Install the Debian package fonts-wqy-zenhei"), r.err());
		assertTrue(r.err().contains("--font FONT-FILE"), r.err());
		assertFalse(Files.exists(pdf), "nothing written");

		Path missing = dir.resolve("no-such-font.ttf");
		Fixture.Run m = fx.run("diagram", model.toString(), "--kind", "chain", "--font", missing.toString(), "-o",
				pdf.toString());
		assertEquals(2, m.code());
		assertEquals(missing + ": the file does not exist" + NL, m.err());

		// a text file: the message starts with why, not with the characters it lacks (found by a new user)
		Path junk = Files.writeString(dir.resolve("junk.ttf"), "not a font");
		Fixture.Run j = fx.run("diagram", model.toString(), "--kind", "chain", "--font", junk.toString(), "-o",
				pdf.toString());
		assertEquals(3, j.code(), j.err());
		assertTrue(j.err().startsWith("Cannot draw the diagram: " + junk + ": cannot be read as a font ("), j.err());
		assertFalse(j.err().contains("missing characters"), j.err());
		assertFalse(Files.exists(pdf), "nothing written");
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		String hint = NL + "Run \"zeren diagram --help\" for usage." + NL;
		String file = dir.resolve("x.svg").toString();
		assertEquals(new Fixture.Run(2, "", "error: give either --kind or --all-chains" + hint),
				fx.run("diagram", model.toString(), "-o", file));
		assertEquals(new Fixture.Run(2, "", "error: give either --kind or --all-chains" + hint),
				fx.run("diagram", model.toString(), "--kind", "chain", "--all-chains", "-o", file));
		assertEquals(new Fixture.Run(2, "", "error: --root cannot be used with --all-chains: every chain is written" + hint),
				fx.run("diagram", model.toString(), "--all-chains", "--root", "D1", "--format", "svg", "-o", dir.toString()));
		// an empty -o wrote every chain into the working folder (found by a new user)
		assertEquals(new Fixture.Run(2, "", "error: -o is empty: give the file to write (with --all-chains, the folder)"
				+ hint), fx.run("diagram", model.toString(), "--all-chains", "--format", "pdf", "-o", ""));
		assertEquals(new Fixture.Run(2, "", "error: -o is empty: give the file to write (with --all-chains, the folder)"
				+ hint), fx.run("diagram", model.toString(), "--kind", "org", "--format", "svg", "-o", " "));
		assertEquals(new Fixture.Run(2, "", "error: --font is empty: give a font file (.ttf, .ttc, .otf), or leave --font "
				+ "out to use an installed font" + hint), fx.run("diagram", model.toString(), "--kind", "org", "--font", "",
						"-o", file));
		String txt = dir.resolve("x.txt").toString();
		assertEquals(new Fixture.Run(2, "", "error: give --format (svg, png, pdf or dot): the name " + txt
				+ " does not end in one of them" + hint), fx.run("diagram", model.toString(), "--kind", "org", "-o", txt));
		assertEquals(new Fixture.Run(2, "", "error: invalid value for --scale: PNG scale must be between 0.25 and 16.0, "
				+ "got 20.0" + hint), fx.run("diagram", model.toString(), "--kind", "org", "--scale", "20", "-o", file));
		assertEquals(new Fixture.Run(2, "", "error: give --scale or --dpi, not both" + hint),
				fx.run("diagram", model.toString(), "--kind", "org", "--scale", "2", "--dpi", "300", "-o", file));
		assertEquals(new Fixture.Run(2, "", "error: " + dir + ": a folder, not a file; give a file name with -o, or use "
				+ "--all-chains to write one file per chain into a folder" + hint),
				fx.run("diagram", model.toString(), "--kind", "org", "-o", dir.toString()));

		Fixture.Run kind = fx.run("diagram", model.toString(), "--kind", "tree", "-o", file);
		assertEquals(2, kind.code());
		assertTrue(kind.err().contains("unknown diagram kind 'tree': use chain, org or plan"), kind.err());
		Fixture.Run format = fx.run("diagram", model.toString(), "--kind", "org", "--format", "jpg", "-o", file);
		assertEquals(2, format.code());
		assertTrue(format.err().contains("unknown diagram format 'jpg': use svg, png, pdf or dot"), format.err());
		Fixture.Run output = fx.run("diagram", model.toString(), "--kind", "org");
		assertEquals(2, output.code());
		assertTrue(output.err().contains("Missing required option: '--output=FILE'"), output.err());

		Path missing = dir.resolve("missing.zeren");
		assertEquals(new Fixture.Run(2, "", missing + ": the file does not exist" + NL),
				fx.run("diagram", missing.toString(), "--kind", "org", "-o", file));
		assertFalse(Files.exists(Path.of(file)), "no usage error writes anything");
	}

	@Test
	void helpInEnglishAndChinese() {
		Fixture.Run r = fx.run("diagram", "--help");
		assertEquals(0, r.code());
		assertTrue(r.out().startsWith("Usage: zeren diagram [-hV] [--all-chains] [--no-legend] "), r.out());
		for (String line : List.of("Draw a diagram of a model (responsibility chain, organisation and supervision map,",
				"      --kind=KIND            The diagram: chain (responsibility chain), org (organisation and",
				"      --dpi=DPI              PNG: resolution in dots per inch, 18 to 1152 (instead of --scale).",
				"  3   No font can draw the labels (the message names the Debian package to install;",
				"  zeren diagram examples/lvjian-2017.zeren --all-chains --format svg -o out/chains")) {
			assertTrue(r.out().contains(line), () -> "missing \"" + line + "\" in\n" + r.out());
		}
		assertFalse(r.out().contains("  1   "), "diagram has no exit code 1:\n" + r.out());
		assertTrue(fx.run("--help").out().contains("  diagram                   Draw a diagram of a model"));

		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE); // the help texts are looked up per command line
			Fixture.Run zh = fx.run("diagram", "--help");
			assertTrue(zh.out().startsWith("用法：zeren diagram"), zh.out());
			assertTrue(zh.out().contains("绘制模型的图形（责任链图、组织与监管关系图、工作计划图）"), zh.out());
			assertTrue(zh.out().contains("3   没有字体能显示全部标签"), zh.out());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void messageFilesHaveTheSameKeysAsTheFields() throws Exception {
		java.util.Set<String> fields = new java.util.TreeSet<>();
		for (java.lang.reflect.Field f : DiagramMessages.class.getFields()) {
			fields.add(f.getName());
		}
		for (String file : List.of("diagrammessages.properties", "diagrammessages_zh.properties")) {
			java.util.Properties p = new java.util.Properties();
			try (InputStream in = DiagramMessages.class.getResourceAsStream(file)) {
				p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertEquals(fields, new java.util.TreeSet<>(p.stringPropertyNames()), file);
		}
	}
}
