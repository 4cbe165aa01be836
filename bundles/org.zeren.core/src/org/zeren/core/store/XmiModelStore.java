package org.zeren.core.store;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.osgi.service.component.annotations.Component;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenPackage;
import org.zeren.model.util.ZerenResourceFactoryImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@link ModelStore}: XMI files read and written with EMF, saved atomically.
 * <p>
 * Registered as an OSGi Declarative Services component; outside OSGi create it with {@code new XmiModelStore()}.
 * Either way the constructor registers the model package (and, for the Zeren model, its resource factory for
 * the {@code zeren} extension) in EMF's global registries when they lack it. Thread-safe.
 *
 * <h2>Unknown content: the design</h2>
 * EMF can record what it does not know in the resource's extension map ({@code OPTION_RECORD_UNKNOWN_FEATURE}
 * with extended metadata). For an element whose {@code xsi:type} comes from a package that is not registered,
 * e.g. {@code <duties xsi:type="oh:HazardFactorDuty">} from a work-area plugin that is not installed, EMF then
 * "demands" a stand-in package and class (a subclass of {@code AnyType}), builds the element with all its
 * attributes, nested children and text as {@code AnyType} content, and puts it into the <em>extension</em> of
 * its known container, not into the typed list ({@code getDuties()} stays an {@code EList<Duty>} holding only
 * real {@code Duty} objects, so generated code never meets a foreign object). The store chose this over the
 * alternatives because it keeps everything without guessing:
 * <ul>
 * <li>a {@code MissingPackageHandler} returning a synthetic package whose classes extend the expected class
 * would put dynamic objects into typed lists (a {@code DynamicEObjectImpl} is not a {@code Duty}: a
 * ClassCastException in every {@code for (Duty d : list.getDuties())}), and cannot instantiate an abstract
 * expected class such as {@code Duty} through the generated factory;</li>
 * <li>keeping the raw XML text of the element aside would need a second parse pass and could not keep
 * references from known elements to it.</li>
 * </ul>
 * EMF alone loses three things, which the store adds ({@link StoreHandler}, {@link StoreSave}): the element's
 * place among its known siblings (EMF would write it at the end of its container; the store writes it after the
 * sibling it followed), references of known elements to it (EMF tries to put the {@code AnyType} into the typed
 * reference and fails; the store keeps the ids and writes them back in place), and attribute values this version
 * cannot read, such as a newer enumeration literal (kept as text, the attribute left unset). References from the
 * unknown element to known elements are kept as the text of its attributes, which stays valid because ids are
 * stable UUIDs. Each kind of unknown content gives one {@link StoreDiagnostic} warning with its first position
 * and count.
 *
 * <h2>One file, nothing else</h2>
 * A reference whose value is a URI of another resource would make EMF create a proxy that opens that resource (a
 * local file, a named pipe that blocks for ever, a network connection) when it is resolved. The handler compares each
 * proxy URI with the model file's, as text, and stops the load at the first that differs
 * ({@link ModelStoreException.Problem#EXTERNAL_REFERENCE}); proxies into the file itself are replaced by their elements.
 * Unknown namespaces are not fetched as package locations. As a second line, the resource set's only URI handler
 * ({@link OwnFileURIHandler}) refuses every URI but the model file's, so a proxy set later by program code cannot open
 * anything either.
 *
 * <h2>Loading fast</h2>
 * A shared parser pool, deferred IDREF resolution and attachment, a name-to-feature cache, id maps sized from the
 * file size, duplicate ids noticed by the same map operation that registers them, and no second walk over the tree
 * to register ids on attachment ({@link StoreResource}). Ids are looked up in the id maps only (ID attributes are
 * not ids), so dangling references fail fast too; an intrinsic id map is set all the same (EMF's own advice
 * against quadratic loads when ID attributes are used). The file is parsed once; only failures (duplicate ids,
 * parse errors) read it again to name positions.
 */
@Component(service = ModelStore.class)
public class XmiModelStore implements ModelStore {

    /** Namespace URI of the Zeren metamodel: {@value}. */
    public static final String ZEREN_NS_URI = ZerenPackage.eNS_URI;

    /**
     * Parser features: no DOCTYPE at all (so no entity can be declared, expanded or fetched), no external
     * entities or DTDs even if a parser ignored the first, and the JDK's secure processing limits.
     */
    static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    private static final String DOCTYPE_MESSAGE =
            "DOCTYPE declarations are not allowed (they can read local files or expand entities)";

    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

    /** A low estimate of the bytes an element takes in a file, to size the id maps from the file size. */
    private static final long BYTES_PER_ELEMENT = 256;

    private final EClass rootClass;

    /**
     * Creates the store for Zeren models: root {@link ResponsibilityModel} of namespace {@value #ZEREN_NS_URI}.
     * Registers {@link ZerenPackage} and, for the {@code zeren} extension, {@link ZerenResourceFactoryImpl} in EMF's
     * global registries when they lack them (outside OSGi nobody else does).
     */
    public XmiModelStore() {
        this(ZerenPackage.Literals.RESPONSIBILITY_MODEL);
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        synchronized (factories) {
            factories.putIfAbsent(FILE_EXTENSION, new ZerenResourceFactoryImpl());
        }
    }

    /**
     * Creates a store for models of another metamodel (used by tests and tools).
     *
     * @param rootClass the class every loaded file's root element must have (or a subclass); not {@code null}; its
     *                  package is registered in {@link EPackage.Registry#INSTANCE} when missing
     * @throws NullPointerException when rootClass or its package is {@code null}
     */
    public XmiModelStore(EClass rootClass) {
        this.rootClass = Objects.requireNonNull(rootClass, "rootClass");
        EPackage ePackage = Objects.requireNonNull(rootClass.getEPackage(), "the root class must be in a package");
        synchronized (EPackage.Registry.INSTANCE) {
            if (EPackage.Registry.INSTANCE.getEPackage(ePackage.getNsURI()) == null) {
                EPackage.Registry.INSTANCE.put(ePackage.getNsURI(), ePackage);
            }
        }
    }

    /** @return the class every model root has; never {@code null} */
    public EClass rootClass() {
        return rootClass;
    }

    // ------------------------------------------------------------------ create

    @Override
    public LoadedModel create(Path file, String name) {
        Path absolute = file.toAbsolutePath().normalize();
        StoreResource resource = newResource(absolute);
        EObject root = EcoreUtil.create(rootClass);
        if (name != null && rootClass.getEStructuralFeature("name") instanceof EAttribute nameAttribute) {
            root.eSet(nameAttribute, name);
        }
        resource.getContents().add(root);
        resource.setModified(false);
        return new LoadedModel(resource, absolute, List.of());
    }

    private StoreResource newResource(Path absolute) {
        ResourceSet resourceSet = new ResourceSetImpl();
        EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(rootClass.getEPackage().getNsURI(), rootClass.getEPackage());
        resourceSet.setPackageRegistry(registry);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new ResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return new StoreResource(uri);
            }
        });
        URI uri = URI.createFileURI(absolute.toString());
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new OwnFileURIHandler(uri)), List.of()));
        StoreResource resource = new StoreResource(uri);
        resourceSet.getResources().add(resource);
        return resource;
    }

    // ------------------------------------------------------------------ load

    @Override
    public LoadedModel load(Path file) throws ModelStoreException {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> leftovers = AtomicFiles.leftoverTemporaryFiles(absolute);
        if (!Files.exists(absolute)) {
            if (!leftovers.isEmpty()) {
                Path newest = leftovers.get(leftovers.size() - 1);
                throw new ModelStoreException(file, 0, 0, ModelStoreException.Problem.ONLY_TEMPORARY_FILE,
                        "the file does not exist, but " + newest.getFileName()
                                + " does: the temporary file of a save that was interrupted before it finished. It may be"
                                + " incomplete and is not loaded automatically; if a backup " + AtomicFiles.backupOf(absolute).getFileName()
                                + " exists, open that, or check the temporary file and rename it to " + absolute.getFileName());
            }
            throw new ModelStoreException(file, 0, 0, ModelStoreException.Problem.NOT_FOUND, "the file does not exist");
        }
        try {
            AtomicFiles.requireRegularOrMissing(absolute.toRealPath());
        } catch (AtomicFiles.NotRegularFileException e) {
            throw new ModelStoreException(file, 0, 0, ModelStoreException.Problem.NOT_REGULAR_FILE,
                    "not loaded: it is not a regular file but " + e.kind(), e);
        } catch (IOException e) {
            throw ioFailure(file, "cannot read the file", e);
        }
        List<StoreDiagnostic> warnings = new ArrayList<>();
        for (Path leftover : leftovers) {
            if (AtomicFiles.isBeingWritten(leftover)) {
                warnings.add(new StoreDiagnostic(StoreDiagnostic.Kind.SAVE_IN_PROGRESS, file, 0, 0,
                        "another program is saving this file right now (" + leftover.getFileName() + "): the version"
                                + " read is the one before that save, and saving this model will be refused once"
                                + " that save has finished; load the file again afterwards"));
                continue;
            }
            warnings.add(new StoreDiagnostic(StoreDiagnostic.Kind.LEFTOVER_TEMPORARY_FILE, file, 0, 0,
                    "found " + leftover.getFileName() + ", the temporary file of a save that was interrupted; it was not"
                            + " loaded (the file itself was). Delete it, or open it separately if that save held changes"
                            + " you need"));
        }
        long size;
        try {
            size = Files.size(absolute);
        } catch (IOException e) {
            throw ioFailure(file, "cannot read the file", e);
        }
        if (size == 0) {
            throw new ModelStoreException(file, 0, 0, ModelStoreException.Problem.EMPTY,
                    "the file is empty (0 bytes); if a save was interrupted, the backup "
                            + AtomicFiles.backupOf(absolute).getFileName() + " may hold the previous version");
        }

        StoreResource resource = newResource(absolute);
        try {
            resource.diskPath = absolute;
            resource.diskState = AtomicFiles.stateOf(absolute); // before reading: a change while reading counts too
        } catch (IOException e) {
            throw ioFailure(file, "cannot read the file", e);
        }
        StoreResource.LoadContext context = new StoreResource.LoadContext(file, rootClass);
        resource.loading = context;
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.expectElements((int) Math.min(Integer.MAX_VALUE, size / BYTES_PER_ELEMENT));
        ExtendedMetaData extendedMetaData = new BasicExtendedMetaData(resource.getResourceSet().getPackageRegistry());
        try (InputStream in = Files.newInputStream(absolute)) {
            resource.load(in, loadOptions(extendedMetaData));
        } catch (IOException | RuntimeException e) {
            throw loadFailure(file, absolute, context, resource, e);
        } finally {
            resource.loading = null;
        }
        if (context.abort != null) {
            throw context.abort;
        }
        if (!resource.getErrors().isEmpty()) {
            throw loadFailure(file, absolute, context, resource, null);
        }
        checkRoot(file, resource);
        if (context.duplicateId != null) {
            throw duplicateId(file, absolute, context);
        }
        if (context.ids < context.elements) {
            resource.assignMissingIds();
        }
        if (context.unknownContent) {
            for (EPackage demanded : extendedMetaData.demandedPackages()) {
                String prefix = context.prefixes.get(demanded.getNsURI());
                if (prefix != null) {
                    demanded.setNsPrefix(prefix); // write them back with the prefix the file used
                }
            }
            resource.extendedMetaData = extendedMetaData;
        }
        context.warnings.values().stream()
                .sorted(Comparator.comparingInt((StoreResource.Warning w) -> w.line).thenComparingInt(w -> w.column))
                .forEach(w -> warnings.add(new StoreDiagnostic(w.kind, file, w.line, w.column,
                        w.count == 1 ? w.what : w.what + " (" + w.count + " occurrences, the first here)")));
        resource.setModified(false);
        return new LoadedModel(resource, absolute, warnings);
    }

    private static Map<Object, Object> loadOptions(ExtendedMetaData extendedMetaData) {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_PARSER_FEATURES, SECURE_PARSER_FEATURES);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_EXTENDED_META_DATA, extendedMetaData);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        // an unknown namespace is never fetched as if it were the location of its package (it may be http://...)
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }

    private void checkRoot(Path file, StoreResource resource) throws ModelStoreException {
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !rootClass.isInstance(contents.get(0))) {
            String found = contents.isEmpty() ? "no root element"
                    : contents.size() + " root elements (" + contents.get(0).eClass().getName() + (contents.size() > 1 ? ", ..." : "") + ")";
            throw new ModelStoreException(file, 0, 0, ModelStoreException.Problem.WRONG_ROOT,
                    "the file holds " + found + "; a model file holds exactly one " + rootClass.getName() + " of namespace "
                            + rootClass.getEPackage().getNsURI());
        }
    }

    private static ModelStoreException duplicateId(Path file, Path absolute, StoreResource.LoadContext context) {
        int[] first = firstElementWithId(absolute, context.duplicateId);
        String where = first == null ? "" : "first at line " + first[0] + ", ";
        return new ModelStoreException(file, context.duplicateLine, context.duplicateColumn,
                ModelStoreException.Problem.DUPLICATE_ID,
                "xmi:id \"" + context.duplicateId + "\" is used twice (" + where + "again here by a "
                        + "later element); every element needs its own id. Was a part of the file copied by hand?");
    }

    /** Finds the line and column of the first element with the given {@code xmi:id}; {@code null} if not found. */
    private static int[] firstElementWithId(Path file, String id) {
        int[][] found = new int[1][];
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            for (Map.Entry<String, Boolean> feature : SECURE_PARSER_FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.newSAXParser().parse(in, new DefaultHandler() {
                private org.xml.sax.Locator locator;

                @Override
                public void setDocumentLocator(org.xml.sax.Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                    if (id.equals(attributes.getValue("xmi:id"))) {
                        found[0] = new int[] {locator.getLineNumber(), locator.getColumnNumber()};
                        throw new SAXException("found");
                    }
                }
            });
        } catch (Exception e) {
            // found (or the file cannot be parsed again): use what we have
        }
        return found[0];
    }

    /** Turns whatever made EMF's load fail into a {@link ModelStoreException} naming the position. */
    private static ModelStoreException loadFailure(Path file, Path absolute, StoreResource.LoadContext context,
            StoreResource resource, Exception e) {
        if (context.abort != null) {
            return context.abort;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelStoreException m) {
                return m;
            }
            if (t instanceof SAXParseException parse) {
                return parseFailure(file, absolute, parse);
            }
            if (t instanceof CharConversionException) {
                return notUtf8(file, absolute, t);
            }
        }
        if (context.duplicateId != null) {
            return duplicateId(file, absolute, context);
        }
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (!errors.isEmpty() && errors.get(0) instanceof Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof CharConversionException) {
                    return notUtf8(file, absolute, t);
                }
            }
        }
        if (!errors.isEmpty()) {
            Resource.Diagnostic first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "";
            Exception cause = first instanceof Exception ex ? ex : e;
            if (first instanceof UnresolvedReferenceException unresolved) {
                EObject object = unresolved.getObject();
                String holder = object == null ? "an element" : describe(object);
                return new ModelStoreException(file, first.getLine(), first.getColumn(),
                        ModelStoreException.Problem.DANGLING_REFERENCE,
                        "reference " + unresolved.getFeature().getName() + " of " + holder + " points to xmi:id \""
                                + unresolved.getReference() + "\", which no element of the file has" + more, cause);
            }
            String message = first instanceof XMIException x && x.getCause() != null && x.getMessage() == null
                    ? x.getCause().getMessage() : first.getMessage();
            return new ModelStoreException(file, first.getLine(), first.getColumn(), ModelStoreException.Problem.INVALID_CONTENT,
                    "the content cannot be read: " + message + more, cause);
        }
        if (e instanceof NoSuchFileException) {
            return new ModelStoreException(file, 0, 0, ModelStoreException.Problem.NOT_FOUND, "the file does not exist", e);
        }
        if (e instanceof IOException io) {
            return ioFailure(file, "cannot read the file", io);
        }
        return new ModelStoreException(file, 0, 0, ModelStoreException.Problem.INVALID_CONTENT,
                "the content cannot be read: " + e, e);
    }

    private static ModelStoreException notUtf8(Path file, Path absolute, Throwable cause) {
        int[] position = FileFacts.scan(absolute).invalidUtf8;
        return new ModelStoreException(file, position == null ? 0 : position[0], position == null ? 0 : position[1],
                ModelStoreException.Problem.NOT_XML,
                "the file is not valid UTF-8 text (binary data, or text in another encoding such as GBK)", cause);
    }

    private static String describe(EObject object) {
        String id = object.eResource() instanceof XMLResource xml ? xml.getID(object) : null;
        return object.eClass().getName() + (id == null ? "" : " " + id);
    }

    /**
     * Classifies a parse error by looking at the bytes (the parser's own messages are localized, so they are only
     * shown, never matched): a DOCTYPE in the prolog, NUL bytes, an error at the very end (truncated), or anything
     * else (not XML).
     */
    private static ModelStoreException parseFailure(Path file, Path absolute, SAXParseException parse) {
        FileFacts facts = FileFacts.scan(absolute);
        int line = parse.getLineNumber();
        int column = parse.getColumnNumber();
        String backup = AtomicFiles.backupOf(absolute).getFileName().toString();
        if (facts.doctype != null) {
            return new ModelStoreException(file, facts.doctype[0], facts.doctype[1],
                    ModelStoreException.Problem.DOCTYPE_NOT_ALLOWED, DOCTYPE_MESSAGE, parse);
        }
        if (facts.nul != null) {
            String where = facts.nul[0] == 1 && facts.nul[1] == 1 ? "the file starts with NUL bytes instead of XML"
                    : "the file contains NUL bytes from here on instead of XML";
            return new ModelStoreException(file, facts.nul[0], facts.nul[1], ModelStoreException.Problem.NOT_XML,
                    where + " (typical of a file whose content was lost in a crash); if so, the backup " + backup
                            + " may hold the previous version",
                    parse);
        }
        if (!facts.hasElement) {
            return new ModelStoreException(file, line, column, ModelStoreException.Problem.NOT_XML,
                    "the file is not XML (it has no element at all)", parse);
        }
        if (line > facts.end[0] || line == facts.end[0] && column >= facts.end[1]) {
            return new ModelStoreException(file, facts.end[0], facts.end[1], ModelStoreException.Problem.TRUNCATED,
                    "the file ends in the middle of the model (it was cut off, e.g. by an interrupted copy or a full disk);"
                            + " the backup " + backup + " may hold the previous version",
                    parse);
        }
        return new ModelStoreException(file, line, column, ModelStoreException.Problem.NOT_XML,
                "the file is not well-formed XML: " + parse.getMessage(), parse);
    }

    private static ModelStoreException ioFailure(Path file, String what, IOException e) {
        return new ModelStoreException(file, 0, 0, ModelStoreException.Problem.IO_ERROR, what + " (" + reason(e) + ")", e);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    // ------------------------------------------------------------------ save

    @Override
    public void save(LoadedModel model) throws ModelStoreException {
        Objects.requireNonNull(model, "model");
        save(model.resource(), model.file());
    }

    @Override
    public void save(Resource resource, Path file) throws ModelStoreException {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(file, "file");
        if (!(resource instanceof XMLResource xml)) {
            throw new IllegalArgumentException("not an XMLResource: " + resource.getClass().getName());
        }
        assignMissingIds(xml);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        if (xml instanceof StoreResource store && store.extendedMetaData != null) {
            options.put(XMLResource.OPTION_EXTENDED_META_DATA, store.extendedMetaData);
        }
        Path absolute = file.toAbsolutePath().normalize();
        StoreResource store = xml instanceof StoreResource s ? s : null;
        AtomicFiles.DiskState expected = store != null && absolute.equals(store.diskPath) ? store.diskState : null;
        try {
            AtomicFiles.replace(file, out -> new StoreSave(new XMIHelperImpl(xml)).save(xml, out, options), expected,
                    true);
        } catch (AtomicFiles.ChangedOnDiskException e) {
            throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.CHANGED_ON_DISK,
                    "not saved: the file was changed on disk after it was read (by another program, or another zeren"
                            + " command working on the same file); saving would throw those changes away. Nothing was"
                            + " written; load the file again and redo the change", e);
        } catch (AtomicFiles.NotRegularFileException e) {
            String what = e.path().equals(file.toAbsolutePath()) ? "it" : "the link points to " + e.path() + ", which";
            throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.NOT_REGULAR_FILE,
                    "not saved: " + what + " is not a regular file but " + e.kind()
                            + "; nothing was changed (choose a file name that is free or an existing model file)", e);
        } catch (AtomicFiles.FolderNotWritableException e) {
            throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.IO_ERROR,
                    "not saved, the file was not changed: cannot write in folder " + e.folder() + " (" + e.reason() + ")", e);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DanglingHREFException dangling) {
                    throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.UNSAVABLE_MODEL,
                            "not saved: the model refers to an element that is no longer in it (removed without removing the"
                                    + " references to it?): " + dangling.getMessage() + "; the file was not changed", e);
                }
            }
            throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.IO_ERROR,
                    "not saved, the file was not changed (" + reason(e) + ")", e);
        } catch (RuntimeException e) {
            throw ModelStoreException.saveFailure(file, ModelStoreException.Problem.UNSAVABLE_MODEL,
                    "not saved, the file was not changed: " + e, e);
        }
        if (store != null) {
            store.diskPath = absolute;
            try {
                store.diskState = AtomicFiles.stateOf(absolute);
            } catch (IOException e) {
                store.diskState = null; // saved, but the next save cannot check for changes by others
            }
        }
        resource.setModified(false);
    }

    /** Every element needs an id; a resource that did not assign UUIDs on attach gets them now. */
    private static void assignMissingIds(XMLResource resource) {
        for (TreeIterator<EObject> i = resource.getAllContents(); i.hasNext();) {
            EObject object = i.next();
            if (resource.getID(object) == null) {
                resource.setID(object, EcoreUtil.generateUUID());
            }
        }
    }
}
