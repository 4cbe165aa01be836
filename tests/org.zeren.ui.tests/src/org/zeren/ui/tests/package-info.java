/**
 * UI tests of the desktop workbench: they run inside the real application {@code org.zeren.ui.app} (Tycho's UI
 * harness, on the UI thread), open a copy of the example model and drive the SWT widgets and workbench commands
 * directly, saving screenshots under {@code target/screenshots/}.
 */
package org.zeren.ui.tests;
