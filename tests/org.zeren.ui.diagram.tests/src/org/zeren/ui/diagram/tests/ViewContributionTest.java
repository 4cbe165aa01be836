package org.zeren.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Properties;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The view is contributed the way the workbench finds it: view id, class, Zeren's perspective, both languages. */
class ViewContributionTest {

	@Test
	void theDiagramViewIsContributedWithItsClassAndToZerensPerspective() throws Exception {
		IConfigurationElement view = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.views"))
				.filter(e -> "org.zeren.ui.diagram.view".equals(e.getAttribute("id"))).findFirst().orElse(null);
		assertNotNull(view, "view org.zeren.ui.diagram.view in plugin.xml");
		assertEquals("org.zeren.ui.diagram.DiagramView", view.getAttribute("class"));
		assertFalse(view.getAttribute("name").startsWith("%"), "the name is translated: " + view.getAttribute("name"));
		Bundle bundle = Platform.getBundle("org.zeren.ui.diagram");
		assertEquals("org.zeren.ui.diagram.DiagramView", bundle.loadClass("org.zeren.ui.diagram.DiagramView").getName());

		boolean inPerspective = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectiveExtensions"))
				.filter(e -> "org.zeren.ui.perspective".equals(e.getAttribute("targetID")))
				.flatMap(e -> Arrays.stream(e.getChildren("view")))
				.anyMatch(v -> "org.zeren.ui.diagram.view".equals(v.getAttribute("id")));
		assertTrue(inPerspective, "the view is placed in org.zeren.ui.perspective");

		Properties zh = new Properties();
		try (var in = bundle.getEntry("plugin_zh.properties").openStream()) {
			zh.load(in);
		}
		assertEquals("图表", zh.getProperty("view.name"));
		Properties en = new Properties();
		try (var in = bundle.getEntry("plugin.properties").openStream()) {
			en.load(in);
		}
		assertEquals("Diagram", en.getProperty("view.name"));
	}

	@Test
	void everyMessageHasAChineseText() throws Exception {
		Bundle bundle = Platform.getBundle("org.zeren.ui.diagram");
		Properties en = new Properties();
		Properties zh = new Properties();
		try (var in = bundle.getEntry("org/zeren/ui/diagram/internal/messages.properties").openStream()) {
			en.load(in);
		}
		try (var in = bundle.getEntry("org/zeren/ui/diagram/internal/messages_zh.properties").openStream()) {
			zh.load(in);
		}
		assertEquals(en.keySet(), zh.keySet());
		assertEquals("责任链", zh.getProperty("DiagramView_kindChain"));
	}
}
