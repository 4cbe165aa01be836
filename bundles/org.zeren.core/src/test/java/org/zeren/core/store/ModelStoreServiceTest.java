package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.zeren.model.ZerenPackage;
import org.zeren.model.util.ZerenResourceFactoryImpl;

/** The store is a Declarative Services component and also works without OSGi. */
class ModelStoreServiceTest {

    @Test
    void theComponentDescriptionProvidesTheModelStoreService() throws Exception {
        try (InputStream in = XmiModelStore.class.getResourceAsStream("/OSGI-INF/" + XmiModelStore.class.getName() + ".xml")) {
            assertNotNull(in, "no component description generated for XmiModelStore (tycho-ds-plugin)");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<provide interface=\"" + ModelStore.class.getName() + "\"/>"), xml);
            assertTrue(xml.contains("<implementation class=\"" + XmiModelStore.class.getName() + "\"/>"), xml);
        }
    }

    @Test
    void withoutOsgiTheConstructorRegistersPackageAndResourceFactory() {
        ModelStore store = new XmiModelStore();
        assertSame(ZerenPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ZerenPackage.eNS_URI));
        assertInstanceOf(ZerenResourceFactoryImpl.class,
                Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(ModelStore.FILE_EXTENSION));
        assertNotNull(store);
    }
}
