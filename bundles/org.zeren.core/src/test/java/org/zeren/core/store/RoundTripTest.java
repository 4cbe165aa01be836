package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.ZerenPackage;

/**
 * Save and load keep everything: every concrete class and every persistent feature of the metamodel (found
 * reflectively, so a feature added later is covered without touching this test), the ids, and the bytes (saving
 * the same model twice gives the same file).
 */
class RoundTripTest {

    private static final Pattern UUID = Pattern.compile("_[A-Za-z0-9_-]{22}");
    /** Characters that need escaping in XML, line breaks and Chinese. */
    private static final String TRICKY = "安全生产 & <责任> \"清单\" 'x'\n第二行\t\r";

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    @Test
    void everyConcreteClassAndFeatureSurvivesSaveAndLoad() throws Exception {
        Path file = dir.resolve("all.zeren");
        LoadedModel model = store.create(file, "全部类别");
        Map<EClass, EObject> representatives = buildTree(model.root());
        List<EObject> all = new ArrayList<>();
        model.resource().getAllContents().forEachRemaining(all::add);
        int featuresSet = 0;
        for (EObject object : representatives.values()) {
            featuresSet += fillFeatures(object, all);
        }

        List<EClass> concrete = concreteClasses();
        assertEquals(concrete.size(), representatives.size(), "every concrete class has an instance: " + representatives.keySet());
        for (EObject object : representatives.values()) {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (isPersistent(feature)) {
                    assertTrue(object.eIsSet(feature), object.eClass().getName() + "." + feature.getName() + " is not set");
                }
            }
        }
        assertTrue(featuresSet > 40, "only " + featuresSet + " features set: the model is smaller than expected");

        store.save(model);
        byte[] saved = Files.readAllBytes(file);
        LoadedModel loaded = new XmiModelStore().load(file);

        assertEquals(List.of(), loaded.warnings());
        assertTrue(new EcoreUtil.EqualityHelper().equals(model.root(), loaded.root()),
                "the loaded model differs from the saved one");
        assertEquals(ids(model.resource()), ids(loaded.resource()), "ids (in content order) survive");
        for (String id : ids(loaded.resource())) {
            assertTrue(UUID.matcher(id).matches(), "not a UUID: " + id);
        }
        Matcher ids = Pattern.compile(" xmi:id=\"").matcher(new String(saved, StandardCharsets.UTF_8));
        assertEquals(all.size(), ids.results().count(), "every element is written with an xmi:id");

        // UTF-8 text, LF only, escaped control characters
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
        assertTrue(text.contains("安全生产 &amp; &lt;责任>"), "Chinese is written as UTF-8 characters, markup escaped");
        assertFalse(text.indexOf('\r') >= 0, "no CR in the file");

        // deterministic: the same model gives the same bytes, before and after a load
        store.save(model);
        assertArrayEquals(saved, Files.readAllBytes(file), "saving again changes the bytes");
        Path again = dir.resolve("again.zeren");
        store.save(loaded.resource(), again);
        assertArrayEquals(saved, Files.readAllBytes(again), "saving the loaded model changes the bytes");
    }

    @Test
    void aSavedFileIsPlainXmiThatEmfReadsWithoutTheStore() throws Exception {
        Path file = dir.resolve("plain.zeren");
        LoadedModel model = store.create(file, "绿建区");
        ModelGenerator.fill(model.model(), 500, 7);
        store.save(model);

        ResourceSetImpl resourceSet = new ResourceSetImpl(); // uses the registries the store filled
        Resource plain = resourceSet.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);
        assertTrue(new EcoreUtil.EqualityHelper().equals(model.root(), plain.getContents().get(0)));
        assertEquals(ids(model.resource()), ids((XMLResource) plain));
    }

    @Test
    void createBindsAnEmptyModelToAFileWithoutWritingIt() {
        Path file = dir.resolve("new.zeren");
        LoadedModel model = store.create(file, "新模型");
        assertFalse(Files.exists(file));
        assertEquals(file.toAbsolutePath(), model.file());
        assertEquals("新模型", model.model().getName());
        assertTrue(UUID.matcher(model.resource().getID(model.root())).matches());
        assertEquals(List.of(), model.warnings());
        var party = org.zeren.model.ZerenFactory.eINSTANCE.createDepartment();
        model.model().getParties().add(party);
        assertNotNull(model.resource().getID(party), "elements added later get a UUID too");
    }

    @Test
    void theSecondSaveKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("district.zeren");
        LoadedModel model = store.create(file, "第一版");
        ModelGenerator.fill(model.model(), 300, 1);
        store.save(model);
        byte[] first = Files.readAllBytes(file);
        assertFalse(Files.exists(dir.resolve("district.zeren.bak")), "no backup without a previous version");

        model.model().setName("第二版");
        store.save(model);
        Path backup = dir.resolve("district.zeren.bak");
        assertArrayEquals(first, Files.readAllBytes(backup), "the backup is the previous version");
        assertEquals("第二版", store.load(file).model().getName());
        assertEquals("第一版", store.load(backup).model().getName());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("district.zeren", "district.zeren.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    // ---------------------------------------------------------------- reflective model building

    private static List<EClass> concreteClasses() {
        List<EClass> result = new ArrayList<>();
        for (EClassifier classifier : ZerenPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface()) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparing(EClass::getName));
        return result;
    }

    private static boolean isPersistent(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
                && !(feature instanceof EReference r && r.isContainer());
    }

    /**
     * Builds a containment tree with one fully expanded representative of each concrete class: every containment
     * feature of a representative holds one element of each concrete class it accepts.
     */
    private static Map<EClass, EObject> buildTree(EObject root) {
        Map<EClass, EObject> representatives = new LinkedHashMap<>();
        representatives.put(root.eClass(), root);
        Deque<EObject> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            EObject object = queue.poll();
            for (EReference containment : object.eClass().getEAllContainments()) {
                if (!isPersistent(containment)) {
                    continue;
                }
                List<EClass> candidates = concreteClasses().stream()
                        .filter(c -> containment.getEReferenceType().isSuperTypeOf(c)).toList();
                if (candidates.isEmpty()) {
                    fail("no concrete class for " + containment.getName());
                }
                if (!containment.isMany()) {
                    candidates = List.of(candidates.stream().filter(c -> !representatives.containsKey(c)).findFirst()
                            .orElse(candidates.get(0)));
                }
                for (EClass candidate : candidates) {
                    EObject child = EcoreUtil.create(candidate);
                    if (containment.isMany()) {
                        @SuppressWarnings("unchecked")
                        EList<EObject> list = (EList<EObject>) object.eGet(containment);
                        list.add(child);
                    } else {
                        object.eSet(containment, child);
                    }
                    if (!representatives.containsKey(candidate)) {
                        representatives.put(candidate, child);
                        queue.add(child);
                    }
                }
            }
        }
        return representatives;
    }

    /** Sets every persistent attribute and non-containment reference to a non-default value; returns how many. */
    private static int fillFeatures(EObject object, List<EObject> all) {
        int count = 0;
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!isPersistent(feature) || feature instanceof EReference r && r.isContainment()) {
                continue; // containments were filled by buildTree
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<Object> list = (EList<Object>) object.eGet(attribute);
                    list.add(value(attribute, 0));
                    Object second = value(attribute, 1);
                    if (!list.contains(second)) {
                        list.add(second);
                    }
                } else {
                    object.eSet(attribute, value(attribute, 0));
                }
            } else {
                EReference reference = (EReference) feature;
                List<EObject> targets = all.stream().filter(reference.getEReferenceType()::isInstance)
                        .filter(t -> t != object).limit(reference.isMany() ? 2 : 1).toList();
                if (targets.isEmpty()) {
                    fail("no element to reference from " + object.eClass().getName() + "." + reference.getName());
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) object.eGet(reference);
                    list.addAll(targets);
                } else {
                    object.eSet(reference, targets.get(0));
                }
            }
            count++;
        }
        return count;
    }

    /** A value of an attribute that differs from its default; fails for a data type this test does not know yet. */
    private static Object value(EAttribute attribute, int variant) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            List<Object> values = eEnum.getELiterals().stream().map(EEnumLiteral::getInstance)
                    .filter(v -> !v.equals(attribute.getDefaultValue())).map(Object.class::cast).toList();
            return values.get(Math.min(variant, values.size() - 1));
        }
        Class<?> c = type.getInstanceClass();
        if (c == String.class) {
            return TRICKY + variant;
        } else if (c == boolean.class || c == Boolean.class) {
            return variant == 0;
        } else if (c == int.class || c == Integer.class) {
            return 7 + variant;
        } else if (c == long.class || c == Long.class) {
            return 7L + variant;
        } else if (c == double.class || c == Double.class) {
            return 2.5 + variant;
        } else if (c == LocalDate.class) {
            return LocalDate.of(2017, 2, 23).plusDays(variant);
        }
        return fail("add a non-default value for data type " + type.getName() + " (" + c + ") to this test");
    }

    private static List<String> ids(XMLResource resource) {
        List<String> result = new ArrayList<>();
        for (TreeIterator<EObject> i = resource.getAllContents(); i.hasNext();) {
            result.add(resource.getID(i.next()));
        }
        return result;
    }
}
