package org.peerplan.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peerplan.sirius.tests.check.SiriusObjects.references;
import static org.peerplan.sirius.tests.check.SiriusObjects.string;
import static org.peerplan.sirius.tests.check.SiriusObjects.value;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.sirius.tests.check.SpecificationConformance;
import org.peerplan.sirius.tests.check.SpecificationConsistency;
import org.peerplan.sirius.tests.check.SpecificationResourceSet;

/** The PeerPlan viewpoint specification offers the diagrams of issue 5, fits our metamodel and conforms to Sirius's. */
class PeerPlanSpecificationTest {

    private static List<String> conformanceProblems;
    private static EObject group;

    @BeforeAll
    static void load() throws Exception {
        Path specification = Specifications.peerPlan();
        ResourceSet resourceSet = Specifications.forPeerPlan();
        conformanceProblems = SpecificationConformance.problems(resourceSet,
                SpecificationResourceSet.fileUri(specification));
        group = Specifications.load(resourceSet, specification);
    }

    @Test
    void conformsToSiriusMetamodels() {
        assertEquals(List.of(), conformanceProblems);
    }

    @Test
    void fitsOurMetamodel() {
        SpecificationConsistency.Report report = SpecificationConsistency.check(group, Specifications.peerPlanModel());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void offersTheDiagramsOfIssueFive() {
        EObject viewpoint = viewpoint();
        assertEquals("PeerPlan", string(viewpoint, "name"));
        assertEquals("peerplan", string(viewpoint, "modelFileExtension"));
        Map<String, String> domainClasses = new LinkedHashMap<>();
        for (EObject representation : references(viewpoint, "ownedRepresentations")) {
            domainClasses.put(string(representation, "name"), string(representation, "domainClass"));
        }
        assertEquals(Map.of(
                "Timeline", "model::ImplementationPlan",
                "Fishbone", "model::RootCauseAnalysis",
                "Traceability", "model::ImplementationPlan",
                "Readiness", "model::ReadinessAssessment",
                "Supervision", "model::ImplementationPlan"), domainClasses);
    }

    @Test
    void theFishboneHasOneBonePerRootCauseCategory() {
        EObject fishbone = representation("Fishbone");
        Map<String, String> bones = new TreeMap<>();
        Pattern category = Pattern.compile("model::RootCauseCategory::(\\w+)");
        for (EObject bone : references((EObject) value(fishbone, "defaultLayer"), "containerMappings")) {
            EObject causes = references(bone, "subContainerMappings").get(0);
            Matcher literal = category.matcher(string(causes, "semanticCandidatesExpression"));
            assertTrue(literal.find(), string(bone, "name") + " selects its causes by category");
            bones.put(literal.group(1), string((EObject) value(bone, "style"), "labelExpression"));
        }
        Map<String, String> expected = new TreeMap<>();
        for (RootCauseCategory each : RootCauseCategory.VALUES) {
            expected.put(each.getName(), switch (each) {
                case ENVIRONMENT -> "Environment";
                case PEOPLE -> "People";
                case POLICIES -> "Policies";
                case PROCESSES_AND_PROCEDURES -> "Processes & Procedures";
            });
        }
        assertEquals(expected, bones);
    }

    private static EObject viewpoint() {
        return references(group, "ownedViewpoints").get(0);
    }

    private static EObject representation(String name) {
        return references(viewpoint(), "ownedRepresentations").stream()
                .filter(representation -> name.equals(string(representation, "name"))).findFirst().orElseThrow();
    }
}
