package org.zeren.core.store;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Creates, loads and saves models ({@code .zeren} files: XMI 2.0, UTF-8).
 * <p>
 * Available as an OSGi service (implemented by {@link XmiModelStore}, a Declarative Services component)
 * and usable without OSGi as {@code new XmiModelStore()}. Implementations are thread-safe: several
 * models may be loaded and saved at the same time; one model must not be saved from two threads at once.
 *
 * <h2>Guarantees</h2>
 * <ul>
 * <li>Saving is atomic: the new content is written to a temporary file next to the model file
 * ({@code .NAME.zeren.<random>.tmp}), forced to disk, and renamed over the model file; the previous
 * version is kept as {@code NAME.zeren.bak}. A save interrupted at any moment leaves either the old or the
 * new file whole.</li>
 * <li>Loading never changes a file. A file that cannot be loaded fails with a
 * {@link ModelStoreException} naming file, line, column and what is wrong.</li>
 * <li>DOCTYPE declarations, entities and external entities are refused.</li>
 * <li>A model is one self-contained file: a reference to another file or resource ({@code other.zeren#id},
 * {@code file:///etc/passwd#x}, {@code http://host/x#y}, a named pipe, ...) is refused at load
 * ({@link ModelStoreException.Problem#EXTERNAL_REFERENCE}), and the other resource is never opened. The resource set
 * of a model reads no URI but the model file itself, so resolving a proxy never opens anything else either.</li>
 * <li>Only regular files are read and replaced (a symbolic link to one is followed and stays a link): a folder, named
 * pipe or device at the path is refused ({@link ModelStoreException.Problem#NOT_REGULAR_FILE}) and left alone.</li>
 * <li>Content this version does not know (features from a newer metamodel, elements of packages that are not
 * installed, such as a work-area plugin's, and references to them) is kept and written back on save; each
 * kind is reported once as a {@link StoreDiagnostic} warning.</li>
 * <li>Every element has a UUID {@code xmi:id}; saved files are UTF-8 with LF line ends and are deterministic
 * (the same model gives the same bytes).</li>
 * </ul>
 */
public interface ModelStore {

    /** The file extension of model files, without dot: {@value}. */
    String FILE_EXTENSION = "zeren";

    /**
     * Creates a new, empty model bound to a file. Nothing is written until {@link #save(LoadedModel)}; if the
     * file exists then, it is replaced (and kept as backup).
     *
     * @param file the file the model will be saved to; not {@code null}; made absolute
     * @param name the name of the model (the root's {@code name} attribute), or {@code null} to leave it unset
     * @return the new model with a root element and no warnings; never {@code null}
     * @throws NullPointerException when file is {@code null}
     */
    LoadedModel create(Path file, String name);

    /**
     * Loads a model file.
     * <p>
     * A leftover temporary file of an interrupted save next to the file is reported as a
     * {@link StoreDiagnostic.Kind#LEFTOVER_TEMPORARY_FILE} warning and never loaded.
     *
     * @param file the model file; not {@code null}
     * @return the model with its warnings; never {@code null}
     * @throws ModelStoreException when the file is missing (the message names a temporary file of an
     *                             interrupted save if there is one), not a regular file, empty, truncated, not XML,
     *                             has a DOCTYPE, is not a model of the expected namespace, has duplicate
     *                             {@code xmi:id}s, dangling references or references to another file or resource
     *                             ({@code FILE:LINE:COL: reference FEATURE points outside this file: URI}), or cannot
     *                             be read
     * @throws NullPointerException when file is {@code null}
     */
    LoadedModel load(Path file) throws ModelStoreException;

    /**
     * Saves a model atomically to its file ({@link LoadedModel#file()}), keeping the previous version as
     * {@code NAME.zeren.bak}. Elements without an {@code xmi:id} get a new UUID first.
     *
     * @param model the model; not {@code null}
     * @throws ModelStoreException when writing fails (the previous file is then untouched and the temporary
     *                             file removed; the message is {@code FILE: what is wrong}, e.g. {@code cannot write
     *                             in folder DIR}), the path is not a regular file (a folder, named pipe or device:
     *                             {@link ModelStoreException.Problem#NOT_REGULAR_FILE}, nothing is created or moved)
     *                             or the model refers to elements that are not in any resource
     * @throws NullPointerException when model is {@code null}
     */
    void save(LoadedModel model) throws ModelStoreException;

    /**
     * Saves a resource atomically to a file, like {@link #save(LoadedModel)}. The resource need not come
     * from this store, but it must be an {@link org.eclipse.emf.ecore.xmi.XMLResource}; unknown content is
     * written back only for resources that this store loaded.
     *
     * @param resource the resource to save; not {@code null}
     * @param file     the target file; not {@code null}
     * @throws ModelStoreException      as for {@link #save(LoadedModel)}
     * @throws IllegalArgumentException when the resource is not an XMLResource
     * @throws NullPointerException     when an argument is {@code null}
     */
    void save(Resource resource, Path file) throws ModelStoreException;
}
