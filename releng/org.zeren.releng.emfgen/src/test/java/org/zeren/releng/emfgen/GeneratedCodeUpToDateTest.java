/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.releng.emfgen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Regeneration reproduces the committed code": copies the committed bundles of every genmodel of
 * {@link GenerateModelCode#TARGETS} (org.zeren.model, org.zeren.model.edit, the work-area model bundles) into a
 * temporary folder, runs {@link GenerateModelCode} there and fails, listing every file that differs (with its
 * first differing line), that the generator would add, or that it no longer generates.
 *
 * <p>This catches a genmodel or Ecore change without regeneration, and a hand edit of generated code that is not
 * marked {@code @generated NOT} (the merge overwrites it, so the file differs).
 */
class GeneratedCodeUpToDateTest {

  private static final Set<String> BUILD_OUTPUT = Set.of("target", "bin");

  private static final String HOW_TO_FIX = "Regenerate with: ./mvnw -Pgenerate-emf -pl releng/org.zeren.releng.emfgen "
      + "verify (and mark hand edits of generated members '@generated NOT').";

  @Test
  void regenerationReproducesTheCommittedCode(@TempDir Path temp) throws IOException {
    Set<String> bundles = new LinkedHashSet<>();
    GenerateModelCode.TARGETS.forEach(target -> bundles.addAll(target.outputBundles()));
    List<String> problems = new ArrayList<>();

    // 1. Merge over a copy of the committed bundles: every file must come out unchanged.
    Map<String, Path> merge = copyAll(bundles, temp.resolve("merge"));
    generateAll(merge);
    for (String name : bundles) {
      compareContents(name, bundle(name), merge.get(name), problems);
    }

    // 2. Generate into copies without src-gen: no committed file in src-gen may be one the generator no longer makes.
    Map<String, Path> fresh = copyAll(bundles, temp.resolve("fresh"));
    for (String name : bundles) {
      delete(fresh.get(name).resolve("src-gen"));
    }
    generateAll(fresh);
    for (String name : bundles) {
      compareFileSets(name + "/src-gen", bundle(name).resolve("src-gen"), fresh.get(name).resolve("src-gen"), problems);
    }

    if (!problems.isEmpty()) {
      fail("The committed EMF code is not what " + String.join(", ", GenerateModelCode.TARGETS.stream()
          .map(target -> target.bundle() + "/" + target.genModel()).toList()) + " generate ("
          + problems.size() + " file(s)):\n" + String.join("\n", problems) + "\n" + HOW_TO_FIX);
    }
  }

  @Test
  void everyTargetIsInTheRepository() {
    for (GenerateModelCode.Target target : GenerateModelCode.TARGETS) {
      Path genModel = bundle(target.bundle()).resolve(target.genModel());
      assertTrue(Files.isRegularFile(genModel), () -> "no genmodel " + genModel);
      assertTrue(Files.isRegularFile(bundle(target.bundle()).resolve(target.ecore())),
          () -> "no Ecore model " + target.ecore() + " next to " + genModel);
    }
  }

  /** Generates every target, in order, into the given bundle folders. */
  private static void generateAll(Map<String, Path> folders) throws IOException {
    for (GenerateModelCode.Target target : GenerateModelCode.TARGETS) {
      GenerateModelCode.Result result = GenerateModelCode.generate(folders, target);
      assertTrue(result.ok(), () -> "generation of " + target.bundle() + "/" + target.genModel() + " failed:\n"
          + String.join("\n", result.messages()));
    }
  }

  /** Copies the committed bundles into {@code to}, one folder each; returns the copies by bundle name. */
  private static Map<String, Path> copyAll(Set<String> bundles, Path to) throws IOException {
    Map<String, Path> copies = new LinkedHashMap<>();
    for (String name : bundles) {
      copies.put(name, copy(bundle(name), to.resolve(name)));
    }
    return copies;
  }

  @Test
  void chineseLabelsCoverEveryEditKey() throws IOException {
    Path edit = bundle(GenerateModelCode.EDIT_BUNDLE);
    Properties english = load(edit.resolve("plugin.properties"));
    Properties chinese = load(edit.resolve("plugin_zh.properties"));
    Set<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(chinese.stringPropertyNames());
    Set<String> stale = new TreeSet<>(chinese.stringPropertyNames());
    stale.removeAll(english.stringPropertyNames());
    List<String> problems = new ArrayList<>();
    missing.forEach(key -> problems.add("no Chinese label for " + key));
    stale.forEach(key -> problems.add("plugin_zh.properties has " + key + ", which plugin.properties no longer has"));
    for (String key : chinese.stringPropertyNames()) {
      if ((key.endsWith("_type") || key.endsWith("_feature") || key.endsWith("_literal"))
          && chinese.getProperty(key).chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        problems.add(key + " is not translated: '" + chinese.getProperty(key) + "'");
      }
    }
    if (!problems.isEmpty()) {
      fail(GenerateModelCode.EDIT_BUNDLE + "/plugin_zh.properties is out of step with plugin.properties:\n"
          + String.join("\n", problems));
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  private static Path bundle(String name) {
    String parent = GenerateModelCode.TARGETS.stream().filter(t -> t.outputBundles().contains(name))
        .map(GenerateModelCode.Target::parent).findFirst().orElse("bundles");
    Path bundle = repositoryRoot().resolve(parent).resolve(name);
    assertTrue(Files.isDirectory(bundle), () -> "no bundle folder " + bundle);
    return bundle;
  }

  private static Path repositoryRoot() {
    String configured = System.getProperty("zeren.repo.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bundles").resolve(GenerateModelCode.MODEL_BUNDLE)
          .resolve(GenerateModelCode.GENMODEL))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found; set -Dzeren.repo.root");
  }

  private static void compareContents(String label, Path committed, Path generated, List<String> problems)
      throws IOException {
    Set<String> committedFiles = files(committed);
    Set<String> generatedFiles = files(generated);
    Set<String> all = new TreeSet<>(committedFiles);
    all.addAll(generatedFiles);
    for (String file : all) {
      String name = label + "/" + file;
      if (!generatedFiles.contains(file)) {
        problems.add("  deleted by the generator: " + name);
      } else if (!committedFiles.contains(file)) {
        problems.add("  missing (the generator creates it): " + name);
      } else {
        String difference = firstDifference(committed.resolve(file), generated.resolve(file));
        if (difference != null) {
          problems.add("  differs: " + name + difference);
        }
      }
    }
  }

  private static void compareFileSets(String label, Path committed, Path generated, List<String> problems)
      throws IOException {
    Set<String> committedFiles = Files.isDirectory(committed) ? files(committed) : Set.of();
    Set<String> generatedFiles = Files.isDirectory(generated) ? files(generated) : Set.of();
    for (String file : committedFiles) {
      if (!generatedFiles.contains(file)) {
        problems.add("  extra (no longer generated; delete it or move it to src/): " + label + "/" + file);
      }
    }
    for (String file : generatedFiles) {
      if (!committedFiles.contains(file)) {
        problems.add("  missing (the generator creates it): " + label + "/" + file);
      }
    }
  }

  /** Returns null when equal, else a description of the first differing line. */
  static String firstDifference(Path committed, Path generated) throws IOException {
    byte[] a = Files.readAllBytes(committed);
    byte[] b = Files.readAllBytes(generated);
    if (Arrays.equals(a, b)) {
      return null;
    }
    if (!GenerateModelCode.isText(committed)) {
      return " (binary content)";
    }
    String[] left = new String(a, StandardCharsets.UTF_8).split("\n", -1);
    String[] right = new String(b, StandardCharsets.UTF_8).split("\n", -1);
    int n = Math.min(left.length, right.length);
    for (int i = 0; i < n; i++) {
      if (!left[i].equals(right[i])) {
        return " at line " + (i + 1) + "\n      committed: " + shorten(left[i]) + "\n      generated: "
            + shorten(right[i]);
      }
    }
    return left.length < right.length
        ? " at line " + (n + 1) + ": the generator adds\n      generated: " + shorten(right[n])
        : " at line " + (n + 1) + ": the generator drops\n      committed: " + shorten(left[n]);
  }

  private static String shorten(String line) {
    String trimmed = line.replace("\r", "\\r").strip();
    return trimmed.length() > 160 ? trimmed.substring(0, 160) + "..." : trimmed;
  }

  private static Set<String> files(Path root) throws IOException {
    Set<String> result = new TreeSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && BUILD_OUTPUT.contains(dir.getFileName().toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        result.add(root.relativize(file).toString().replace('\\', '/'));
        return FileVisitResult.CONTINUE;
      }
    });
    return result;
  }

  private static Path copy(Path from, Path to) throws IOException {
    for (String file : files(from)) {
      Path target = to.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
    }
    return to;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return properties;
  }
}
