/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.releng.emfgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generator for the Zeren metamodel and the work-area EPackages that extend it.
 *
 * <p>Handles every genmodel of {@link #TARGETS}, in that order. For each it reads the genmodel, reconciles it with
 * its Ecore model (so a new class or feature in the Ecore model is picked up without the Eclipse IDE), and
 * generates the model code into the bundle's {@code src-gen} and, where the target has an edit bundle, the edit
 * code into the edit bundle's {@code src-gen} (plus the edit {@code plugin.properties} and icons). For
 * {@code bundles/org.zeren.model/model/zeren.genmodel} that is {@code org.zeren.model/src-gen} and
 * {@code org.zeren.model.edit/src-gen}. Existing Java files are merged with JMerger, so members marked
 * {@code @generated NOT} keep their hand edits. MANIFEST.MF, build.properties and plugin.xml are hand-maintained:
 * the generator writes them only where they do not exist.
 *
 * <p>A genmodel may use the generated packages of another genmodel ({@code usedGenPackages}, e.g. a work-area
 * package whose classes extend {@code Obligation}); it refers to it by a relative URI or a
 * {@code platform:/resource/<bundle>/...} URI. No OSGi runtime is needed: {@code platform:/resource/<bundle>} URIs
 * are mapped to the bundle folders through {@link EcorePlugin#getPlatformResourceMap()}. The output is
 * deterministic: no timestamps, LF line endings, UTF-8, independent of the machine's locale and of the folder the
 * bundles are in.
 *
 * <p>Usage: {@code java org.zeren.releng.emfgen.GenerateModelCode <repository root>}; see the module's pom.xml for
 * the Maven profile {@code generate-emf}.
 */
public final class GenerateModelCode {

  /** Symbolic name and folder name of the model bundle. */
  public static final String MODEL_BUNDLE = "org.zeren.model";

  /** Symbolic name and folder name of the edit bundle. */
  public static final String EDIT_BUNDLE = "org.zeren.model.edit";

  /** The genmodel, relative to the model bundle. */
  public static final String GENMODEL = "model/zeren.genmodel";

  /**
   * One genmodel the generator handles.
   *
   * @param bundle symbolic name and folder name (under {@code bundles/}) of the bundle holding the genmodel and
   *        receiving the model code; never null
   * @param genModel path of the genmodel relative to {@code bundle}; its Ecore model is the file of the same name
   *        ending in {@code .ecore}; never null
   * @param editBundle symbolic name and folder name of the bundle receiving the edit code, or null when the
   *        target has model code only
   * @param parent the folder holding the bundle folders, relative to the repository root: {@code bundles} for the
   *        bundles of Zeren, {@code examples/department-plugin} for the example department plugin; never null
   */
  public record Target(String bundle, String genModel, String editBundle, String parent) {

    /** @throws NullPointerException when bundle, genModel or parent is null */
    public Target {
      Objects.requireNonNull(bundle, "bundle");
      Objects.requireNonNull(genModel, "genModel");
      Objects.requireNonNull(parent, "parent");
    }

    /** A target of a bundle under {@code bundles/}. */
    public Target(String bundle, String genModel, String editBundle) {
      this(bundle, genModel, editBundle, "bundles");
    }

    /** @return the path of the Ecore model relative to {@link #bundle()}, e.g. {@code model/zeren.ecore} */
    public String ecore() {
      return genModel.substring(0, genModel.length() - ".genmodel".length()) + ".ecore";
    }

    /** @return the bundles the generator writes: the model bundle, then the edit bundle if any */
    public List<String> outputBundles() {
      return editBundle == null ? List.of(bundle) : List.of(bundle, editBundle);
    }
  }

  /**
   * The genmodels of the repository, in generation order: the core metamodel first, then the work-area packages
   * that use it.
   */
  public static final List<Target> TARGETS = List.of(
      new Target(MODEL_BUNDLE, GENMODEL, EDIT_BUNDLE),
      new Target("org.zeren.workarea.occupationalhealth", "model/occupationalhealth.genmodel", null),
      // the example department plugin is a separate Maven project, but its generated code is checked here too
      new Target("org.example.zeren.firesafety", "model/firesafety.genmodel", null, "examples/department-plugin"));

  private GenerateModelCode() {
  }

  /**
   * Generates every target of {@link #TARGETS} into the bundle folders under {@code <root>/bundles}.
   *
   * @param args one argument, the repository root
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: GenerateModelCode <repository root>");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Map<String, Path> folders;
    try {
      folders = repositoryFolders(root);
    } catch (IOException e) {
      System.err.println("GenerateModelCode: cannot list the bundles of " + root + ": " + e);
      System.exit(2);
      return;
    }
    for (Target target : TARGETS) {
      Path folder = folders.getOrDefault(target.bundle(), root.resolve(target.parent()).resolve(target.bundle()));
      if (!Files.isRegularFile(folder.resolve(target.genModel()))) {
        System.err.println("GenerateModelCode: no " + target.genModel() + " in " + folder
            + " (is " + root + " the repository root?)");
        System.exit(2);
      }
    }
    boolean failed = false;
    for (Target target : TARGETS) {
      long start = System.nanoTime();
      Result result;
      try {
        result = generate(folders, target);
      } catch (IOException | RuntimeException e) {
        System.err.println("GenerateModelCode: generation of " + target.genModel() + " failed: " + e);
        e.printStackTrace();
        System.exit(1);
        return;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      for (String message : result.messages()) {
        System.out.println(target.bundle() + ": " + message);
      }
      if (result.ok()) {
        System.out.println("GenerateModelCode: generated " + String.join(" and ", target.outputBundles()) + " in "
            + millis + " ms" + (result.genModelUpdated() ? " (genmodel reconciled and rewritten)" : ""));
      } else {
        System.err.println("GenerateModelCode: " + target.bundle() + "/" + target.genModel() + " FAILED");
        failed = true;
      }
    }
    if (failed) {
      System.exit(1);
    }
  }

  /**
   * @param root the repository root
   * @return the folders of every bundle under {@code <root>/bundles} and of every target elsewhere (the example
   *         department plugin), by symbolic name; never null
   * @throws IOException when {@code <root>/bundles} cannot be listed
   */
  public static Map<String, Path> repositoryFolders(Path root) throws IOException {
    Map<String, Path> result = bundleFolders(root.resolve("bundles"));
    for (Target target : TARGETS) {
      if (!"bundles".equals(target.parent())) {
        for (String name : target.outputBundles()) {
          result.put(name, root.resolve(target.parent()).resolve(name).toAbsolutePath().normalize());
        }
      }
    }
    return result;
  }

  /**
   * @param bundles a folder holding bundle folders, e.g. {@code <root>/bundles}
   * @return every sub-folder by its name, which is the bundle's symbolic name; never null
   * @throws IOException when the folder cannot be listed
   */
  public static Map<String, Path> bundleFolders(Path bundles) throws IOException {
    Map<String, Path> result = new LinkedHashMap<>();
    try (Stream<Path> children = Files.list(bundles)) {
      children.filter(Files::isDirectory).sorted()
          .forEach(dir -> result.put(dir.getFileName().toString(), dir.toAbsolutePath().normalize()));
    }
    return result;
  }

  /**
   * The outcome of a generation.
   *
   * @param ok false when the genmodel is invalid or the generator reported an error
   * @param genModelUpdated true when reconciling with the Ecore model changed the genmodel, which was then saved
   * @param messages warnings and errors, one per line
   */
  public record Result(boolean ok, boolean genModelUpdated, List<String> messages) {
  }

  /**
   * Generates model and edit code for the genmodel of {@code modelBundle}, the first of {@link #TARGETS}.
   *
   * @param modelBundle folder of org.zeren.model (or a copy of it), holding {@value #GENMODEL}
   * @param editBundle folder of org.zeren.model.edit (or a copy of it); created when missing
   * @return the outcome; never null
   * @throws IOException when the genmodel cannot be read or written
   */
  public static Result generate(Path modelBundle, Path editBundle) throws IOException {
    return generate(Map.of(MODEL_BUNDLE, modelBundle, EDIT_BUNDLE, editBundle), TARGETS.get(0));
  }

  /**
   * Generates the code of one target.
   *
   * @param folders the bundle folders by symbolic name; must hold the target's bundles and every bundle its
   *        genmodel refers to through {@code platform:/resource/<bundle>} (relative references resolve against the
   *        genmodel's own folder); a missing edit bundle folder is created as a sibling of the model bundle
   * @param target the genmodel to generate; never null
   * @return the outcome; never null
   * @throws IOException when the genmodel cannot be read or written
   * @throws IllegalArgumentException when {@code folders} lacks the target's model bundle
   */
  public static synchronized Result generate(Map<String, Path> folders, Target target) throws IOException {
    // Stand-alone, EMF reads and writes Java files in the JVM's default charset: anything but UTF-8 corrupts
    // the Chinese documentation (JDK 18+ defaults to UTF-8 unless file.encoding says otherwise).
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
      throw new IllegalStateException("the default charset is " + Charset.defaultCharset()
          + ", the EMF generator needs UTF-8: run the JVM with -Dfile.encoding=UTF-8");
    }
    if (!folders.containsKey(target.bundle())) {
      throw new IllegalArgumentException("no folder for bundle " + target.bundle() + " of " + target.genModel());
    }
    Map<String, Path> mapped = new LinkedHashMap<>();
    folders.forEach((name, folder) -> mapped.put(name, folder.toAbsolutePath().normalize()));
    Path model = mapped.get(target.bundle());
    Path edit = null;
    if (target.editBundle() != null) {
      edit = mapped.computeIfAbsent(target.editBundle(), name -> model.resolveSibling(name));
      Files.createDirectories(edit);
    }

    String savedLineSeparator = System.getProperty("line.separator");
    Locale savedLocale = Locale.getDefault();
    Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
    Map<String, URI> oldMappings = new LinkedHashMap<>();
    mapped.keySet().forEach(name -> oldMappings.put(name, platformMap.get(name)));
    System.setProperty("line.separator", "\n");
    // names and labels are derived with case conversions: make them independent of the machine's locale
    Locale.setDefault(Locale.ROOT);
    try {
      mapped.forEach((name, folder) -> platformMap.put(name, folderUri(folder)));
      // Without this registration the generator finds no adapter, "succeeds" and writes nothing.
      GeneratorAdapterFactory.Descriptor.Registry registry = GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
      if (!registry.getDescriptors(GenModelPackage.eNS_URI).contains(GenModelGeneratorAdapterFactory.DESCRIPTOR)) {
        registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
      }

      List<String> messages = new ArrayList<>();
      ResourceSet resourceSet = newResourceSet();
      // a plugin outside this repository refers to Zeren's models as platform:/plugin/org.zeren.model/...
      // (what it sees in its target platform); here those are the bundle folders as well
      Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
      mapped.forEach((name, folder) -> uriMap.put(URI.createPlatformPluginURI(name + "/", false), folderUri(folder)));
      URI genModelUri = URI.createPlatformResourceURI(target.bundle() + "/" + target.genModel(), true);
      Resource genModelResource = resourceSet.getResource(genModelUri, true);
      GenModel oldGenModel = (GenModel) genModelResource.getContents().get(0);
      if (!loadedCleanly(resourceSet, messages)) {
        return new Result(false, false, messages);
      }

      GenModel genModel = reconcile(oldGenModel);
      genModelResource.getContents().set(0, genModel);
      genModel.setCanGenerate(true);
      IStatus status = genModel.validate();
      if (!status.isOK()) {
        collect(status, messages);
        if (status.getSeverity() == IStatus.ERROR) {
          return new Result(false, false, messages);
        }
      }
      // only a valid genmodel is written back
      boolean updated = saveIfChanged(genModelResource, model.resolve(target.genModel()));

      Generator generator = new Generator();
      generator.setInput(genModel);
      boolean ok = true;
      List<String> projectTypes = target.editBundle() == null ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
          : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
      for (String projectType : projectTypes) {
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        collect(diagnostic, messages);
        ok &= diagnostic.getSeverity() < Diagnostic.ERROR;
      }
      generator.dispose();

      normalizeLineEndings(model);
      if (edit != null) {
        normalizeLineEndings(edit);
      }
      return new Result(ok, updated, messages);
    } finally {
      System.setProperty("line.separator", savedLineSeparator);
      Locale.setDefault(savedLocale);
      oldMappings.forEach((name, old) -> restore(platformMap, name, old));
    }
  }

  /**
   * Builds a fresh genmodel from the Ecore packages of {@code oldGenModel} and carries the old settings over, as
   * the "Reload" of the Eclipse genmodel editor does: new Ecore classes and features get genmodel entries, removed
   * ones lose theirs, and every setting made in the genmodel (top level and per element) is kept.
   */
  static GenModel reconcile(GenModel oldGenModel) {
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : oldGenModel.getGenPackages()) {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy()) {
        throw new IllegalStateException("genmodel refers to an Ecore package that cannot be loaded: " + genPackage);
      }
      ePackages.add(ePackage);
    }
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    genModel.reconcile(oldGenModel);
    // not carried over by reconcile
    genModel.setImporterID(oldGenModel.getImporterID());
    for (GenPackage used : oldGenModel.getUsedGenPackages()) {
      if (!genModel.getUsedGenPackages().contains(used)) {
        genModel.getUsedGenPackages().add(used);
      }
    }
    return genModel;
  }

  /**
   * Resolves every reference of the loaded genmodel and Ecore model; returns false, with messages, when a resource
   * could not be read or a reference does not resolve (e.g. a broken href in zeren.ecore).
   */
  private static boolean loadedCleanly(ResourceSet resourceSet, List<String> messages) {
    EcoreUtil.resolveAll(resourceSet);
    boolean ok = true;
    for (Resource resource : List.copyOf(resourceSet.getResources())) {
      for (Resource.Diagnostic error : resource.getErrors()) {
        messages.add("ERROR: " + resource.getURI() + ": " + error.getMessage());
        ok = false;
      }
    }
    for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> proxy
        : EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).entrySet()) {
      messages.add("ERROR: unresolved reference " + EcoreUtil.getURI(proxy.getKey()) + " used by "
          + proxy.getValue().size() + " element(s)");
      ok = false;
    }
    return ok;
  }

  private static boolean saveIfChanged(Resource resource, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, null);
    byte[] bytes = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    byte[] old = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    if (Arrays.equals(bytes, old)) {
      return false;
    }
    Files.write(file, bytes);
    return true;
  }

  private static ResourceSet newResourceSet() {
    GenModelPackage.eINSTANCE.eClass();
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    return resourceSet;
  }

  private static URI folderUri(Path folder) {
    return URI.createFileURI(folder.toString()).appendSegment("");
  }

  private static void restore(Map<String, URI> map, String key, URI value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }

  private static void collect(Diagnostic diagnostic, List<String> messages) {
    if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getMessage() != null
        && !diagnostic.getMessage().isBlank()) {
      messages.add(severity(diagnostic.getSeverity()) + ": " + diagnostic.getMessage());
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      collect(child, messages);
    }
  }

  private static void collect(IStatus status, List<String> messages) {
    if (!status.isOK() && status.getMessage() != null && !status.getMessage().isBlank()) {
      messages.add(severity(status.getSeverity()) + ": " + status.getMessage());
    }
    for (IStatus child : status.getChildren()) {
      collect(child, messages);
    }
  }

  private static String severity(int severity) {
    return switch (severity) {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "INFO";
    };
  }

  /** Rewrites CRLF or CR line endings of the text files under {@code folder} (build output aside) as LF. */
  static void normalizeLineEndings(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).filter(GenerateModelCode::isText).filter(file -> {
        Path relative = folder.relativize(file);
        return relative.getNameCount() == 1
            || !Set.of("target", "bin").contains(relative.getName(0).toString());
      }).forEach(file -> {
        try {
          byte[] bytes = Files.readAllBytes(file);
          String text = new String(bytes, StandardCharsets.ISO_8859_1);
          if (text.indexOf('\r') >= 0) {
            Files.write(file, text.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.ISO_8859_1));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".xml")
        || name.endsWith(".MF") || name.endsWith(".ecore") || name.endsWith(".genmodel");
  }
}
