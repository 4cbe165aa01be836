package org.zeren.io.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.model.util.ZerenResourceFactoryImpl;

/** Shared test inputs: the real plan, models in XMI resources, a hand-filled work-area registry. */
final class Fixtures {

	/** The real 2017 plan of 绿建区, relative to the bundle (the test working directory). */
	static final Path REAL_PLAN = Path.of("../../examples/lvjian-2017-work-safety-key-points.txt");

	private Fixtures() {
	}

	static Path resource(String name) {
		return Path.of("src/test/resources", name);
	}

	/** A fresh model, alone in a Zeren XMI resource, whose root has the fixed id {@code model}. */
	static ResponsibilityModel newModel() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("zeren", new ZerenResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("memory:/test.zeren"));
		ResponsibilityModel model = ZerenFactory.eINSTANCE.createResponsibilityModel();
		model.setName("绿建区安全生产责任体系");
		resource.getContents().add(model);
		((XMLResource) resource).setID(model, "model");
		return model;
	}

	/** The model's resource as saved, UTF-8 XMI. */
	static String serialise(ResponsibilityModel model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			model.eResource().save(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A work area as a plugin would contribute it, with plan keywords. */
	record TestArea(String id, LocalizedText name, String colour, List<String> keywords) implements WorkAreaContribution {
	}

	static final TestArea OCCUPATIONAL_HEALTH = new TestArea("occupational-health",
			new LocalizedText("职业卫生", "Occupational health"), "#2E7D32", List.of("职业卫生", "职业病", "职业健康"));
	static final TestArea EMERGENCY = new TestArea("emergency-management",
			new LocalizedText("应急管理", "Emergency management"), "#C62828", List.of("应急"));
	static final TestArea SPECIAL_EQUIPMENT = new TestArea("special-equipment",
			new LocalizedText("特种设备", "Special equipment"), "#1565C0", List.of("特种设备"));
	static final TestArea STANDARDIZATION = new TestArea("work-safety-standardization",
			new LocalizedText("安全生产标准化", "Work safety standardization"), "#6A1B9A", List.of("标准化"));
	static final TestArea HAZARDS = new TestArea("hazard-remediation",
			new LocalizedText("隐患排查治理", "Hazard identification and remediation"), "#EF6C00", List.of("隐患"));

	/** A registry filled by hand with the five test work areas. */
	static WorkAreaRegistry registry() {
		WorkAreaRegistry registry = new WorkAreaRegistry();
		for (TestArea a : List.of(OCCUPATIONAL_HEALTH, EMERGENCY, SPECIAL_EQUIPMENT, STANDARDIZATION, HAZARDS)) {
			if (!registry.add(a, "test")) {
				throw new IllegalStateException("refused: " + a + " " + registry.diagnostics());
			}
		}
		return registry;
	}

	/** Writes a .docx with one paragraph per line, as Word would hold a pasted plan. */
	static void writeDocx(List<String> lines, Path file) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : lines) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
		}
	}
}
