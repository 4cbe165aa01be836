package org.zeren.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.diagram.DiagramFormat;
import org.zeren.diagram.DiagramKind;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.ExportResult;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Diagrams inside Equinox: a responsibility chain of a small model written as PDF and SVG through the services the
 * command line uses. The PDF goes through PDFBox Graphics2D, whose manifest on Maven Central imports nothing; it
 * works only with the fragment {@code org.zeren.diagram.graphics2d.imports} attached. The Chinese labels must come
 * back out of the PDF's text.
 */
class DiagramInOsgiTest {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;

	/** Every label of the chain AJJ/D-01, short enough not to be wrapped. */
	private static final List<String> LABELS = List.of("区安委会", "统筹协调全区安全生产工作", "区安监局", "依法监管本行业安全生产",
			"绿建化工", "落实安全生产主体责任", "安全总监", "履行本岗位安全职责");

	@TempDir
	Path dir;

	static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(DiagramInOsgiTest.class).getBundleContext(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, "no " + type.getName() + " service after 10 s: is Felix SCR running?");
		return service;
	}

	@Test
	void graphics2dIsTheOsgiBundleWithTheImportsFragmentAttached() {
		Bundle host = FrameworkUtil.getBundle(PdfBoxGraphics2D.class);
		assertNotNull(host, "PdfBoxGraphics2D is loaded by a bundle");
		assertEquals("de.rototor.pdfbox.graphics2d", host.getSymbolicName());
		BundleContext context = FrameworkUtil.getBundle(DiagramInOsgiTest.class).getBundleContext();
		Bundle fragment = Arrays.stream(context.getBundles())
				.filter(b -> "org.zeren.diagram.graphics2d.imports".equals(b.getSymbolicName())).findFirst().orElse(null);
		assertNotNull(fragment, "the fragment is installed");
		assertEquals(Bundle.RESOLVED, fragment.getState(), "a fragment is RESOLVED once attached");
		List<String> hosts = new ArrayList<>();
		for (BundleWire w : fragment.adapt(BundleWiring.class).getRequiredWires(HostNamespace.HOST_NAMESPACE)) {
			hosts.add(w.getProvider().getBundle().getSymbolicName());
		}
		assertEquals(List.of("de.rototor.pdfbox.graphics2d"), hosts);
	}

	@Test
	void chainAsPdfHasTheChineseLabelsAsTextWithTheFontEmbedded() throws Exception {
		ResponsibilityModel model = model(dir.resolve("chain.zeren"));
		DiagramService diagrams = new DiagramService(service(WorkAreaRegistry.class));
		Path pdf = dir.resolve("chain.pdf");
		ExportResult result = diagrams.export(model, DiagramKind.CHAIN, "AJJ/D-01", DiagramFormat.PDF, pdf,
				DiagramOptions.defaults());
		assertEquals(8, result.nodes(), "four duties inside the boxes of their four holders");
		assertEquals(3, result.edges());
		assertTrue(result.font().endsWith("TrueType outlines"), result.font());
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertEquals(1, doc.getNumberOfPages());
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
			for (String label : LABELS) {
				assertTrue(text.contains(label), () -> label + " in the text of the PDF:\n" + text);
			}
			// PDFBox Graphics2D draws into a form XObject of the page, which holds the fonts
			List<String> embedded = new ArrayList<>();
			PDResources page = doc.getPage(0).getResources();
			for (var x : page.getXObjectNames()) {
				if (page.getXObject(x) instanceof PDFormXObject form) {
					for (var name : form.getResources().getFontNames()) {
						PDFont font = form.getResources().getFont(name);
						embedded.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
					}
				}
			}
			assertTrue(!embedded.isEmpty() && embedded.stream().allMatch(n -> n.matches("[A-Z]{6}\\+WenQuanYi.*")),
					"fonts, each an embedded subset of WenQuanYi Zen Hei: " + embedded);
		}
	}

	@Test
	void chainAsSvgKeepsTheChineseLabelsAsText() throws Exception {
		ResponsibilityModel model = model(dir.resolve("chain.zeren"));
		DiagramService diagrams = new DiagramService(service(WorkAreaRegistry.class));
		Path svg = dir.resolve("chain.svg");
		diagrams.export(model, DiagramKind.CHAIN, "AJJ/D-01", DiagramFormat.SVG, svg, DiagramOptions.defaults());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		for (String label : LABELS) {
			assertTrue(text.contains(">" + label + "</text>"), label);
		}
	}

	/**
	 * 区安委会 ⊃ 区安监局; 绿建化工 ⊃ 安全总监. Duties: committee C-01 ← department D-01 ← enterprise E-01 ← post P-01,
	 * linked by {@code delegatedFrom}.
	 */
	private static ResponsibilityModel model(Path file) throws Exception {
		ModelStore store = service(ModelStore.class);
		LoadedModel loaded = store.create(file, "绿建区（OSGi 测试）");
		ResponsibilityModel model = loaded.model();
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		committee.setShortName("区安委会");
		committee.setCode("AWH");
		model.getParties().add(committee);
		Department department = F.createDepartment();
		department.setName("安全生产监督管理局");
		department.setShortName("区安监局");
		department.setCode("AJJ");
		department.setSupervisory(true);
		committee.getChildren().add(department);
		Enterprise enterprise = F.createEnterprise();
		enterprise.setName("绿建精细化工有限公司");
		enterprise.setShortName("绿建化工");
		enterprise.setCode("E01");
		model.getParties().add(enterprise);
		Post post = F.createPost();
		post.setName("安全总监");
		post.setCode("E01-P1");
		post.setKind(PostKind.SAFETY_MANAGER);
		enterprise.getChildren().add(post);
		Duty c = duty(model, committee, DutyListKind.RESPONSIBILITY_LIST, "C-01", "统筹协调全区安全生产工作", null);
		Duty d = duty(model, department, DutyListKind.RESPONSIBILITY_LIST, "D-01", "依法监管本行业安全生产", c);
		Duty e = duty(model, enterprise, DutyListKind.PRIMARY_RESPONSIBILITY_LIST, "E-01", "落实安全生产主体责任", d);
		duty(model, post, DutyListKind.POST_DUTY_LIST, "P-01", "履行本岗位安全职责", e);
		store.save(loaded);
		return model;
	}

	private static Duty duty(ResponsibilityModel model, Party holder, DutyListKind kind, String code, String title,
			Duty upstream) {
		DutyList list = F.createDutyList();
		list.setHolder(holder);
		list.setKind(kind);
		model.getDutyLists().add(list);
		Duty duty = kind == DutyListKind.RESPONSIBILITY_LIST ? F.createResponsibility() : F.createObligation();
		duty.setCode(code);
		duty.setTitle(title);
		duty.setDelegatedFrom(upstream);
		list.getDuties().add(duty);
		return duty;
	}
}
