package org.peerplan.content;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogPackage;

/**
 * Access to the shipped toolkit catalog.
 *
 * <p>Plans refer to catalog items as {@code platform:/plugin/org.peerplan.content/catalog/toolkit.catalog#TQ-3}. A
 * resource set prepared by {@link #configure(ResourceSet)} maps that URI onto the catalog inside this bundle, so it
 * resolves the same way inside and outside an Eclipse runtime.</p>
 */
public final class ToolkitCatalog {

    /** The file extension of catalog files. */
    public static final String EXTENSION = "catalog";

    /** The URI by which plans refer to the shipped catalog. */
    public static final URI URI = org.eclipse.emf.common.util.URI
            .createURI("platform:/plugin/org.peerplan.content/catalog/toolkit.catalog");

    private static final String LOCATION = "/catalog/toolkit.catalog";

    private ToolkitCatalog() {
    }

    /** Registers the PeerPlan packages, the catalog resource factory and the catalog's location in a resource set. */
    public static void configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(CatalogPackage.eNS_URI, CatalogPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(PeerPlanPackage.eNS_URI, PeerPlanPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        URL location = ToolkitCatalog.class.getResource(LOCATION);
        if (location == null) {
            throw new IllegalStateException("the toolkit catalog " + LOCATION + " is missing from org.peerplan.content");
        }
        resourceSet.getURIConverter().getURIMap().put(URI, org.eclipse.emf.common.util.URI.createURI(location.toString()));
    }

    /**
     * Returns the catalog of a configured resource set, loading it on first use.
     *
     * @throws IOException when the shipped catalog cannot be read, which means the installation is damaged
     */
    public static Catalog in(ResourceSet resourceSet) throws IOException {
        Resource resource = resourceSet.getResource(URI, false);
        if (resource == null) {
            resource = resourceSet.createResource(URI);
        }
        if (!resource.isLoaded()) {
            resource.load(Map.of());
        }
        return (Catalog) resource.getContents().get(0);
    }
}
