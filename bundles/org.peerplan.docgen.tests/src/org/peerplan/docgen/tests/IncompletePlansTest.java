package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;

/**
 * Plans as a consultant's first hour leaves them: the untouched output of {@code new}, and the example with one area
 * left empty. Every document says what is missing instead of drawing a conclusion from an empty value: no "null",
 * "NaN", "-1", "not set:", empty "Prepared by", budget of $0 to approve or "(s)" anywhere.
 */
class IncompletePlansTest {

    private static final List<Pattern> EMBARRASSING = Stream.of("\\bnull\\b", "NaN", "(?<![\\w.,])-1\\b", "not set:",
            "on not set", "Prepared by\\s*\\.", "Approve the budget of \\$0", "\\(s\\)", "\\$0 \\$0 \\$0")
            .map(Pattern::compile).toList();

    static Stream<String> plans() {
        return incomplete().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyDocumentSaysWhatIsMissingWithoutEmbarrassment(String name) throws IOException {
        ImplementationPlan plan = incomplete().get(name).get();
        Map<String, Object> views = ExampleViews.of(plan);
        List<String> found = new ArrayList<>();
        for (Document document : Document.values()) {
            String text = words(new DocumentGenerator(null).render(document, views));
            for (Pattern pattern : EMBARRASSING) {
                Matcher match = pattern.matcher(text);
                while (match.find()) {
                    found.add(document + ": …" + text.substring(Math.max(0, match.start() - 70),
                            Math.min(text.length(), match.end() + 40)) + "…");
                }
            }
        }
        assertEquals(List.of(), found, name);
        String pack = words(new DocumentGenerator(null).render(Document.BOARD_PACK, views));
        assertTrue(pack.contains("What this plan still needs"), name + ": the pack opens with what is missing");
    }

    @org.junit.jupiter.api.Test
    void aCompletePlanHasNoSectionOfWhatItNeeds() {
        String pack = words(new DocumentGenerator(null).render(Document.BOARD_PACK, ExampleViews.example()));
        assertFalse(pack.contains("What this plan still needs"));
    }

    @org.junit.jupiter.api.Test
    void aNewPlansPackNamesTheMissingFirstPeerDateAndWhoSetsIt() throws IOException {
        String pack = words(new DocumentGenerator(null).render(Document.BOARD_PACK,
                ExampleViews.of(incomplete().get("new").get())));
        assertTrue(pack.contains("The first peer's start date — the executive director, with the consultant"), pack);
        assertTrue(pack.contains("The first peer's start date is not set yet, so the preparation cannot be measured"));
        assertTrue(pack.contains("No costs are in the plan yet"));
        assertFalse(pack.contains("Prepared by"), "no consultant, no 'Prepared by'");
    }

    /** The plans by name, each made afresh when asked for. */
    private static Map<String, PlanSupplier> incomplete() {
        Map<String, PlanSupplier> plans = new LinkedHashMap<>();
        plans.put("new", IncompletePlansTest::newPlan);
        plans.put("no first peer start", example(p -> p.getTimeline().setFirstPeerStart(null)));
        plans.put("no consultant", example(p -> p.setConsultant(null)));
        plans.put("no quiz answers", example(p -> p.getReadiness().getRespondents().clear()));
        plans.put("no roles", example(p -> p.getRoles().clear()));
        plans.put("no funding", example(p -> {
            p.getAgency().getFunderConstraints().forEach(f -> f.setAnnualAmount(null));
            p.getAgency().setMedicaidHourlyRate(null);
            p.getAgency().setFringeBenefitRate(null);
        }));
        plans.put("no analyses or actions", example(p -> {
            p.getActions().clear();
            p.getRootCauseAnalyses().clear();
        }));
        plans.put("no training", example(p -> p.getTrainingPlan().getSessions().clear()));
        plans.put("no risks", example(p -> p.getRisks().clear()));
        plans.put("policy review not begun", example(p -> p.getPolicyReview().getFindings()
                .forEach(f -> f.setStatus(FindingStatus.NOT_REVIEWED))));
        return plans;
    }

    private interface PlanSupplier {
        ImplementationPlan get() throws IOException;
    }

    private static PlanSupplier example(Consumer<ImplementationPlan> emptying) {
        return () -> {
            ImplementationPlan plan = ExampleViews.plan();
            emptying.accept(plan);
            return plan;
        };
    }

    private static ImplementationPlan newPlan() throws IOException {
        ResourceSet resources = PlanStore.newResourceSet();
        ImplementationPlan plan = new NewPlanFactory(ToolkitCatalog.in(resources)).create("Hillside", null,
                LocalDate.of(2027, 1, 4));
        resources.createResource(URI.createURI("memory:/hillside.peerplan")).getContents().add(plan);
        return plan;
    }

    /** A document's words as a reader sees them: no markup, no figures, no style sheet. */
    private static String words(String xhtml) {
        String text = xhtml.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#8212;", "—").replace("&#39;", "'");
        return text.replaceAll("\\s+", " ");
    }
}
