/**
 * Applying work-area duty templates to the parties of a model: the step that turns a plan's
 * tasks into duties of the committee, departments, enterprises and posts, linked into
 * responsibility chains by {@code delegatedFrom}.
 */
package org.zeren.core.template;
