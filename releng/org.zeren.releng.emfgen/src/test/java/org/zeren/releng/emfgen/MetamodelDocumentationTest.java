/*
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.releng.emfgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * Every package, classifier, feature and enum literal of the Ecore models of {@link GenerateModelCode#TARGETS}
 * (zeren.ecore and the work-area packages) says what it means (GenModel documentation).
 */
class MetamodelDocumentationTest {

  @Test
  void everyElementIsDocumented() {
    assertEquals("http://www.zeren.org/model/1.0", load(GenerateModelCode.TARGETS.get(0)).getNsURI());
    for (GenerateModelCode.Target target : GenerateModelCode.TARGETS) {
      checkAll(target);
    }
  }

  private static void checkAll(GenerateModelCode.Target target) {
    EPackage ePackage = load(target);
    List<String> undocumented = new ArrayList<>();
    check(ePackage, undocumented);
    for (TreeIterator<EObject> it = ePackage.eAllContents(); it.hasNext();) {
      EObject element = it.next();
      if (element instanceof EClassifier || element instanceof EStructuralFeature
          || element instanceof EEnumLiteral) {
        check((EModelElement) element, undocumented);
      }
    }
    assertTrue(undocumented.isEmpty(), () -> target.bundle() + "/" + target.ecore()
        + " elements without a GenModel documentation annotation: " + String.join(", ", undocumented));
  }

  private static void check(EModelElement element, List<String> undocumented) {
    String documentation = EcoreUtil.getDocumentation(element);
    if (documentation == null || documentation.isBlank()) {
      undocumented.add(element instanceof ENamedElement named ? qualifiedName(named) : element.toString());
    }
  }

  private static String qualifiedName(ENamedElement element) {
    return element.eContainer() instanceof ENamedElement parent && !(parent instanceof EPackage)
        ? qualifiedName(parent) + "." + element.getName() : element.getName();
  }

  private static EPackage load(GenerateModelCode.Target target) {
    Path ecore = Path.of(System.getProperty("zeren.repo.root", "../..")).resolve(target.parent()).resolve(target.bundle())
        .resolve(target.ecore()).toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(ecore), () -> "missing " + ecore);
    ResourceSetImpl resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
    return (EPackage) resource.getContents().get(0);
  }
}
