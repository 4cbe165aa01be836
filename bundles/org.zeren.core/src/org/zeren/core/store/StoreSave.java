package org.zeren.core.store;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.ProcessingInstruction;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * EMF's XMI writer plus what the store keeps of unknown content (see {@link StoreResource}):
 * <ul>
 * <li>an element of an unknown type is written where it stood in its known containment list, right after the
 * known sibling it followed (at the end of the list when that sibling was deleted), instead of at the end of its
 * container as EMF would;</li>
 * <li>ids of unknown elements in a known reference are written back in their place among the known ids (a single
 * reference only while it is not set to a known element);</li>
 * <li>an extension attribute whose name is now a set attribute of the element is not written, so that a value
 * kept from load never duplicates an attribute the user has set since.</li>
 * </ul>
 * For a resource without kept content it writes exactly what {@link XMISaveImpl} writes.
 */
final class StoreSave extends XMISaveImpl {

    private StoreResource store;
    private XMLResource resource;
    private Set<EObject> writtenInPlace;
    private Set<EObject> extensionRoots;

    StoreSave(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected void init(XMLResource resource, Map<?, ?> options) {
        super.init(resource, options);
        this.resource = resource;
        store = resource instanceof StoreResource s && (!s.keptChildren.isEmpty() || !s.keptReferences.isEmpty()) ? s : null;
        writtenInPlace = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    // ------------------------------------------------------------------ elements of unknown types

    @Override
    protected void saveContainedMany(EObject o, EStructuralFeature f) {
        List<StoreResource.KeptChild> kept = store == null ? null : store.keptChildren.get(o);
        if (kept == null || kept.stream().noneMatch(k -> k.feature() == f && isStillKept(o, k))) {
            super.saveContainedMany(o, f);
            return;
        }
        writeKeptAfter(o, kept, f, null);
        @SuppressWarnings("unchecked")
        List<? extends InternalEObject> values = ((InternalEList<? extends InternalEObject>) helper.getValue(o, f)).basicList();
        for (InternalEObject value : values) {
            if (value != null) {
                saveElement(value, f);
                writeKeptAfter(o, kept, f, value);
            }
        }
        for (StoreResource.KeptChild child : kept) { // their known predecessor was removed: end of the list
            if (child.feature() == f && isStillKept(o, child) && !writtenInPlace.contains(child.element())) {
                writeKept(child);
            }
        }
    }

    private void writeKeptAfter(EObject o, List<StoreResource.KeptChild> kept, EStructuralFeature f, EObject anchor) {
        for (StoreResource.KeptChild child : kept) {
            if (child.feature() == f && child.anchor() == anchor && isStillKept(o, child)
                    && !writtenInPlace.contains(child.element())) {
                writeKept(child);
            }
        }
    }

    private void writeKept(StoreResource.KeptChild child) {
        writtenInPlace.add(child.element());
        saveElement((InternalEObject) child.element(), child.entryFeature());
    }

    /** @return whether the kept element is still in the extension of its container (nobody removed it) */
    private boolean isStillKept(EObject container, StoreResource.KeptChild child) {
        AnyType extension = eObjectToExtensionMap == null ? null : eObjectToExtensionMap.get(container);
        return extension != null && child.element().eContainer() == extension && child.entryFeature() != null;
    }

    /** Writes the extension of an element without the entries already written in place. */
    @Override
    protected boolean processElementExtensions(EObject object) {
        if (writtenInPlace.isEmpty() || eObjectToExtensionMap == null) {
            return super.processElementExtensions(object);
        }
        AnyType extension = eObjectToExtensionMap.get(object);
        if (extension == null) {
            return false;
        }
        FeatureMap mixed = extension.getMixed();
        boolean anyWrittenInPlace = false;
        for (FeatureMap.Entry entry : mixed) {
            if (entry.getValue() instanceof EObject value && writtenInPlace.contains(value)) {
                anyWrittenInPlace = true;
                break;
            }
        }
        if (!anyWrittenInPlace) {
            return super.processElementExtensions(object);
        }
        boolean wrote = false;
        for (FeatureMap.Entry entry : mixed) {
            EStructuralFeature feature = entry.getEStructuralFeature();
            Object value = entry.getValue();
            if (value instanceof EObject eObject && writtenInPlace.contains(eObject)) {
                continue;
            }
            wrote = true;
            if (feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__TEXT) {
                doc.addText(escape == null ? value.toString() : escape.convertText(value.toString()));
            } else if (feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__CDATA) {
                doc.addCDATA(escape == null ? value.toString() : escape.convertLines(value.toString()));
            } else if (feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__COMMENT) {
                doc.addComment(escape == null ? value.toString() : escape.convertLines(value.toString()));
            } else if (feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__PROCESSING_INSTRUCTION) {
                ProcessingInstruction pi = (ProcessingInstruction) value;
                String data = pi.getData();
                doc.addProcessingInstruction(pi.getTarget(), escape == null || data == null ? data : escape.convertLines(data));
            } else if (feature instanceof EReference reference) {
                if (value == null) {
                    saveNil(extension, feature);
                } else if (reference.isContainment()) {
                    saveElement((InternalEObject) value, feature);
                } else if (reference.isResolveProxies()) {
                    saveFeatureMapElementReference((EObject) value, reference);
                } else {
                    saveElementIDRef(extension, (EObject) value, feature);
                }
            } else {
                saveElement(extension, value, feature);
            }
        }
        return wrote;
    }

    /** Leaves out extension attributes that now clash with a set attribute of the element. */
    @Override
    protected void processAttributeExtensions(EObject object) {
        AnyType extension = eObjectToExtensionMap == null ? null : eObjectToExtensionMap.get(object);
        if (extension == null || extension.getAnyAttribute().isEmpty()) {
            return;
        }
        FeatureMap attributes = extension.getAnyAttribute();
        boolean clash = false;
        for (FeatureMap.Entry entry : attributes) {
            clash |= clashes(object, entry.getEStructuralFeature());
        }
        if (!clash) {
            super.processAttributeExtensions(object);
            return;
        }
        for (FeatureMap.Entry entry : attributes) {
            EStructuralFeature feature = entry.getEStructuralFeature();
            if (!clashes(object, feature) && !(feature instanceof EReference)) {
                doc.addAttribute(helper.getQName(feature), getDatatypeValue(entry.getValue(), feature, true));
            }
        }
    }

    private boolean clashes(EObject object, EStructuralFeature extensionFeature) {
        String name = extendedMetaData == null ? extensionFeature.getName() : extendedMetaData.getName(extensionFeature);
        EStructuralFeature known = object.eClass().getEStructuralFeature(name);
        return known != null && super.shouldSaveFeature(object, known);
    }

    // ------------------------------------------------------------------ references to unknown elements

    private List<StoreResource.KeptId> keptIds(EObject o, EStructuralFeature f) {
        return store == null ? null : store.keptIds(o, f);
    }

    @Override
    protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
        return super.shouldSaveFeature(o, f) || keptIds(o, f) != null && hasLiveId(keptIds(o, f));
    }

    @Override
    protected int sameDocSingle(EObject o, EStructuralFeature f) {
        if (helper.getValue(o, f) == null && keptIds(o, f) != null) {
            return hasLiveId(keptIds(o, f)) ? SAME_DOC : SKIP;
        }
        return super.sameDocSingle(o, f);
    }

    @Override
    protected int sameDocMany(EObject o, EStructuralFeature f) {
        List<StoreResource.KeptId> kept = keptIds(o, f);
        if (kept != null && ((List<?>) helper.getValue(o, f)).isEmpty()) {
            return hasLiveId(kept) ? SAME_DOC : SKIP;
        }
        return super.sameDocMany(o, f);
    }

    @Override
    protected void saveIDRefSingle(EObject o, EStructuralFeature f) {
        List<StoreResource.KeptId> kept = keptIds(o, f);
        if (kept != null && helper.getValue(o, f) == null) {
            for (StoreResource.KeptId id : kept) {
                if (isLive(id.id())) {
                    doc.addAttribute(helper.getQName(f), id.id());
                    return;
                }
            }
            return;
        }
        super.saveIDRefSingle(o, f);
    }

    @Override
    protected void saveIDRefMany(EObject o, EStructuralFeature f) {
        List<StoreResource.KeptId> kept = keptIds(o, f);
        if (kept == null) {
            super.saveIDRefMany(o, f);
            return;
        }
        StringBuilder ids = new StringBuilder();
        Set<StoreResource.KeptId> done = Collections.newSetFromMap(new IdentityHashMap<>());
        appendKept(ids, kept, null, done);
        @SuppressWarnings("unchecked")
        InternalEList<? extends EObject> values = (InternalEList<? extends EObject>) helper.getValue(o, f);
        for (java.util.Iterator<? extends EObject> i = values.basicIterator(); i.hasNext();) {
            EObject value = i.next();
            String id = helper.getIDREF(value);
            if (id != null) {
                append(ids, id);
            }
            appendKept(ids, kept, value, done);
        }
        for (StoreResource.KeptId id : kept) {
            if (!done.contains(id) && isLive(id.id())) {
                append(ids, id.id());
            }
        }
        if (ids.length() > 0) {
            doc.addAttribute(helper.getQName(f), ids.toString());
        }
    }

    private void appendKept(StringBuilder ids, List<StoreResource.KeptId> kept, EObject anchor, Set<StoreResource.KeptId> done) {
        for (StoreResource.KeptId id : kept) {
            if (id.anchor() == anchor && !done.contains(id) && isLive(id.id())) {
                append(ids, id.id());
                done.add(id);
            }
        }
    }

    private static void append(StringBuilder ids, String id) {
        if (ids.length() > 0) {
            ids.append(' ');
        }
        ids.append(id);
    }

    private boolean hasLiveId(List<StoreResource.KeptId> kept) {
        for (StoreResource.KeptId id : kept) {
            if (isLive(id.id())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the id still belongs to an element of kept unknown content (so the reference will resolve) */
    private boolean isLive(String id) {
        EObject target = resource.getIDToEObjectMap().get(id);
        if (target == null) {
            return false;
        }
        if (target.eResource() == resource) {
            return true;
        }
        EObject top = target;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        if (extensionRoots == null) {
            extensionRoots = Collections.newSetFromMap(new IdentityHashMap<>());
            if (eObjectToExtensionMap != null) {
                for (Map.Entry<EObject, AnyType> entry : eObjectToExtensionMap.entrySet()) {
                    if (entry.getKey().eResource() == resource) { // written with its owner
                        extensionRoots.add(entry.getValue());
                    }
                }
            }
        }
        return extensionRoots.contains(top);
    }
}
