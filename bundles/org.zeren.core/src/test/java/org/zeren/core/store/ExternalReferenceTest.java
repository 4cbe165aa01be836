package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.Responsibility;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/**
 * A model is one self-contained file: a reference to another file or resource (a local file, a named pipe, a URL,
 * another model) is refused at load with the file, line and URI in the message, and the other resource is never
 * opened; the store's resource set opens nothing but the model file, whatever asks it to.
 */
class ExternalReferenceTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <zeren:ResponsibilityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeren="http://www.zeren.org/model/1.0" \
            xmi:id="root" name="绿建区">
            """;

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    /** A model whose supervision (line 4) has the given supervisor attribute value. */
    private static String supervisor(String value) {
        return HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <supervisions xmi:id="s1" supervisor="%s"/>
                </zeren:ResponsibilityModel>
                """.formatted(value);
    }

    /**
     * Loads the content and expects it refused because of {@code uri} in {@code feature} at {@code line}; the
     * column is where the parser is at the end of that element's start tag, as for every other load error.
     */
    private ModelStoreException refused(String name, String content, String feature, String uri, int line) throws Exception {
        Path file = dir.resolve(name);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        FileTime modified = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, modified);
        List<String> before = names();

        ModelStoreException e = assertTimeoutPreemptively(PROMPTLY,
                () -> assertThrows(ModelStoreException.class, () -> store.load(file)));

        assertEquals(Problem.EXTERNAL_REFERENCE, e.problem(), e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        String startTag = content.lines().skip(line - 1).findFirst().orElseThrow();
        assertEquals(startTag.length() + 1, e.column(), e.getMessage());
        assertEquals(file + ":" + line + ":" + e.column() + ": reference " + feature + " points outside this file: " + uri,
                e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file was changed");
        assertEquals(modified, Files.getLastModifiedTime(file), "the file was touched");
        assertEquals(before, names(), "files appeared or disappeared beside it");
        return e;
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path namedPipe(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        String output = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo cannot create a named pipe here: " + output);
        return fifo;
    }

    private static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(300);
        try (Socket client = server.accept()) {
            throw new AssertionError("something connected to port " + server.getLocalPort() + " from "
                    + client.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nobody connected
        }
    }

    @Test
    void aLocalFileIsRefused() throws Exception {
        refused("passwd.zeren", supervisor("file:///etc/passwd#x"), "supervisor", "file:///etc/passwd#x", 4);
        // the element form of the reference, with the URI as its text
        refused("passwd-element.zeren", HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <supervisions xmi:id="s1">
                    <supervisor>file:///etc/passwd#x</supervisor>
                  </supervisions>
                </zeren:ResponsibilityModel>
                """, "supervisor", "file:///etc/passwd#x", 5);
    }

    @Test
    void aUrlIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.zeren#y";
            refused("url.zeren", supervisor(url), "supervisor", url, 4);
            assertNoConnection(server);
        }
    }

    @Test
    void aNamedPipeIsNeverOpened() throws Exception {
        Path fifo = namedPipe("fifo");
        String uri = fifo.toUri() + "#x";
        assertTrue(uri.startsWith("file:///"), uri);
        refused("pipe.zeren", supervisor(uri), "supervisor", uri, 4);
        // the same pipe through a relative href in the element form of a reference
        refused("pipe-href.zeren", HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <supervisions xmi:id="s1" supervisor="p1">
                    <supervised href="fifo#e1"/>
                  </supervisions>
                </zeren:ResponsibilityModel>
                """, "supervised", "fifo#e1", 5);
    }

    @Test
    void anotherModelFileIsRefused() throws Exception {
        // the other model exists and is valid: it is not opened all the same
        Files.writeString(dir.resolve("other.zeren"), HEADER + """
                  <dutyLists xmi:id="l9"><duties xsi:type="zeren:Responsibility" xmi:id="someid" code="1"/></dutyLists>
                </zeren:ResponsibilityModel>
                """);
        refused("delegated.zeren", HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <dutyLists xmi:id="l1" holder="p1">
                    <duties xsi:type="zeren:Responsibility" xmi:id="d1" code="1" delegatedFrom="other.zeren#someid"/>
                  </dutyLists>
                </zeren:ResponsibilityModel>
                """, "delegatedFrom", "other.zeren#someid", 5);
        // one URI among ids in a many-valued reference
        refused("many.zeren", HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <dutyLists xmi:id="l1" holder="p1">
                    <duties xsi:type="zeren:Responsibility" xmi:id="d1" code="1" supervisingParties="p1 ../x.zeren#p2"/>
                  </dutyLists>
                </zeren:ResponsibilityModel>
                """, "supervisingParties", "../x.zeren#p2", 5);
    }

    @Test
    void aUriOfTheFileItselfIsAPlainReference() throws Exception {
        Path file = dir.resolve("self.zeren");
        String fileUri = "file://" + file.toAbsolutePath();
        Files.writeString(file, HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <parties xsi:type="zeren:Department" xmi:id="p2" name="住建局"/>
                  <parties xsi:type="zeren:Enterprise" xmi:id="e1" name="某建筑公司"/>
                  <supervisions xmi:id="s1" supervisor="self.zeren#p1">
                    <supervised href="self.zeren#e1"/>
                  </supervisions>
                  <dutyLists xmi:id="l1" holder="%s#p2">
                    <duties xsi:type="zeren:Responsibility" xmi:id="d1" code="1" supervisingParties="p1 self.zeren#p2"/>
                  </dutyLists>
                </zeren:ResponsibilityModel>
                """.formatted(fileUri));
        LoadedModel model = store.load(file);
        Department p1 = (Department) model.resource().getEObject("p1");
        Department p2 = (Department) model.resource().getEObject("p2");
        Supervision supervision = model.model().getSupervisions().get(0);
        assertSame(p1, supervision.eGet(supervision.eClass().getEStructuralFeature("supervisor"), false), "not a proxy");
        assertSame(p2, model.model().getDutyLists().get(0).eGet(
                model.model().getDutyLists().get(0).eClass().getEStructuralFeature("holder"), false), "not a proxy");
        Responsibility duty = (Responsibility) model.resource().getEObject("d1");
        assertEquals(List.of(p1, p2), duty.getSupervisingParties());
        Enterprise e1 = (Enterprise) model.resource().getEObject("e1");
        assertEquals(List.of(e1), ((InternalEList<?>) supervision.getSupervised()).basicList(), "not a proxy");
        store.save(model);
        String saved = Files.readString(file);
        assertTrue(saved.contains("supervisor=\"p1\"") && saved.contains("holder=\"p2\"") && saved.contains("supervised=\"e1\"")
                && saved.contains("supervisingParties=\"p1 p2\"") && !saved.contains("self.zeren"), saved);
    }

    @Test
    void aUriOfTheFileItselfToAMissingIdIsDangling() throws Exception {
        Path file = dir.resolve("self.zeren");
        Files.writeString(file, supervisor("self.zeren#gone-7"));
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
        assertEquals(Problem.DANGLING_REFERENCE, e.problem(), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("\"gone-7\"") && e.getMessage().contains("supervisor"), e.getMessage());
    }

    @Test
    void anUnknownNamespaceOrSchemaLocationIsNotFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String ns = "http://127.0.0.1:" + server.getLocalPort() + "/workarea/1.0";
            Path file = dir.resolve("unknown.zeren");
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <zeren:ResponsibilityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeren="http://www.zeren.org/model/1.0" \
                    xmlns:oh="%1$s" xsi:schemaLocation="%1$s %1$s.ecore" xmi:id="root" name="绿建区">
                      <parties xsi:type="oh:HazardPost" xmi:id="x1" name="岗位"/>
                    </zeren:ResponsibilityModel>
                    """.formatted(ns));
            LoadedModel model = assertTimeoutPreemptively(PROMPTLY, () -> store.load(file));
            assertEquals(List.of(StoreDiagnostic.Kind.UNKNOWN_TYPE), model.warnings().stream().map(StoreDiagnostic::kind).toList());
            assertNoConnection(server);
        }
    }

    @Test
    void theResourceSetOpensNothingButTheModelFile() throws Exception {
        Path file = dir.resolve("model.zeren");
        Files.writeString(file, supervisor("p1"));
        Path fifo = namedPipe("fifo");
        LoadedModel model = store.load(file);
        ResourceSet resourceSet = model.resource().getResourceSet();
        var converter = resourceSet.getURIConverter();
        URI own = URI.createFileURI(file.toAbsolutePath().toString());
        assertTrue(converter.exists(own, null), "the model file itself is reachable");

        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            URI url = URI.createURI("http://127.0.0.1:" + server.getLocalPort() + "/x.zeren");
            URI pipe = URI.createFileURI(fifo.toString());
            assertTimeoutPreemptively(PROMPTLY, () -> {
                for (URI uri : List.of(url, pipe, URI.createFileURI("/etc/passwd"))) {
                    IOException e = assertThrows(IOException.class, () -> converter.createInputStream(uri));
                    assertTrue(e.getMessage().contains(uri.toString()) && e.getMessage().contains("self-contained"),
                            e.getMessage());
                    assertThrows(IOException.class, () -> converter.createOutputStream(uri));
                    assertThrows(RuntimeException.class, () -> converter.exists(uri, null));
                    assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
                }
                // a proxy set by program code stays a proxy instead of opening the pipe or the URL
                Supervision supervision = model.model().getSupervisions().get(0);
                for (URI uri : List.of(url, pipe)) {
                    Department proxy = ZerenFactory.eINSTANCE.createDepartment();
                    ((InternalEObject) proxy).eSetProxyURI(uri.appendFragment("p9"));
                    supervision.setSupervisor(proxy);
                    assertSame(proxy, EcoreUtil.resolve(proxy, resourceSet));
                    assertSame(proxy, supervision.getSupervisor(), "resolved through the resource set");
                }
            });
            assertNoConnection(server);
        }
    }
}
