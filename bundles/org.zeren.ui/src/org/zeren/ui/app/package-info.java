/**
 * The desktop application {@code org.zeren.ui.app}: starts the workbench, lays out the Zeren perspective, opens the
 * model named on the command line, and asks about unsaved changes before the window closes.
 */
package org.zeren.ui.app;
