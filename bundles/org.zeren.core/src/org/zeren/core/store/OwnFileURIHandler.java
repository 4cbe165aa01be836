package org.zeren.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;

/**
 * The only {@link URIHandler} of a store's resource set: it lets EMF reach the model file itself and refuses every
 * other URI (another file, a named pipe, a device, {@code http:}, {@code platform:}, ...) with an exception, without
 * touching it. A model file is self-contained, so nothing that comes from it (a proxy, a namespace, a schema
 * location) can make the store open another resource: the loader refuses references to other resources already
 * ({@link StoreHandler}); this handler is the second line, for anything that reaches the resource set later, e.g.
 * a proxy set by program code and resolved by {@code EcoreUtil.resolve}.
 * <p>
 * Streams and file operations throw an {@link IOException}; {@link #exists} and {@link #getAttributes}, which
 * cannot throw one, throw an {@link UncheckedIOException}.
 */
final class OwnFileURIHandler implements URIHandler {

    private final URI file;
    private final URIHandler fileHandler = new FileURIHandlerImpl();

    /** @param file the {@code file:} URI of the model file; not {@code null} */
    OwnFileURIHandler(URI file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * @return whether the URI (without fragment) names the model file: equal to it, or a {@code file:} URI of the
     *         same normalized path (e.g. {@code file:///dir/m.zeren} for {@code file:/dir/m.zeren}); decided on the
     *         text alone, nothing is opened
     */
    static boolean isSameFile(URI uri, URI file) {
        if (uri == null) {
            return false;
        }
        URI trimmed = uri.trimFragment().trimQuery();
        if (trimmed.equals(file)) {
            return true;
        }
        if (!trimmed.isFile() || !file.isFile() || trimmed.isRelative()) {
            return false;
        }
        try {
            String path = trimmed.toFileString();
            return path != null && Path.of(path).normalize().equals(Path.of(file.toFileString()).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Handles every URI: those that are not the model file are refused here instead of reaching another handler. */
    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    private IOException refused(URI uri) {
        return new IOException("refused to open " + uri + ": a model's resource set reads only its own file " + file
                + " (a model file is self-contained; references to other files or resources are not followed)");
    }

    private void check(URI uri) throws IOException {
        if (!isSameFile(uri, file)) {
            throw refused(uri);
        }
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        return fileHandler.createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        return fileHandler.createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        fileHandler.delete(uri, options);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        check(uri);
        return fileHandler.contentDescription(uri, options);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        if (!isSameFile(uri, file)) {
            throw new UncheckedIOException(refused(uri));
        }
        return fileHandler.exists(uri, options);
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        if (!isSameFile(uri, file)) {
            throw new UncheckedIOException(refused(uri));
        }
        return fileHandler.getAttributes(uri, options);
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        check(uri);
        fileHandler.setAttributes(uri, attributes, options);
    }
}
