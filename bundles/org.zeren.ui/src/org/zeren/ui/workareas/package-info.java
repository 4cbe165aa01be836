/**
 * The work areas view: the installed work-area plug-ins with their colours, duty templates and validation rules,
 * updated when a work-area bundle starts or stops.
 */
package org.zeren.ui.workareas;
