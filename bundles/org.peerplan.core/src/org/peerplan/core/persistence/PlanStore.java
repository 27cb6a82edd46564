package org.peerplan.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.model.ImplementationPlan;

/**
 * Loads and saves {@code .peerplan} files.
 *
 * <p>Loading refuses any document type declaration, so external entities are never resolved and entity-expansion
 * bombs never expand; identifiers are resolved after the whole file is read, which keeps large plans linear. Every
 * problem becomes a {@link PlanLoadException} whose message is one sentence. A part of the plan that the file leaves
 * out is read as empty ({@link RequiredParts}). Saving goes through an
 * {@link AtomicFileWriter}.</p>
 */
public final class PlanStore {

    /** The file extension of plan files. */
    public static final String EXTENSION = "peerplan";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final AtomicFileWriter writer;

    public PlanStore() {
        this(new AtomicFileWriter(AtomicFileWriter.NONE));
    }

    public PlanStore(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** A resource set that reads plans and resolves their references into the shipped toolkit catalog. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        ToolkitCatalog.configure(resourceSet);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new PlanResourceFactory());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new PlanResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(DISALLOW_DOCTYPE, Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
        return options;
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }

    /** Loads the plan in {@code file} into a new resource set. */
    public ImplementationPlan load(Path file) throws PlanLoadException {
        return load(file, newResourceSet());
    }

    public ImplementationPlan load(Path file, ResourceSet resourceSet) throws PlanLoadException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new PlanLoadException(name + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new PlanLoadException(name + " is a folder, not a plan file.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PlanLoadException(LoadFailures.describe(name, e), e);
        }
        if (size == 0) {
            throw new PlanLoadException(name + " is empty.");
        }
        return read(file, resourceSet, resource -> resource.load(loadOptions()));
    }

    /**
     * Reads a plan held in memory, such as a snapshot of a plan being edited, as if it were the content of
     * {@code file}: with the same checks, into a new resource set, so that the plan it came from is not touched.
     */
    public ImplementationPlan read(byte[] content, Path file) throws PlanLoadException {
        return read(file, newResourceSet(),
                resource -> resource.load(new ByteArrayInputStream(content), loadOptions()));
    }

    @FunctionalInterface
    private interface Reading {
        void into(Resource resource) throws IOException;
    }

    private static ImplementationPlan read(Path file, ResourceSet resourceSet, Reading reading)
            throws PlanLoadException {
        String name = file.toString();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            reading.into(resource);
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw new PlanLoadException(LoadFailures.describe(name, e), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ImplementationPlan plan)) {
            String held = resource.getContents().isEmpty() ? "nothing"
                    : LoadFailures.article(resource.getContents().get(0));
            throw new PlanLoadException(name + " holds " + held + ", not an implementation plan.");
        }
        checkReferencesResolve(name, resource);
        RequiredParts.complete(plan);
        return plan;
    }

    /** Fails on the first reference, into the catalog or elsewhere, whose target does not exist. */
    private static void checkReferencesResolve(String name, Resource resource) throws PlanLoadException {
        checkReferenceKinds(name, resource);
        try {
            EcoreUtil.resolveAll(resource);
        } catch (RuntimeException e) {
            throw new PlanLoadException(LoadFailures.describe(name, e), e);
        }
        for (Map.Entry<EObject, java.util.Collection<EStructuralFeature.Setting>> entry : EcoreUtil.UnresolvedProxyCrossReferencer
                .find(resource).entrySet()) {
            URI target = ((InternalEObject) entry.getKey()).eProxyURI();
            EStructuralFeature.Setting setting = entry.getValue().iterator().next();
            String where = ToolkitCatalog.URI.equals(target.trimFragment())
                    ? "'" + target.fragment() + "', which is not in the toolkit catalog"
                    : "'" + target + "', which cannot be found";
            throw new PlanLoadException(name + ": the " + LoadFailures.words(setting.getEStructuralFeature()) + " of "
                    + LoadFailures.article(setting.getEObject()) + " refers to " + where + ".");
        }
    }

    /**
     * Fails on the first reference into another file, such as the toolkit catalog, whose target is of the wrong kind:
     * a stage's template naming a task's. The reader cannot tell while the target is unread, and resolving the
     * reference later would fail in the model's code instead of saying what is wrong.
     */
    private static void checkReferenceKinds(String name, Resource resource) throws PlanLoadException {
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                    if (target instanceof EObject proxy && proxy.eIsProxy()) {
                        EObject resolved = EcoreUtil.resolve(proxy, resource);
                        if (!resolved.eIsProxy() && !reference.getEReferenceType().isInstance(resolved)) {
                            throw new PlanLoadException(name + ": the " + LoadFailures.words(reference) + " of "
                                    + LoadFailures.article(element) + " refers to " + LoadFailures.article(resolved)
                                    + ", where it needs " + LoadFailures.kindOf(reference) + ".");
                        }
                    }
                }
            }
        }
    }

    /**
     * Saves the plan's resource to {@code file}: the whole file is written aside and renamed over the original only when
     * complete, and the previous version is kept as {@code file.bak}.
     */
    public void save(ImplementationPlan plan, Path file) throws IOException {
        Resource resource = plan.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(plan);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, saveOptions());
        writer.write(file, bytes.toByteArray());
        resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setModified(false);
    }
}
