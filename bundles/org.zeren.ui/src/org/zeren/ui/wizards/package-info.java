/**
 * Wizards: a new model, importing a work plan (text or {@code .docx}) into the open model, and applying the
 * installed work areas' duty templates to chosen parties with a preview of the duties to be created. Changes to the
 * open model are single commands on its command stack, so one undo takes back a whole import or application.
 */
package org.zeren.ui.wizards;
