package org.zeren.diagram;

import java.nio.file.Path;

import org.zeren.diagram.graph.ChainRef;

/** Told about each file written by {@link DiagramService#exportAllChains}, e.g. to print a progress line. */
@FunctionalInterface
public interface ExportProgress {

	/**
	 * Called after each file, on the exporting thread.
	 *
	 * @param done  how many chains are written so far, this one included (1-based)
	 * @param total how many chains there are
	 * @param chain the chain just written; never null
	 * @param file  the file written; never null
	 */
	void exported(int done, int total, ChainRef chain, Path file);
}
