package org.peerplan.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.sirius.tests.check.DomainModel;
import org.peerplan.sirius.tests.check.SharedFolder;
import org.peerplan.sirius.tests.check.SpecificationResourceSet;

/**
 * The specifications under test (ours as the bundle ships it, Sirius's sample), what reads them, and copies of them
 * with a fault put in.
 */
final class Specifications {

    private static final List<EPackage> PEERPLAN_PACKAGES = List.of(PeerPlanPackage.eINSTANCE,
            CatalogPackage.eINSTANCE);

    private Specifications() {
    }

    /** description/peerplan.odesign in the built bundle. */
    static Path peerPlan() throws IOException, URISyntaxException {
        URL entry = Platform.getBundle("org.peerplan.sirius").getEntry("description/peerplan.odesign");
        assertNotNull(entry, "the bundle ships description/peerplan.odesign");
        return Path.of(FileLocator.toFileURL(entry).toURI());
    }

    static ResourceSet forPeerPlan() {
        return SpecificationResourceSet.create(SharedFolder.sirius(), PEERPLAN_PACKAGES);
    }

    static DomainModel peerPlanModel() {
        return new DomainModel(PEERPLAN_PACKAGES);
    }

    static Path sample() {
        return SharedFolder.sirius().resolve("sample/basicfamily.odesign");
    }

    static ResourceSet forSample() {
        Path sirius = SharedFolder.sirius();
        return SpecificationResourceSet.create(sirius,
                List.of(SpecificationResourceSet.loadPackage(sirius.resolve("sample/basicfamily.ecore"))));
    }

    static EObject load(ResourceSet resourceSet, Path specification) {
        return resourceSet.getResource(SpecificationResourceSet.fileUri(specification), true).getContents().get(0);
    }

    /** A copy of a specification, in {@code folder}, with every {@code original} replaced. */
    static Path broken(Path specification, Path folder, String original, String replacement) throws IOException {
        String text = Files.readString(specification);
        assertTrue(text.contains(original), "the specification contains " + original);
        return Files.writeString(folder.resolve(specification.getFileName()), text.replace(original, replacement));
    }

    /** Fails unless one of the problems says {@code expected}. */
    static void assertReported(String expected, List<String> problems) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                "expected a problem saying \"" + expected + "\", got " + problems);
    }
}
