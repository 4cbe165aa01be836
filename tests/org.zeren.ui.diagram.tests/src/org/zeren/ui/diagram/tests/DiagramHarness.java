package org.zeren.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.XmiModelStore;
import org.zeren.diagram.DiagramOptions;
import org.zeren.diagram.DiagramService;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.diagram.DiagramViewer;

/**
 * A shell of 1000 x 700 pixels holding a {@link DiagramViewer} on a model loaded the way the workbench loads it: an
 * {@link AdapterFactoryEditingDomain} over the model's resource set, so edits go through its command stack. The
 * display is created on the test thread; without a screen, run under Xvfb.
 */
final class DiagramHarness implements AutoCloseable {

	/** The example model built from the real 2017 plan, relative to this test bundle's folder. */
	static final Path EXAMPLE = Path.of("../../examples/lvjian-2017.zeren");

	/** Where screenshots are saved for a reviewer to look at. */
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final DiagramOptions OPTIONS = DiagramOptions.builder().locale(Locale.SIMPLIFIED_CHINESE).build();

	final Display display;
	final Shell shell;
	final DiagramViewer viewer;
	final AtomicInteger scenes = new AtomicInteger();
	LoadedModel loaded;
	AdapterFactoryEditingDomain domain;

	DiagramHarness() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setText("Zeren diagram view test");
		shell.setLayout(new FillLayout());
		viewer = new DiagramViewer(shell, new DiagramService(), OPTIONS);
		viewer.addSceneListener(v -> scenes.incrementAndGet());
		shell.setSize(1000, 700);
		shell.open();
		spin(() -> false, 200);
	}

	/** Loads the example into an editing domain and shows it. */
	ResponsibilityModel openExample() throws Exception {
		return open(new XmiModelStore().load(EXAMPLE));
	}

	ResponsibilityModel open(LoadedModel model) {
		loaded = model;
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				model.resource().getResourceSet());
		int before = scenes.get();
		viewer.setInput(model.model());
		awaitScene(before);
		return model.model();
	}

	/** Runs the event loop until a scene after the {@code before}-th is shown and no layout is pending. */
	void awaitScene(int before) {
		spin(() -> scenes.get() > before && viewer.isCurrent(), 120_000);
		assertTrue(scenes.get() > before && viewer.isCurrent(), "no diagram shown within 120 s");
		if (viewer.getProblem() != null) {
			fail("the viewer shows a problem: " + viewer.getProblem());
		}
		assertNotNull(viewer.getScene(), "a scene is shown");
		spin(() -> false, 50); // paint
	}

	/** Like {@link #awaitScene} but returns at once, before the canvas has painted the new scene (for timing). */
	void awaitSceneQuietly(int before) {
		spin(() -> scenes.get() > before && viewer.isCurrent(), 600_000);
		assertTrue(scenes.get() > before && viewer.isCurrent(), "no diagram shown within 10 minutes");
		assertNotNull(viewer.getScene(), viewer.getProblem());
	}

	/** Runs the event loop until the condition holds or the time is up. */
	void spin(BooleanSupplier until, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!until.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Saves the canvas as it is drawn, for review. */
	ImageData screenshot(String name) throws IOException {
		ImageData data = viewer.getCanvas().snapshot();
		Files.createDirectories(SCREENSHOTS);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(SCREENSHOTS.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		return data;
	}

	/** Saves what the X server shows of the shell (window frame and scroll bars included), for review. */
	void windowScreenshot(String name) throws IOException {
		spin(() -> false, 100);
		org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, r.width, r.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, r.x, r.y);
		} finally {
			gc.dispose();
		}
		Files.createDirectories(SCREENSHOTS);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		loader.save(SCREENSHOTS.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
	}

	@Override
	public void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
		spin(() -> false, 20);
	}
}
