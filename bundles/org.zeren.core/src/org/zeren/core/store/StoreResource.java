package org.zeren.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of the store: UUIDs as {@code xmi:id}, a loader that checks and keeps unknown content
 * ({@link StoreHandler}), a saver that writes it back at its place ({@link StoreSave}).
 * <p>
 * Besides EMF's own record of unknown content (the {@linkplain #getEObjectToExtensionMap() extension map},
 * filled because the store loads with {@code OPTION_RECORD_UNKNOWN_FEATURE}), it remembers two things EMF
 * loses: where an element of an unknown type stood in its known containment list ({@link #keptChildren}), and
 * the references of known elements to elements of an unknown type ({@link #keptReferences}).
 */
final class StoreResource extends XMIResourceImpl {

    /**
     * An element of an unknown type that stood in a known containment list of a known element. EMF keeps it in
     * the container's extension; the store writes it back right after {@code anchor} (the known sibling it
     * followed in the file; {@code null} when it came first).
     */
    record KeptChild(EStructuralFeature feature, EObject anchor, EObject element, EStructuralFeature entryFeature) {
    }

    /** An id of an unknown element in a known reference, written back after {@code anchor} ({@code null}: first). */
    record KeptId(EObject anchor, String id) {
    }

    /** Per-load state shared by the handler and the store; {@code null} outside a load. */
    static final class LoadContext {
        final Path file;
        final EClass expectedRoot;
        /** namespace URI -> the first prefix the file declared for it */
        final Map<String, String> prefixes = new HashMap<>();
        /** aggregated warnings: one per kind of unknown thing, counting occurrences */
        final Map<String, Warning> warnings = new LinkedHashMap<>();
        boolean unknownContent;
        String duplicateId;
        int duplicateLine;
        int duplicateColumn;
        EObject duplicateFirst;
        ModelStoreException abort;
        /** the position of the parser, for problems noticed outside the handler */
        org.xml.sax.Locator locator;
        /** known elements read and ids registered for them: fewer ids means some element needs a UUID after the load */
        long elements;
        long ids;

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }

        LoadContext(Path file, EClass expectedRoot) {
            this.file = file;
            this.expectedRoot = expectedRoot;
        }

        void warn(String key, StoreDiagnostic.Kind kind, int line, int column, String what) {
            Warning w = warnings.get(key);
            if (w == null) {
                warnings.put(key, new Warning(kind, line, column, what));
            } else {
                w.count++;
            }
        }
    }

    static final class Warning {
        final StoreDiagnostic.Kind kind;
        final int line;
        final int column;
        final String what;
        int count = 1;

        Warning(StoreDiagnostic.Kind kind, int line, int column, String what) {
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.what = what;
        }
    }

    /** container -> elements of unknown types that stood in its known containment lists, in file order */
    final Map<EObject, List<KeptChild>> keptChildren = new IdentityHashMap<>();
    /** referencing known element -> reference -> ids of unknown elements, in file order */
    final Map<EObject, Map<EReference, List<KeptId>>> keptReferences = new IdentityHashMap<>();
    /** the metadata that knows the packages demanded for unknown content; {@code null} when none was loaded */
    ExtendedMetaData extendedMetaData;
    /** The file this resource was last read from or saved to (absolute, normalised), or null. */
    Path diskPath;
    /** The state of {@link #diskPath} when it was read or saved, or null (then a save does not check it). */
    AtomicFiles.DiskState diskState;
    LoadContext loading;

    StoreResource(URI uri) {
        super(uri);
    }

    /** Every element gets a UUID as {@code xmi:id}, as in {@code ZerenResourceImpl}. */
    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /** Attributes flagged as ID are user data; the UUID is the identity (as in {@code ZerenResourceImpl}). */
    @Override
    protected boolean useIDAttributes() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            public XMLDefaultHandler createDefaultHandler() {
                return new StoreHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected XMLSave createXMLSave() {
        return new StoreSave(createXMLHelper());
    }

    /**
     * Replaces the id maps by compact ones ({@link IdMap}) sized for about {@code elements} elements, so that they
     * do not grow step by step while loading.
     */
    void expectElements(int elements) {
        eObjectToIDMap = new IdMap<>(elements, true);
        idToEObjectMap = new IdMap<>(elements, false);
    }

    /**
     * Registers an id. While loading, also notices the first duplicate (the id map already holds another element)
     * without a second lookup.
     */
    @Override
    public void setID(EObject eObject, String id) {
        LoadContext context = loading;
        if (context == null || id == null) {
            super.setID(eObject, id);
            return;
        }
        if (!(eObject instanceof org.eclipse.emf.ecore.xml.type.AnyType)) {
            context.ids++;
        }
        String oldId = getEObjectToIDMap().put(eObject, id);
        if (oldId != null && !oldId.equals(id)) {
            getIDToEObjectMap().remove(oldId);
        }
        EObject previous = getIDToEObjectMap().put(id, eObject);
        if (previous != null && previous != eObject && context.duplicateId == null) {
            context.duplicateId = id;
            context.duplicateFirst = previous;
            context.duplicateLine = context.line();
            context.duplicateColumn = context.column();
        }
    }

    /**
     * While loading, the elements are attached all at once at the end (deferred attachment) and already have their
     * ids (registered by {@link #setID} as they were read), so EMF's walk over the whole tree to register ids again
     * is skipped; elements that had no {@code xmi:id} get a UUID right after the load ({@link #assignMissingIds}).
     */
    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return loading == null && super.isAttachedDetachedHelperRequired();
    }

    /** Gives every element of the model that has no id a new UUID. */
    void assignMissingIds() {
        for (TreeIterator<EObject> i = getAllContents(); i.hasNext();) {
            EObject object = i.next();
            if (getID(object) == null) {
                setID(object, EcoreUtil.generateUUID());
            }
        }
    }

    void keepChild(EObject container, KeptChild child) {
        keptChildren.computeIfAbsent(container, c -> new ArrayList<>(2)).add(child);
    }

    void keepReference(EObject object, EReference reference, KeptId id) {
        keptReferences.computeIfAbsent(object, o -> new LinkedHashMap<>(2))
                .computeIfAbsent(reference, r -> new ArrayList<>(2)).add(id);
    }

    /** @return the kept ids of {@code reference} of {@code object}, or {@code null} */
    List<KeptId> keptIds(EObject object, EStructuralFeature reference) {
        if (keptReferences.isEmpty()) {
            return null;
        }
        Map<EReference, List<KeptId>> map = keptReferences.get(object);
        return map == null ? null : map.get(reference);
    }

    void clearKeptContent() {
        keptChildren.clear();
        keptReferences.clear();
        extendedMetaData = null;
    }
}
