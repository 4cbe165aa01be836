package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;

/**
 * A file that cannot be loaded fails with a {@link ModelStoreException} whose message names the file, the line and
 * what is wrong, and the file on disk is left exactly as it was (bytes and modification time), with nothing new
 * beside it.
 */
class BrokenFileTest {

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <zeren:ResponsibilityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeren="http://www.zeren.org/model/1.0" \
            xmi:id="root" name="绿建区">
            """;

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    /** Loads a broken file and checks what every failure must do; returns the exception for specific checks. */
    private ModelStoreException fails(String name, byte[] content, Problem problem) throws Exception {
        Path file = dir.resolve(name);
        List<String> before;
        try (var files = Files.list(dir)) {
            before = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Files.write(file, content);
        FileTime modified = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, modified);
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ":" + e.column() + ": "), e.getMessage());
        assertTrue(e.detail().length() > 15, "says what is wrong: " + e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file), "the file was changed");
        assertEquals(modified, Files.getLastModifiedTime(file), "the file was touched");
        try (var files = Files.list(dir)) {
            List<String> expected = new java.util.ArrayList<>(before);
            expected.add(name);
            expected.sort(null);
            assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList(), "files appeared beside it");
        }
        return e;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] validModel() throws Exception {
        Path file = Files.createTempFile("valid", ".zeren");
        try {
            LoadedModel model = store.create(file, "绿建区");
            ModelGenerator.fill(model.model(), 400, 3);
            store.save(model);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(AtomicFiles.backupOf(file));
        }
    }

    @Test
    void zeroBytes() throws Exception {
        ModelStoreException e = fails("empty.zeren", new byte[0], Problem.EMPTY);
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
    }

    @Test
    void truncated() throws Exception {
        byte[] valid = validModel();
        byte[] cut = Arrays.copyOf(valid, valid.length * 3 / 5);
        long lines = new String(cut, StandardCharsets.UTF_8).lines().count();
        ModelStoreException e = fails("cut.zeren", cut, Problem.TRUNCATED);
        assertEquals(lines, e.line(), "names the last line of the cut file: " + e.getMessage());
        assertTrue(e.getMessage().contains("ends in the middle"), e.getMessage());
    }

    @Test
    void nulFilled() throws Exception {
        ModelStoreException e = fails("nul.zeren", new byte[8192], Problem.NOT_XML);
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void validStartThenNulBytes() throws Exception {
        byte[] valid = validModel();
        int keep = valid.length / 2;
        byte[] content = Arrays.copyOf(valid, valid.length); // same size, second half lost in a crash
        Arrays.fill(content, keep, content.length, (byte) 0);
        long line = new String(content, 0, keep, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count() + 1;
        ModelStoreException e = fails("half.zeren", content, Problem.NOT_XML);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("NUL bytes from here on"), e.getMessage());
    }

    @Test
    void notXml() throws Exception {
        ModelStoreException text = fails("text.zeren", utf8("安全生产责任清单\n第一条：这不是XML\n"), Problem.NOT_XML);
        assertTrue(text.getMessage().contains("not XML"), text.getMessage());
        fails("json.zeren", utf8("{\"name\": \"绿建区\"}"), Problem.NOT_XML);
        ModelStoreException png = fails("image.zeren", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2},
                Problem.NOT_XML);
        assertTrue(png.getMessage().contains("NUL") || png.getMessage().contains("not"), png.getMessage());
        ModelStoreException gbk = fails("gbk.zeren", (HEADER.strip().replaceFirst(">$", "/>\n")).getBytes("GBK"), Problem.NOT_XML);
        assertEquals(2, gbk.line(), gbk.getMessage());
        assertTrue(gbk.getMessage().contains("not valid UTF-8"), gbk.getMessage());
        ModelStoreException broken = fails("broken.zeren", utf8(HEADER + "  <parties name=\"a\" name=\"b\"/>\n</zeren:ResponsibilityModel>\n"),
                Problem.NOT_XML);
        assertEquals(3, broken.line(), broken.getMessage());
    }

    @Test
    void anotherNamespace() throws Exception {
        ModelStoreException ecore = fails("model.zeren", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="model" nsURI="http://example.org/x"/>
                """), Problem.WRONG_ROOT);
        assertEquals(3, ecore.line(), ecore.getMessage());
        assertTrue(ecore.getMessage().contains("not a model file") && ecore.getMessage().contains("http://www.eclipse.org/emf/2002/Ecore"),
                ecore.getMessage());

        ModelStoreException html = fails("page.zeren", utf8("<html><body>绿建区</body></html>"), Problem.WRONG_ROOT);
        assertTrue(html.getMessage().contains("without namespace"), html.getMessage());

        ModelStoreException newer = fails("newer.zeren", utf8(HEADER.replace("model/1.0", "model/2.0")
                + "</zeren:ResponsibilityModel>\n"), Problem.WRONG_ROOT);
        assertTrue(newer.getMessage().contains("another version"), newer.getMessage());

        ModelStoreException part = fails("part.zeren", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <zeren:Department xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:zeren="http://www.zeren.org/model/1.0" name="x"/>
                """), Problem.WRONG_ROOT);
        assertTrue(part.getMessage().contains("ResponsibilityModel"), part.getMessage());
    }

    @Test
    void duplicateIds() throws Exception {
        ModelStoreException e = fails("dup.zeren", utf8(HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <parties xsi:type="zeren:Department" xmi:id="p2" name="住建局"/>
                  <dutyLists xmi:id="l1" holder="p1">
                    <duties xsi:type="zeren:Responsibility" xmi:id="p2" code="1"/>
                  </dutyLists>
                </zeren:ResponsibilityModel>
                """), Problem.DUPLICATE_ID);
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("\"p2\"") && e.getMessage().contains("first at line 4"), e.getMessage());
    }

    @Test
    void danglingReferences() throws Exception {
        ModelStoreException e = fails("dangling.zeren", utf8(HEADER + """
                  <parties xsi:type="zeren:Department" xmi:id="p1" name="应急管理局"/>
                  <dutyLists xmi:id="l1" holder="p1">
                    <duties xsi:type="zeren:Responsibility" xmi:id="d1" code="1" supervisingParties="p1 gone-42"/>
                  </dutyLists>
                </zeren:ResponsibilityModel>
                """), Problem.DANGLING_REFERENCE);
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("\"gone-42\"") && e.getMessage().contains("supervisingParties")
                && e.getMessage().contains("Responsibility d1"), e.getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.zeren");
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
        assertEquals(Problem.NOT_FOUND, e.problem());
        assertEquals(file + ":0:0: the file does not exist", e.getMessage());
    }
}
