package org.zeren.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.model.ResponsibilityModel;

/**
 * A model held in memory together with the file it belongs to, as returned by
 * {@link ModelStore#create(Path, String)} and {@link ModelStore#load(Path)}.
 * <p>
 * The resource is an XMI resource whose elements all carry UUIDs as {@code xmi:id}; it also holds
 * content this version does not know (see {@link StoreDiagnostic.Kind}) so that {@link ModelStore#save}
 * can write it back. Edit the model through {@link #root()} and save it with
 * {@link ModelStore#save(LoadedModel)}.
 * <p>
 * Not thread-safe, like the EMF model it holds.
 */
public final class LoadedModel {

    private final XMLResource resource;
    private final Path file;
    private final List<StoreDiagnostic> warnings;

    LoadedModel(XMLResource resource, Path file, List<StoreDiagnostic> warnings) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.file = Objects.requireNonNull(file, "file");
        this.warnings = List.copyOf(warnings);
    }

    /** @return the resource holding the model; never {@code null} */
    public XMLResource resource() {
        return resource;
    }

    /**
     * @return the root element of the model (the first content of the resource), or {@code null} only if
     *         someone removed it from the resource
     */
    public EObject root() {
        return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }

    /**
     * Returns the root element as the given type.
     *
     * @param type the expected Java type of the root, e.g. {@code ResponsibilityModel.class}; not {@code null}
     * @param <T>  the type
     * @return the root element; never {@code null}
     * @throws IllegalStateException when the resource has no root or a root of another type
     */
    public <T extends EObject> T root(Class<T> type) {
        EObject root = root();
        if (!type.isInstance(root)) {
            throw new IllegalStateException(file + ": the root is " + (root == null ? "missing" : root.eClass().getName())
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(root);
    }

    /**
     * @return the root as a Zeren {@link ResponsibilityModel}; never {@code null}
     * @throws IllegalStateException when the store was made for another metamodel or the root was removed
     */
    public ResponsibilityModel model() {
        return root(ResponsibilityModel.class);
    }

    /** @return the file the model was loaded from or will be saved to, absolute; never {@code null} */
    public Path file() {
        return file;
    }

    /**
     * @return warnings found while loading, in file order (first leftover temporary files, then content
     *         warnings); empty for a created model and for a clean file; never {@code null}, unmodifiable
     */
    public List<StoreDiagnostic> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "LoadedModel[" + file + ", " + warnings.size() + " warnings]";
    }
}
