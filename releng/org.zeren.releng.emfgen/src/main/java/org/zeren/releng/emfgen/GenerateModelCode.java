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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Headless EMF code generator for the Zeren metamodel.
 *
 * <p>Reads {@code bundles/org.zeren.model/model/zeren.genmodel}, reconciles it with {@code zeren.ecore} (so a new
 * class or feature in the Ecore model is picked up without the Eclipse IDE), and generates the model code into
 * {@code org.zeren.model/src-gen} and the edit code into {@code org.zeren.model.edit/src-gen} (plus the edit
 * {@code plugin.properties} and icons). Existing Java files are merged with JMerger, so members marked
 * {@code @generated NOT} keep their hand edits. MANIFEST.MF, build.properties and plugin.xml are hand-maintained:
 * the generator writes them only where they do not exist.
 *
 * <p>No OSGi runtime is needed: {@code platform:/resource/<bundle>} URIs are mapped to the bundle folders through
 * {@link EcorePlugin#getPlatformResourceMap()}. The output is deterministic: no timestamps, LF line endings, UTF-8,
 * independent of the machine's locale and of the folder the bundles are in.
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

  private GenerateModelCode() {
  }

  /**
   * Generates into {@code <root>/bundles/org.zeren.model} and {@code <root>/bundles/org.zeren.model.edit}.
   *
   * @param args one argument, the repository root
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: GenerateModelCode <repository root>");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
    Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
    if (!Files.isRegularFile(modelBundle.resolve(GENMODEL))) {
      System.err.println("GenerateModelCode: no " + GENMODEL + " in " + modelBundle
          + " (is " + root + " the repository root?)");
      System.exit(2);
    }
    long start = System.nanoTime();
    Result result;
    try {
      result = generate(modelBundle, editBundle);
    } catch (IOException | RuntimeException e) {
      System.err.println("GenerateModelCode: generation failed: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    for (String message : result.messages()) {
      System.out.println(message);
    }
    if (result.ok()) {
      System.out.println("GenerateModelCode: generated " + MODEL_BUNDLE + " and " + EDIT_BUNDLE + " in " + millis
          + " ms" + (result.genModelUpdated() ? " (genmodel reconciled and rewritten)" : ""));
    } else {
      System.err.println("GenerateModelCode: FAILED");
      System.exit(1);
    }
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
   * Generates model and edit code for the genmodel of {@code modelBundle}.
   *
   * @param modelBundle folder of org.zeren.model (or a copy of it), holding {@value #GENMODEL}
   * @param editBundle folder of org.zeren.model.edit (or a copy of it); created when missing
   * @return the outcome; never null
   * @throws IOException when the genmodel cannot be read or written
   */
  public static synchronized Result generate(Path modelBundle, Path editBundle) throws IOException {
    // Stand-alone, EMF reads and writes Java files in the JVM's default charset: anything but UTF-8 corrupts
    // the Chinese documentation (JDK 18+ defaults to UTF-8 unless file.encoding says otherwise).
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
      throw new IllegalStateException("the default charset is " + Charset.defaultCharset()
          + ", the EMF generator needs UTF-8: run the JVM with -Dfile.encoding=UTF-8");
    }
    Path model = modelBundle.toAbsolutePath().normalize();
    Path edit = editBundle.toAbsolutePath().normalize();
    Files.createDirectories(edit);

    String savedLineSeparator = System.getProperty("line.separator");
    Locale savedLocale = Locale.getDefault();
    Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
    URI oldModelMapping = platformMap.get(MODEL_BUNDLE);
    URI oldEditMapping = platformMap.get(EDIT_BUNDLE);
    System.setProperty("line.separator", "\n");
    // names and labels are derived with case conversions: make them independent of the machine's locale
    Locale.setDefault(Locale.ROOT);
    try {
      platformMap.put(MODEL_BUNDLE, folderUri(model));
      platformMap.put(EDIT_BUNDLE, folderUri(edit));
      // Without this registration the generator finds no adapter, "succeeds" and writes nothing.
      GeneratorAdapterFactory.Descriptor.Registry registry = GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
      if (!registry.getDescriptors(GenModelPackage.eNS_URI).contains(GenModelGeneratorAdapterFactory.DESCRIPTOR)) {
        registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
      }

      List<String> messages = new ArrayList<>();
      ResourceSet resourceSet = newResourceSet();
      URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true);
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
      boolean updated = saveIfChanged(genModelResource, model.resolve(GENMODEL));

      Generator generator = new Generator();
      generator.setInput(genModel);
      boolean ok = true;
      for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
          GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        collect(diagnostic, messages);
        ok &= diagnostic.getSeverity() < Diagnostic.ERROR;
      }
      generator.dispose();

      normalizeLineEndings(model);
      normalizeLineEndings(edit);
      return new Result(ok, updated, messages);
    } finally {
      System.setProperty("line.separator", savedLineSeparator);
      Locale.setDefault(savedLocale);
      restore(platformMap, MODEL_BUNDLE, oldModelMapping);
      restore(platformMap, EDIT_BUNDLE, oldEditMapping);
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
