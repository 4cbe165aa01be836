package org.zeren.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zeren new-workarea --id ID --name-zh 名称 --name-en NAME --package PKG -o FOLDER}: writes the skeleton of a
 * work-area plugin into a new folder: a Tycho project (pom.xml, a target platform of a Zeren p2 repository plus Maven
 * Central, the Maven wrapper's settings), a bundle manifest that imports the SPI with the range [1.0,2.0), one
 * Declarative Services component with one duty template and one validation rule, a unit test that applies the
 * template and runs the rule, and the build entry point {@code ./build} (a self-contained script that selects a JDK
 * 21+ or stops naming the Java it found, then runs the Maven wrapper {@code ./mvnw}, also written).
 * {@code ./build verify} builds it against the repository given with {@code --zeren-repository} and runs the test.
 * <p>
 * Exits {@link ZerenCli#OK}, or {@link ZerenCli#USAGE} for an invalid id, package or colour, or when the folder
 * exists and is not empty (nothing is written then).
 */
@Command(name = "new-workarea", mixinStandardHelpOptions = true, sortOptions = false)
public final class NewWorkAreaCommand extends BaseCommand {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	@Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "newWorkAreaId")
	String id;

	@Option(names = "--name-zh", required = true, paramLabel = "NAME", descriptionKey = "newWorkAreaNameZh")
	String nameZh;

	@Option(names = "--name-en", required = true, paramLabel = "NAME", descriptionKey = "newWorkAreaNameEn")
	String nameEn;

	@Option(names = "--package", required = true, paramLabel = "PACKAGE", descriptionKey = "newWorkAreaPackage")
	String packageName;

	@Option(names = "--colour", paramLabel = "#RRGGBB", defaultValue = "#607D8B", descriptionKey = "newWorkAreaColour")
	String colour;

	@Option(names = "--zeren-repository", paramLabel = "URL", defaultValue = "file:/path/to/zeren/repository",
			descriptionKey = "newWorkAreaRepository")
	String repository;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FOLDER", descriptionKey = "newWorkAreaOutput")
	Path output;

	/**
	 * @param registry the installed work areas (unused by this command); never null
	 * @param store    the model store (unused by this command); never null
	 */
	public NewWorkAreaCommand(WorkAreaRegistry registry, ModelStore store) {
		super(registry, store);
	}

	@Override
	protected int run() throws IOException {
		if (!ID.matcher(id).matches()) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.newWorkAreaBadId, id));
		}
		if (!PACKAGE.matcher(packageName).matches()) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.newWorkAreaBadPackage, packageName));
		}
		if (!COLOUR.matcher(colour).matches()) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.newWorkAreaBadColour, colour));
		}
		if (nameZh.isBlank() || nameEn.isBlank() || (nameZh + nameEn).contains("\"")) {
			throw new CliException(ZerenCli.USAGE, Messages.newWorkAreaBadName);
		}
		if (Files.exists(output) && !(Files.isDirectory(output) && isEmpty(output))) {
			throw new CliException(ZerenCli.USAGE, NLS.bind(Messages.newWorkAreaFolderExists, output));
		}
		Map<String, String> values = new LinkedHashMap<>();
		String className = className(id) + "WorkArea";
		values.put("id", id);
		values.put("nameZh", nameZh);
		values.put("nameEn", nameEn);
		values.put("package", packageName);
		values.put("bundle", packageName);
		values.put("className", className);
		values.put("prefix", prefix(id));
		values.put("colour", colour.toUpperCase(Locale.ROOT));
		values.put("repository", repository);

		Path src = Path.of("src").resolve(packageName.replace('.', '/'));
		Path test = Path.of("src", "test", "java").resolve(packageName.replace('.', '/'));
		Map<String, Path> files = new LinkedHashMap<>();
		files.put("pom.xml", Path.of("pom.xml"));
		files.put("workarea.target", Path.of("workarea.target"));
		files.put("maven-wrapper.properties", Path.of(".mvn", "wrapper", "maven-wrapper.properties"));
		files.put("mvnw", Path.of("mvnw"));
		files.put("build", Path.of("build"));
		files.put("MANIFEST.MF", Path.of("META-INF", "MANIFEST.MF"));
		files.put("build.properties", Path.of("build.properties"));
		files.put("plugin.properties", Path.of("plugin.properties"));
		files.put("package-info.java", src.resolve("package-info.java"));
		files.put("WorkArea.java", src.resolve(className + ".java"));
		files.put("Rule.java", src.resolve(className + "DutyMissingRule.java"));
		files.put("WorkAreaTest.java", test.resolve(className + "Test.java"));
		for (Map.Entry<String, Path> file : files.entrySet()) {
			Path target = output.resolve(file.getValue());
			Files.createDirectories(target.getParent());
			Files.writeString(target, fill(template(file.getKey()), values), StandardCharsets.UTF_8);
			if (EXECUTABLE.contains(file.getKey())) {
				makeExecutable(target);
			}
			out().println(output.relativize(target));
		}
		out().println(NLS.bind(Messages.newWorkAreaWritten, new Object[] { output, repository,
				output.resolve("target").resolve(packageName + "-1.0.0-SNAPSHOT.jar") }));
		return ZerenCli.OK;
	}

	/** The shell scripts of the skeleton: ./build (selects a JDK 21+, then runs ./mvnw) and the Maven wrapper. */
	private static final Set<String> EXECUTABLE = Set.of("build", "mvnw");

	private static void makeExecutable(Path file) throws IOException {
		try {
			var permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
			permissions.add(PosixFilePermission.OWNER_EXECUTE);
			permissions.add(PosixFilePermission.GROUP_EXECUTE);
			permissions.add(PosixFilePermission.OTHERS_EXECUTE);
			Files.setPosixFilePermissions(file, permissions);
		} catch (UnsupportedOperationException e) {
			// no POSIX permissions (Windows): run it as "bash build"
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var children = Files.list(folder)) {
			return children.findAny().isEmpty();
		}
	}

	/** fire-safety -> FireSafety */
	static String className(String id) {
		StringBuilder b = new StringBuilder();
		for (String word : id.split("-")) {
			b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return Character.isDigit(b.charAt(0)) ? "W" + b : b.toString();
	}

	/** fire-safety -> FS: the code prefix of the template */
	static String prefix(String id) {
		StringBuilder b = new StringBuilder();
		for (String word : id.split("-")) {
			b.append(Character.toUpperCase(word.charAt(0)));
		}
		return b.toString();
	}

	private static String template(String name) {
		try (InputStream in = NewWorkAreaCommand.class.getResourceAsStream("/org/zeren/cli/skeleton/" + name + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("skeleton file " + name + " missing from org.zeren.cli");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces ${key} of the values; other ${...} (Maven and target properties) are left as they are. */
	static String fill(String text, Map<String, String> values) {
		String result = text;
		for (Map.Entry<String, String> v : values.entrySet()) {
			result = result.replace("${" + v.getKey() + "}", v.getValue());
		}
		return result;
	}
}
