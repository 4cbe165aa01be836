package org.zeren.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The SAX handler of the store: EMF's XMI handler plus the checks and records the store needs.
 * <ul>
 * <li>The root element must be the expected class in the expected namespace; anything else stops the parse at
 * once (no need to read a large foreign file to the end).</li>
 * <li>The first duplicate {@code xmi:id} is recorded with its line.</li>
 * <li>Unknown content is recorded by EMF itself ({@code OPTION_RECORD_UNKNOWN_FEATURE}): an unknown feature of a
 * known element, and an element whose {@code xsi:type} belongs to a package that is not registered (EMF then
 * "demands" a stand-in package and class, creates an {@link AnyType} instance and puts it in the extension of
 * its known container, never in the typed list). This handler adds what EMF drops: the place of such an element
 * in its list, the references of known elements to it (EMF would try to put an AnyType into a typed reference
 * and fail), and attribute values that cannot be read (e.g. an enumeration literal of a newer version). It also
 * counts each kind for one warning.</li>
 * <li>A reference to another file or resource ({@code href="other.zeren#x"}, {@code supervisor="file:///etc/passwd#x"},
 * {@code http://...}) stops the parse at once with {@link ModelStoreException.Problem#EXTERNAL_REFERENCE}: EMF would
 * make a proxy that opens the other resource when it is resolved. Nothing is opened: the URI is only compared with
 * the model file's. A reference by URI into the file itself ({@code m.zeren#id}) is read as the id it names (an
 * {@code href} element: replaced by the element at the end of the load), so no proxy is left; an id that no element
 * has is a dangling reference.</li>
 * </ul>
 */
final class StoreHandler extends SAXXMIHandler {

    private StoreResource store;
    private StoreResource.LoadContext context;
    private boolean rootSeen;
    /** the element and reference whose value is being read, while EMF may make a proxy for it; else {@code null} */
    private EObject proxyHolder;
    private EStructuralFeature proxyFeature;
    /** proxies whose URI names the model file itself, replaced by their element at the end of the document */
    private List<SameFileProxy> sameFileProxies;

    private record SameFileProxy(EObject holder, EStructuralFeature feature, InternalEObject proxy, int line, int column) {
    }

    /**
     * Thrown through EMF's code when a reference points outside the file; {@link StoreResource.LoadContext#abort} says
     * why. {@link #startElement} turns it into a SAXException; elsewhere (a proxy URI as element text) it reaches the
     * store as it is, which reports {@code abort} all the same.
     */
    private static final class ExternalReference extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExternalReference() {
            super(null, null, false, false);
        }
    }

    StoreHandler(XMLResource xmiResource, XMLHelper helper, Map<?, ?> options) {
        super(xmiResource, helper, options);
        store = (StoreResource) xmiResource;
        context = store.loading;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (prefix != null && !prefix.isEmpty() && uri != null) {
            context.prefixes.putIfAbsent(uri, prefix);
        }
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!rootSeen) {
            rootSeen = true;
            checkRoot(uri, localName, qName);
        }
        try {
            super.startElement(uri, localName, qName, attributes);
        } catch (ExternalReference e) {
            throw new SAXException(context.abort);
        }
    }

    private void checkRoot(String uri, String localName, String qName) throws SAXException {
        EClass expected = context.expectedRoot;
        String expectedUri = expected.getEPackage().getNsURI();
        if (XMIResource.XMI_TAG_NAME.equals(localName) && uri != null && uri.startsWith(XMIResource.XMI_NAMESPACE_PREFIX)) {
            return; // an <xmi:XMI> wrapper; its content is checked after loading
        }
        if (expectedUri.equals(uri) && expected.getName().equals(localName)) {
            return;
        }
        String found = "<" + qName + ">" + (uri == null || uri.isEmpty() ? " without namespace" : " of namespace " + uri);
        String wanted = expected.getName() + " of namespace " + expectedUri;
        String detail;
        if (expectedUri.equals(uri)) {
            detail = "the root element is " + found + "; a model file starts with a " + wanted;
        } else if (uri != null && sameFamily(uri, expectedUri)) {
            detail = "the root element is " + found + ", which is another version of the model format; this version reads "
                    + wanted;
        } else {
            detail = "this is not a model file: the root element is " + found + ", expected a " + wanted;
        }
        context.abort = new ModelStoreException(context.file, getLineNumber(), getColumnNumber(),
                ModelStoreException.Problem.WRONG_ROOT, detail);
        throw new SAXException(context.abort);
    }

    private static boolean sameFamily(String uri, String expectedUri) {
        int slash = expectedUri.lastIndexOf('/');
        return slash > 0 && uri.startsWith(expectedUri.substring(0, slash + 1));
    }

    /**
     * The parser pool keeps each parser, and the parser its last handler: let go of the model and of the forward
     * references once the document is done, or the previous model stays in memory until the next load.
     */
    @Override
    public void endDocument() {
        super.endDocument();
        if (sameFileProxies != null) {
            replaceSameFileProxies();
        }
        reset();
    }

    @Override
    public void reset() {
        super.reset();
        store = null;
        context = null;
        proxyHolder = null;
        proxyFeature = null;
        sameFileProxies = null;
    }

    // ------------------------------------------------------------------ references to other resources

    /**
     * A reference attribute: its values may be URIs ({@code other.zeren#x}), for which EMF makes proxies. A URI of the
     * model file itself ({@code m.zeren#id}) is read as the plain id it stands for.
     */
    @Override
    protected void setValueFromId(EObject object, EReference eReference, String ids) {
        EObject holder = proxyHolder;
        EStructuralFeature feature = proxyFeature;
        proxyHolder = object;
        proxyFeature = eReference;
        try {
            super.setValueFromId(object, eReference, ids.indexOf('#') > 0 ? sameFileUrisAsIds(ids) : ids);
        } finally {
            proxyHolder = holder;
            proxyFeature = feature;
        }
    }

    /** @return the ids with each URI of the model file itself replaced by {@code #fragment}, which EMF reads as an id */
    private String sameFileUrisAsIds(String ids) {
        StringBuilder result = new StringBuilder(ids.length());
        for (StringTokenizer tokens = new StringTokenizer(ids); tokens.hasMoreTokens();) {
            String token = tokens.nextToken();
            if (token.indexOf('#') > 0) {
                try {
                    URI uri = URI.createURI(token);
                    URI base = xmlResource.getURI();
                    if (uri.isRelative() && base != null && !base.isRelative()) {
                        uri = uri.resolve(base);
                    }
                    if (uri.fragment() != null && OwnFileURIHandler.isSameFile(uri, base)) {
                        token = "#" + uri.fragment();
                    }
                } catch (IllegalArgumentException e) {
                    // not a URI at all: EMF reports it
                }
            }
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(token);
        }
        return result.toString();
    }

    /** An element of a reference: an {@code href} attribute makes it a proxy. */
    @Override
    protected void createObject(EObject peekObject, EStructuralFeature feature) {
        EObject holder = proxyHolder;
        EStructuralFeature previous = proxyFeature;
        proxyHolder = peekObject;
        proxyFeature = feature;
        try {
            super.createObject(peekObject, feature);
        } finally {
            proxyHolder = holder;
            proxyFeature = previous;
        }
    }

    /**
     * EMF computes the proxy URI (text only; nothing is opened). A URI of another resource ends the load here; one of
     * the model file itself is remembered and replaced by its element at the end of the document.
     */
    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        super.handleProxy(proxy, uriLiteral);
        URI uri = proxy.eProxyURI();
        EObject holder = proxyHolder != null ? proxyHolder : objects.isEmpty() ? null : objects.peekEObject();
        EStructuralFeature feature = proxyFeature != null ? proxyFeature : featureHolding(holder, proxy);
        if (!OwnFileURIHandler.isSameFile(uri, xmlResource.getURI())) {
            String name = feature != null ? feature.getName() : elements.isEmpty() ? "?" : elements.peek();
            if (context.abort == null) {
                context.abort = new ModelStoreException(context.file, getLineNumber(), getColumnNumber(),
                        ModelStoreException.Problem.EXTERNAL_REFERENCE,
                        "reference " + name + " points outside this file: " + uriLiteral);
            }
            proxy.eSetProxyURI(null); // never resolvable, even if the half-read model escaped
            throw new ExternalReference();
        }
        if (holder != null && feature instanceof EReference reference && !reference.isContainment() && uri.fragment() != null) {
            if (sameFileProxies == null) {
                sameFileProxies = new ArrayList<>();
            }
            sameFileProxies.add(new SameFileProxy(holder, feature, proxy, getLineNumber(), getColumnNumber()));
        }
    }

    private static EStructuralFeature featureHolding(EObject holder, EObject value) {
        if (holder == null) {
            return null;
        }
        for (EReference reference : holder.eClass().getEAllReferences()) {
            Object current = holder.eGet(reference, false);
            if (current == value || current instanceof InternalEList<?> list && list.basicContains(value)) {
                return reference;
            }
        }
        return null;
    }

    /**
     * Replaces each proxy that names an element of the model file by that element, so that the model holds no proxy
     * (resolving one later would go through the resource set); a fragment that names no element is a dangling
     * reference.
     */
    private void replaceSameFileProxies() {
        for (SameFileProxy p : sameFileProxies) {
            // basic* and eGet(.., false) only: the usual list methods would resolve the proxies they meet
            Object current = p.holder().eGet(p.feature(), false);
            boolean many = current instanceof InternalEList<?>;
            if (many ? !((InternalEList<?>) current).basicContains(p.proxy()) : current != p.proxy()) {
                continue; // EMF resolved it already (one end of a bidirectional reference), or it is kept elsewhere
            }
            String fragment = p.proxy().eProxyURI().fragment();
            EObject target = lookup(fragment);
            if (target == null || target.eIsProxy()) {
                error(new UnresolvedReferenceException(p.holder(), p.feature(), fragment, getLocation(), p.line(),
                        p.column()));
                continue;
            }
            try {
                if (many) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> list = (InternalEList<EObject>) current;
                    int index = list.basicIndexOf(p.proxy());
                    if (list.basicContains(target)) {
                        list.basicRemove(p.proxy(), null); // the same element twice: keep it once
                    } else {
                        list.set(index, target);
                    }
                } else {
                    p.holder().eSet(p.feature(), target);
                }
            } catch (RuntimeException e) {
                error(new IllegalValueException(p.holder(), p.feature(), target, e, getLocation(),
                        p.line(), p.column()));
            }
        }
    }

    // ------------------------------------------------------------------ ids

    @Override
    public void setDocumentLocator(org.xml.sax.Locator locator) {
        super.setDocumentLocator(locator);
        context.locator = locator; // duplicate ids are noticed in StoreResource.setID
    }

    @Override
    protected void handleObjectAttribs(EObject obj) {
        if (!isUnknown(obj)) {
            context.elements++; // compared with the ids registered, to find elements without xmi:id
        }
        super.handleObjectAttribs(obj);
    }

    // ------------------------------------------------------------------ unknown content

    static boolean isUnknown(EObject object) {
        return object instanceof AnyType;
    }

    @Override
    protected void recordUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject, String value) {
        if (!isUnknown(peekObject)) {
            context.unknownContent = true;
            String qName = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
            String className = peekObject.eClass().getName();
            context.warn("feature " + className + " " + qName, StoreDiagnostic.Kind.UNKNOWN_FEATURE, getLineNumber(),
                    getColumnNumber(),
                    (isElement ? "element <" + qName + ">" : "attribute " + qName) + " of " + className
                            + " is not known to this version (written by a newer version or a plugin?); it is kept and"
                            + " written back on save");
        }
        super.recordUnknownFeature(prefix, name, isElement, peekObject, value);
    }

    @Override
    protected EObject validateCreateObjectFromFactory(EFactory factory, String typeName, EObject newObject,
            EStructuralFeature feature) {
        EObject container = objects.isEmpty() ? null : objects.peekEObject();
        EObject result = super.validateCreateObjectFromFactory(factory, typeName, newObject, feature);
        if (result != null && container != null && isUnknown(result) && !isUnknown(container)) {
            // EMF put the element into the container's extension (contextFeature is the entry feature used there)
            context.unknownContent = true;
            if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()
                    && reference.getEContainingClass().isSuperTypeOf(container.eClass())) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) container.eGet(reference);
                EObject anchor = list.isEmpty() ? null : list.get(list.size() - 1);
                store.keepChild(container, new StoreResource.KeptChild(reference, anchor, result, contextFeature));
            }
            String namespace = result.eClass().getEPackage().getNsURI();
            String type = typeName;
            String prefix = context.prefixes.get(namespace);
            if (prefix != null) {
                type = prefix + ":" + typeName;
            }
            String featureName = feature == null ? "?" : feature.getName();
            boolean knownPackage = store.getResourceSet() != null
                    && store.getResourceSet().getPackageRegistry().getEPackage(namespace) != null;
            String why = knownPackage ? "a class this version of the model does not have (written by a newer version?)"
                    : "a type this installation does not know (a work-area plugin that is not installed?)";
            context.warn("type " + namespace + " " + typeName, StoreDiagnostic.Kind.UNKNOWN_TYPE, getLineNumber(),
                    getColumnNumber(),
                    "element <" + featureName + "> of type " + type + " (namespace " + namespace
                            + ") is of " + why + "; it is kept with its content and written back at its place on save, but"
                            + " cannot be edited here");
        }
        return result;
    }

    /**
     * An attribute value that cannot be converted (e.g. an enumeration literal of a newer version) is kept as
     * text in the element's extension and the attribute left unset, instead of failing the load.
     */
    @Override
    protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
        List<Resource.Diagnostic> errors = xmlResource.getErrors();
        int before = errors.size();
        super.setFeatureValue(object, feature, value, position);
        if (errors.size() > before && feature instanceof EAttribute attribute && value instanceof String text
                && !isUnknown(object) && errors.get(errors.size() - 1) instanceof IllegalValueException illegal
                && illegal.getFeature() == attribute) {
            errors.remove(errors.size() - 1);
            context.unknownContent = true;
            AnyType extension = getExtension(object);
            String namespace = extendedMetaData.getNamespace(attribute);
            String name = extendedMetaData.getName(attribute);
            if (attribute.isMany()) {
                // many-valued attributes are elements in XMI: keep the value as such an element
                AnyType element = XMLTypeFactory.eINSTANCE.createAnyType();
                element.getMixed().add(XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__TEXT, text);
                extension.getMixed().add(extendedMetaData.demandFeature(namespace, name, true, true), element);
            } else {
                object.eUnset(attribute);
                extension.getAnyAttribute().add(extendedMetaData.demandFeature(namespace, name, false, false), text);
            }
            context.warn("value " + object.eClass().getName() + " " + attribute.getName() + " " + text,
                    StoreDiagnostic.Kind.UNKNOWN_VALUE, getLineNumber(), getColumnNumber(),
                    "value \"" + text + "\" of " + object.eClass().getName() + "." + attribute.getName()
                            + " cannot be read by this version (" + attribute.getEAttributeType().getName()
                            + "); the attribute is left unset and the text is written back on save unless the attribute is set");
        }
    }

    // ------------------------------------------------------------------ references to unknown elements

    @Override
    protected void handleForwardReferences(boolean isEndDocument) {
        if (isEndDocument && context.unknownContent) {
            keepReferencesToUnknown();
        }
        super.handleForwardReferences(isEndDocument);
    }

    private boolean isOutsideResource(EObject target) {
        return target.eResource() != xmlResource;
    }

    /**
     * Takes references of known elements to elements outside the resource (unknown content, which is held in
     * extensions) out of EMF's forward references and keeps their ids in the resource; positions of the remaining
     * ids of the same attribute are compacted so that EMF still puts them in file order.
     */
    private void keepReferencesToUnknown() {
        List<SingleReference> singles = new ArrayList<>(forwardSingleReferences.size());
        EObject groupObject = null;
        EStructuralFeature groupFeature = null;
        int groupLine = -1;
        int groupColumn = -1;
        int removed = 0;
        EObject anchor = null;
        for (SingleReference ref : forwardSingleReferences) {
            if (ref.getObject() != groupObject || ref.getFeature() != groupFeature || ref.getLineNumber() != groupLine
                    || ref.getColumnNumber() != groupColumn) {
                groupObject = ref.getObject();
                groupFeature = ref.getFeature();
                groupLine = ref.getLineNumber();
                groupColumn = ref.getColumnNumber();
                removed = 0;
                anchor = null;
            }
            String id = (String) ref.getValue();
            EObject target = lookup(id);
            if (target != null && isOutsideResource(target) && ref.getFeature() instanceof EReference reference
                    && !isUnknown(ref.getObject())) {
                keep(ref.getObject(), reference, anchor, id, ref.getLineNumber(), ref.getColumnNumber());
                removed++;
                continue;
            }
            if (target != null) {
                anchor = target;
            }
            if (removed > 0 && ref.getPosition() >= 0) {
                ref = new SingleReference(ref.getObject(), ref.getFeature(), id, ref.getPosition() - removed,
                        ref.getLineNumber(), ref.getColumnNumber());
            }
            singles.add(ref);
        }
        forwardSingleReferences.clear();
        forwardSingleReferences.addAll(singles);

        List<ManyReference> manies = new ArrayList<>(forwardManyReferences.size());
        for (ManyReference ref : forwardManyReferences) {
            Object[] values = ref.getValues();
            int[] positions = ref.getPositions();
            if (!(ref.getFeature() instanceof EReference reference) || isUnknown(ref.getObject())) {
                manies.add(ref);
                continue;
            }
            List<Object> keptValues = new ArrayList<>(values.length);
            List<Integer> keptPositions = new ArrayList<>(values.length);
            anchor = null;
            removed = 0;
            for (int i = 0; i < values.length; i++) {
                String id = (String) values[i];
                EObject target = lookup(id);
                if (target != null && isOutsideResource(target)) {
                    keep(ref.getObject(), reference, anchor, id, ref.getLineNumber(), ref.getColumnNumber());
                    removed++;
                    continue;
                }
                if (target != null) {
                    anchor = target;
                }
                keptValues.add(id);
                keptPositions.add(positions[i] - removed);
            }
            if (removed == 0) {
                manies.add(ref);
            } else if (!keptValues.isEmpty()) {
                manies.add(new ManyReference(ref.getObject(), reference, keptValues.toArray(),
                        keptPositions.stream().mapToInt(Integer::intValue).toArray(), ref.getLineNumber(),
                        ref.getColumnNumber()));
            }
        }
        forwardManyReferences.clear();
        forwardManyReferences.addAll(manies);
    }

    private EObject lookup(String id) {
        try {
            return xmlResource.getEObject(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void keep(EObject object, EReference reference, EObject anchor, String id, int line, int column) {
        store.keepReference(object, reference, new StoreResource.KeptId(anchor, id));
        context.warn("reference " + object.eClass().getName() + " " + reference.getName(),
                StoreDiagnostic.Kind.REFERENCE_TO_UNKNOWN, line, column,
                "reference " + object.eClass().getName() + "." + reference.getName() + " points to " + id
                        + ", an element of a type this installation does not know; the reference is kept and written back"
                        + " on save but not shown in the model");
    }
}
