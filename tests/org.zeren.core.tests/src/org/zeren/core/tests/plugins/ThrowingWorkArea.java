package org.zeren.core.tests.plugins;

import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;

/**
 * A work-area component that fails on activation: its constructor throws. Exported so that a bundle built on the
 * fly by {@code PluginProblemsInOsgiTest} can name it as its Declarative Services component.
 */
public class ThrowingWorkArea implements WorkAreaContribution {

	/** @throws IllegalStateException always, as a plugin with a broken start-up would */
	public ThrowingWorkArea() {
		throw new IllegalStateException("the fire-safety database is not reachable");
	}

	@Override
	public String id() {
		return "throwing";
	}

	@Override
	public LocalizedText name() {
		return new LocalizedText("出错", "Throwing");
	}

	@Override
	public String colour() {
		return "#000000";
	}
}
