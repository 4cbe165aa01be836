package org.zeren.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** What the UI tests share: waiting while the event loop runs, running commands, screenshots. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return w != null ? w : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static <T extends IViewPart> T view(String id, Class<T> type) {
		try {
			return type.cast(page().showView(id));
		} catch (PartInitException e) {
			throw new AssertionError("cannot show view " + id, e);
		}
	}

	/**
	 * Runs the event loop until the condition holds.
	 *
	 * @throws AssertionError naming what was awaited after the timeout
	 */
	static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		Display d = display();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out after " + timeoutMs + " ms waiting for: " + what);
			}
			if (!d.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	/** Runs pending UI events for a while (lets deferred layouts and label updates happen). */
	static void settle(long ms) {
		long end = System.currentTimeMillis() + ms;
		Display d = display();
		while (System.currentTimeMillis() < end) {
			if (!d.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Executes a workbench command the way a key binding or menu item does, through the handler service. */
	static void run(String commandId) {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("command " + commandId + " failed", e);
		}
	}

	/** @return whether the command's current handler is enabled */
	static boolean enabled(String commandId) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command c = commands.getCommand(commandId);
		return c.isDefined() && c.isEnabled();
	}

	static ParameterizedCommand command(String id) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		return new ParameterizedCommand(commands.getCommand(id), null);
	}

	/**
	 * Saves a PNG of the workbench window into the folder named by the system property {@code zeren.screenshots}
	 * (set by the pom to {@code target/screenshots}).
	 *
	 * @return the file written
	 */
	static Path screenshot(String name) {
		settle(200);
		Shell shell = window().getShell();
		Rectangle b = shell.getBounds();
		Image image = new Image(display(), b.width, b.height);
		GC gc = new GC(display());
		try {
			gc.copyArea(image, b.x, b.y);
			ImageData data = image.getImageData();
			Path folder = Path.of(System.getProperty("zeren.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} catch (IOException e) {
			throw new AssertionError(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
