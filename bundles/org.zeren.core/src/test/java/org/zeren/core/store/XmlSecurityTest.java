package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;

/**
 * DOCTYPE declarations are refused before any entity is declared, expanded or fetched: nothing is read through an
 * entity (neither a local file nor a URL) and entity bombs fail at once.
 */
class XmlSecurityTest {

    private static final String MODEL_START = "<zeren:ResponsibilityModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:zeren=\"http://www.zeren.org/model/1.0\" xmi:id=\"root\" name=\"";

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    private ModelStoreException refused(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
        assertEquals(Problem.DOCTYPE_NOT_ALLOWED, e.problem(), e.getMessage());
        assertTrue(e.getMessage().endsWith(": DOCTYPE declarations are not allowed (they can read local files or expand entities)"),
                e.getMessage());
        assertEquals(content, Files.readString(file), "the file was changed");
        return e;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void aPlainDoctypeIsRefusedWithItsPosition() throws Exception {
        ModelStoreException e = refused("doctype.zeren", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- exported by some tool -->
                <!DOCTYPE zeren:ResponsibilityModel>
                """ + MODEL_START + "x\"/>\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().startsWith(dir.resolve("doctype.zeren") + ":3:1: "), e.getMessage());
    }

    @Test
    void anExternalEntityReadsNoLocalFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        ModelStoreException e = refused("xxe.zeren", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE zeren:ResponsibilityModel [ <!ENTITY xxe SYSTEM "%s"> ]>
                """.formatted(secret.toUri()) + MODEL_START + "&xxe;\"/>\n");
        assertEquals(2, e.line());
        assertFalse(stackTrace(e).contains("TOP-SECRET-42"), "the secret leaked into the exception");
    }

    @Test
    void noUrlIsFetchedThroughAnEntity() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/entity";
            refused("general.zeren", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [ <!ENTITY e SYSTEM \"" + url + "\"> ]>\n"
                    + MODEL_START + "&e;\"/>\n");
            refused("parameter.zeren", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [ <!ENTITY % p SYSTEM \"" + url + "\"> %p; ]>\n"
                    + MODEL_START + "x\"/>\n");
            refused("dtd.zeren", "<?xml version=\"1.0\"?>\n<!DOCTYPE m SYSTEM \"" + url + "\">\n" + MODEL_START + "x\"/>\n");
            server.setSoTimeout(300);
            try (Socket client = server.accept()) {
                throw new AssertionError("the loader connected to " + url + " from " + client.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }

    @Test
    void billionLaughsFailsAtOnce() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        doctype.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            doctype.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        doctype.append("]>\n");
        String content = "<?xml version=\"1.0\"?>\n" + doctype + MODEL_START + "&lol9;\"/>\n";
        ModelStoreException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused("lol.zeren", content));
        assertEquals(2, e.line());
    }

    @Test
    void aDoctypeAfterAByteOrderMarkIsFoundToo() throws Exception {
        ModelStoreException e = refused("bom.zeren", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<!DOCTYPE x>\n"
                + MODEL_START + "x\"/>\n");
        assertEquals(3, e.line());
    }
}
