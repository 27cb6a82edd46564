package org.peerplan.sirius.tests.check;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * A resource set that reads viewpoint specifications as plain EMF: Sirius's five metamodels are loaded from
 * {@code shared/sirius/metamodel} and registered by namespace, with the domain packages a specification refers to, and
 * the {@code environment:/} resources Sirius provides at run time are mapped onto the files kept beside them.
 */
public final class SpecificationResourceSet {

    private static final String[] METAMODELS = {
        "org.eclipse.sirius.model/model/viewpoint.ecore",
        "org.eclipse.sirius.diagram.model/model/diagram.ecore",
        "org.eclipse.sirius.table.model/model/table.ecore",
        "org.eclipse.sirius.tree.model/model/tree.ecore",
        "org.eclipse.sirius.properties/model/properties.ecore",
    };

    private SpecificationResourceSet() {
    }

    /**
     * @param sirius         the {@code shared/sirius} folder
     * @param domainPackages the packages the specification's representations are about
     */
    public static ResourceSet create(Path sirius, Collection<EPackage> domainPackages) {
        ResourceSet resourceSet = newResourceSet();
        // The metamodels refer to Ecore by both forms; neither file exists here, so both must find the package.
        resourceSet.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore",
                EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put("../../org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
        Path metamodels = sirius.resolve("metamodel");
        for (String metamodel : METAMODELS) {
            Resource resource = resourceSet.getResource(fileUri(metamodels.resolve(metamodel)), true);
            for (EObject root : resource.getContents()) {
                register(resourceSet, (EPackage) root);
            }
        }
        domainPackages.forEach(ePackage -> register(resourceSet, ePackage));
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
                fileUri(metamodels.resolve("org.eclipse.sirius.model/model/Environment.odesign")));
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/diagram"),
                fileUri(metamodels.resolve("org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign")));
        return resourceSet;
    }

    /** Loads a metamodel that has no generated code, such as the one of Sirius's sample. */
    public static EPackage loadPackage(Path ecore) {
        return (EPackage) newResourceSet().getResource(fileUri(ecore), true).getContents().get(0);
    }

    public static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore",
                new EcoreResourceFactoryImpl());
        // .odesign files and the environment:/ resources are XMI.
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private static void register(ResourceSet resourceSet, EPackage ePackage) {
        resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        ePackage.getESubpackages().forEach(sub -> register(resourceSet, sub));
    }
}
