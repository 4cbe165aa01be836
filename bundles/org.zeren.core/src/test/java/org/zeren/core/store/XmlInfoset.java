package org.zeren.core.store;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The meaning of an XML document as a canonical string, to compare a file before and after a round trip:
 * elements by namespace URI and local name, in document order; attributes sorted, without namespace declarations;
 * QName values of {@code xsi:type} resolved to {namespace}local (so a changed prefix does not count); text trimmed,
 * whitespace-only text ignored.
 */
final class XmlInfoset {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private XmlInfoset() {
    }

    static String of(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        StringBuilder out = new StringBuilder();
        append(root, 0, out);
        return out.toString();
    }

    private static void append(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append('{').append(element.getNamespaceURI()).append('}').append(element.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (XMLNS.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String value = attribute.getValue();
            if (XSI.equals(attribute.getNamespaceURI()) && "type".equals(attribute.getLocalName())) {
                int colon = value.indexOf(':');
                String prefix = colon < 0 ? null : value.substring(0, colon);
                value = "{" + element.lookupNamespaceURI(prefix) + "}" + value.substring(colon + 1);
            }
            String name = attribute.getNamespaceURI() == null ? attribute.getLocalName()
                    : "{" + attribute.getNamespaceURI() + "}" + attribute.getLocalName();
            attributes.put(name, value);
        }
        out.append(' ').append(attributes).append('\n');
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element e) {
                append(e, depth + 1, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (!text.isEmpty()) {
                    out.append("  ".repeat(depth + 1)).append("text:").append(text).append('\n');
                }
            }
        }
    }
}
