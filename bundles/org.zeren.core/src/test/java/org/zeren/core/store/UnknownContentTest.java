package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.Recurrence;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

/**
 * Content this installation does not know survives a load-save round trip with a warning: an attribute and an
 * element of a newer metamodel, an enumeration literal of a newer version, and an element of a work-area package
 * that is not installed, with its attributes, a nested child with text, a reference from it to a known element and
 * references from known elements to it, and an element of a class the known package does not have (yet). Generated
 * typed lists never see a foreign object.
 */
class UnknownContentTest {

    static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <zeren:ResponsibilityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeren="http://www.zeren.org/model/1.0" \
            xmlns:oh="http://www.zeren.org/workarea/occupational-health/1.0" xmi:id="root" name="绿建区" reviewCycle="P1Y">
              <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
              <parties xsi:type="zeren:Department" xmi:id="p2" name="卫生健康局"/>
              <dutyLists xmi:id="l1" holder="p1">
                <duties xsi:type="zeren:Responsibility" xmi:id="d1" code="1" delegatedFrom="oh1" recurrence="FORTNIGHTLY"/>
                <duties xsi:type="oh:HazardFactorDuty" xmi:id="oh1" code="OH-1" factor="粉尘" supervisingParties="p2">
                  <monitoring xmi:id="m1" interval="P6M">
                    <note>每半年检测一次 &amp; 公示</note>
                  </monitoring>
                </duties>
                <duties xsi:type="zeren:Responsibility" xmi:id="d2" code="2" supervisingParties="p1 oh1 p2" delegatedFrom="d1"/>
                <duties xsi:type="zeren:Inspection" xmi:id="i1" code="3" frequency="QUARTERLY"/>
                <signOff xmi:id="s1" by="p1"/>
              </dutyLists>
            </zeren:ResponsibilityModel>
            """;

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void unknownContentIsKeptWithAWarningAndNeverEntersTypedLists() throws Exception {
        LoadedModel model = store.load(write("oh.zeren", FILE));

        Set<StoreDiagnostic.Kind> kinds = model.warnings().stream().map(StoreDiagnostic::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.of(StoreDiagnostic.Kind.UNKNOWN_FEATURE, StoreDiagnostic.Kind.UNKNOWN_TYPE,
                StoreDiagnostic.Kind.UNKNOWN_VALUE, StoreDiagnostic.Kind.REFERENCE_TO_UNKNOWN), kinds, model.warnings().toString());
        StoreDiagnostic type = model.warnings().stream().filter(w -> w.kind() == StoreDiagnostic.Kind.UNKNOWN_TYPE).findFirst().get();
        assertEquals(7, type.line());
        assertTrue(type.toString().contains("oh:HazardFactorDuty") && type.toString().contains("occupational-health"), type.toString());
        assertTrue(model.warnings().stream().anyMatch(w -> w.message().contains("reviewCycle")), model.warnings().toString());
        assertTrue(model.warnings().stream().anyMatch(w -> w.message().contains("signOff")), model.warnings().toString());
        assertTrue(model.warnings().stream().anyMatch(w -> w.message().contains("zeren:Inspection")), model.warnings().toString());

        ResponsibilityModel root = model.model();
        DutyList list = root.getDutyLists().get(0);
        List<String> codes = new ArrayList<>();
        for (Duty duty : list.getDuties()) { // a foreign object here would be a ClassCastException
            codes.add(duty.getCode());
        }
        assertEquals(List.of("1", "2"), codes);
        Duty d1 = list.getDuties().get(0);
        Duty d2 = list.getDuties().get(1);
        assertNull(d1.getDelegatedFrom(), "the reference to the unknown duty is not in the typed reference");
        assertFalse(d1.eIsSet(d1.eClass().getEStructuralFeature("recurrence")), "an unreadable literal leaves the attribute unset");
        assertSame(d1, d2.getDelegatedFrom());
        List<String> supervisors = new ArrayList<>();
        for (Party party : d2.getSupervisingParties()) {
            supervisors.add(party.getName());
        }
        assertEquals(List.of("应急管理局", "卫生健康局"), supervisors);
        for (TreeIterator<EObject> i = model.resource().getAllContents(); i.hasNext();) {
            EObject object = i.next();
            assertFalse(object instanceof AnyType, "foreign object in the model tree: " + object);
        }
    }

    @Test
    void unknownContentIsWrittenBackWithTheSameMeaning() throws Exception {
        Path file = write("oh.zeren", FILE);
        LoadedModel model = store.load(file);
        Path saved = dir.resolve("saved.zeren");
        store.save(model.resource(), saved);

        assertEquals(XmlInfoset.of(FILE.getBytes(StandardCharsets.UTF_8)), XmlInfoset.of(Files.readAllBytes(saved)),
                "the saved file means something else than the original");
        String text = Files.readString(saved);
        assertTrue(text.contains("xmlns:oh=\"http://www.zeren.org/workarea/occupational-health/1.0\""), "keeps the prefix");

        // and again: a reload gives the same model and the same warnings; a second save the same bytes
        LoadedModel reloaded = store.load(saved);
        assertTrue(new EcoreUtil.EqualityHelper().equals(model.root(), reloaded.root()));
        assertEquals(model.warnings().stream().map(StoreDiagnostic::kind).toList(),
                reloaded.warnings().stream().map(StoreDiagnostic::kind).toList());
        Path twice = dir.resolve("twice.zeren");
        store.save(reloaded.resource(), twice);
        assertEquals(text, Files.readString(twice));
    }

    @Test
    void editsOfKnownContentWinOverKeptValuesAndKeepTheRest() throws Exception {
        LoadedModel model = store.load(write("oh.zeren", FILE));
        DutyList list = model.model().getDutyLists().get(0);
        Duty d1 = list.getDuties().get(0);
        Duty d2 = list.getDuties().get(1);
        d1.setDelegatedFrom(d2); // replaces the kept reference to oh1
        d1.setRecurrence(Recurrence.DAILY); // replaces the kept unknown literal
        Department p3 = ZerenFactory.eINSTANCE.createDepartment();
        p3.setName("市场监管局");
        model.model().getParties().add(p3);
        d2.getSupervisingParties().add(0, p3);
        Duty d0 = ZerenFactory.eINSTANCE.createObligation();
        d0.setCode("0");
        list.getDuties().add(0, d0);
        store.save(model);

        String text = Files.readString(model.file());
        String d1Line = text.lines().filter(l -> l.contains("xmi:id=\"d1\"")).findFirst().orElseThrow();
        assertTrue(d1Line.contains("delegatedFrom=\"d2\"") && !d1Line.contains("oh1"), d1Line);
        assertTrue(d1Line.contains("recurrence=\"DAILY\"") && !d1Line.contains("FORTNIGHTLY"), d1Line);
        String d2Line = text.lines().filter(l -> l.contains("xmi:id=\"d2\"")).findFirst().orElseThrow();
        String p3Id = model.resource().getID(p3);
        assertTrue(d2Line.contains("supervisingParties=\"" + p3Id + " p1 oh1 p2\""), d2Line);

        LoadedModel reloaded = store.load(model.file());
        List<String> order = new ArrayList<>();
        for (org.w3c.dom.Node n = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(model.file().toFile()).getElementsByTagName("dutyLists").item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                order.add(e.getAttribute("xmi:id").equals(model.resource().getID(d0)) ? "d0" : e.getAttribute("xmi:id"));
            }
        }
        assertEquals(List.of("d0", "d1", "oh1", "d2", "i1", "s1"), order, "unknown duties keep their place");
        assertEquals(3, reloaded.model().getDutyLists().get(0).getDuties().size());
        assertTrue(reloaded.warnings().stream().noneMatch(w -> w.kind() == StoreDiagnostic.Kind.UNKNOWN_VALUE));
    }

    @Test
    void removingTheKnownNeighbourMovesTheUnknownElementToTheEndOfItsList() throws Exception {
        LoadedModel model = store.load(write("oh.zeren", FILE));
        DutyList list = model.model().getDutyLists().get(0);
        EcoreUtil.delete(list.getDuties().get(0), true); // d1, after which oh1 stood; d2 referred to it
        EcoreUtil.delete(model.model().getParties().get(1), true); // p2: referred to by d2 and (as text) by oh1
        store.save(model);
        String text = Files.readString(model.file());
        assertTrue(text.indexOf("xmi:id=\"d2\"") < text.indexOf("xmi:id=\"oh1\""), text);
        assertTrue(text.indexOf("xmi:id=\"oh1\"") < text.indexOf("xmi:id=\"s1\""), text);
        assertEquals(1, store.load(model.file()).model().getDutyLists().get(0).getDuties().size());
    }

    /** The store is generic: a dynamic metamodel gets the same treatment (used before the Zeren model existed). */
    @Test
    void worksForADynamicMetamodelToo() throws Exception {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage p = f.createEPackage();
        p.setName("mini");
        p.setNsPrefix("mini");
        p.setNsURI("urn:zeren-test:mini");
        new ResourceImpl(org.eclipse.emf.common.util.URI.createURI(p.getNsURI())).getContents().add(p);
        EClass root = f.createEClass();
        root.setName("Root");
        EClass item = f.createEClass();
        item.setName("Item");
        EAttribute name = f.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        item.getEStructuralFeatures().add(name);
        EReference items = f.createEReference();
        items.setName("items");
        items.setEType(item);
        items.setContainment(true);
        items.setUpperBound(-1);
        root.getEStructuralFeatures().add(items);
        p.getEClassifiers().addAll(List.of(root, item));

        XmiModelStore mini = new XmiModelStore(root);
        Path file = write("mini.xmi", """
                <?xml version="1.0" encoding="UTF-8"?>
                <mini:Root xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:mini="urn:zeren-test:mini" xmlns:x="urn:other" xmi:id="r">
                  <items xmi:id="a" name="一"/>
                  <items xsi:type="x:Special" xmi:id="b" level="3"/>
                  <items xmi:id="c" name="三"/>
                </mini:Root>
                """);
        LoadedModel model = mini.load(file);
        assertEquals(2, ((List<?>) model.root().eGet(items)).size());
        assertEquals(1, model.warnings().size());
        mini.save(model);
        assertEquals(XmlInfoset.of(Files.readAllBytes(AtomicFiles.backupOf(file))), XmlInfoset.of(Files.readAllBytes(file)));
    }
}
