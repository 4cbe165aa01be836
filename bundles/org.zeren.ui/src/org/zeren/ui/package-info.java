/**
 * The Zeren desktop workbench (Eclipse 3.x workbench API on the e4 compatibility layer): the plug-in's activator
 * {@link org.zeren.ui.ZerenUiPlugin}, which reaches the core's OSGi services, and the translated user texts
 * {@link org.zeren.ui.Messages} (English {@code messages.properties}, Chinese {@code messages_zh.properties}).
 */
package org.zeren.ui;
