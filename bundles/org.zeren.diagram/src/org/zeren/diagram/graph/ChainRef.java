package org.zeren.diagram.graph;

import java.util.Objects;

import org.zeren.model.Duty;

/**
 * One responsibility chain of a model, as listed by {@link Chains#of}: the duty a chain diagram is drawn for.
 *
 * @param id     a stable, file-name-safe id: ASCII letters, digits, {@code _}, {@code -} and {@code .}, at most
 *               64 characters, unique among the chains of the model (also when case is ignored), made of the
 *               holder's code and the duty's code, e.g. {@code LJ-AJJ_RS-D-01}; usable as a file name and as the
 *               root of a chain diagram
 * @param root   the duty the diagram is drawn for (its upstream duties and every duty implementing it are in the
 *               diagram); never null
 * @param top    the duty at the top of the chain, {@code root} itself or the committee duty above it; never null
 * @param label  the root duty's title and holder, e.g. {@code 依法履行本行业领域安全生产监督管理职责（区安监局）}; never null
 * @param duties the number of duties in the diagram
 */
public record ChainRef(String id, Duty root, Duty top, String label, int duties) {

	/** @throws NullPointerException when a reference is null */
	public ChainRef {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(root, "root");
		Objects.requireNonNull(top, "top");
		Objects.requireNonNull(label, "label");
	}
}
