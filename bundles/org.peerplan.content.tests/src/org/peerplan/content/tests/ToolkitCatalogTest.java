package org.peerplan.content.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.CourseDef;
import org.peerplan.model.catalog.EvaluationCategoryDef;
import org.peerplan.model.catalog.ReadinessBand;
import org.peerplan.model.catalog.ReadinessBandDef;
import org.peerplan.model.catalog.StageTemplate;
import org.peerplan.model.catalog.TaskTemplate;

/** The shipped catalog holds the toolkits' instruments in full, and every item says where it comes from. */
class ToolkitCatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        ToolkitCatalog.configure(resourceSet);
        catalog = ToolkitCatalog.in(resourceSet);
    }

    @Test
    void countsMatchTheDomainCatalog() {
        assertEquals(10, catalog.getQuizItems().size(), "timeline quiz items");
        assertEquals(3, catalog.getReadinessBands().size(), "readiness bands");
        assertEquals(6, catalog.getMotivationQuestions().size(), "motivation questions");
        assertEquals(11, catalog.getSurveyItems().size(), "recovery-orientation survey items");
        assertEquals(11, catalog.getCompetencies().size(), "agency competencies");
        assertEquals(11, catalog.getPolicyChecklist().size(), "policy-review questions");
        assertEquals(35, catalog.getPlanningItems().size(), "planning items");
        assertEquals(13, catalog.getRiskFactors().size(), "psychosocial risk factors");
        assertEquals(10, catalog.getStageTemplates().size(), "stage templates");
        assertEquals(3, catalog.getSpeedUpOptions().size(), "speed-up options");
        assertEquals(18, catalog.getConflictingDuties().size(), "conflicting duties");
        assertEquals(21, catalog.getCourses().size(), "training courses");
        assertEquals(12, catalog.getEvaluationCategories().size(), "evaluation categories");
        assertEquals(60, catalog.getEvaluationCategories().stream().mapToInt(c -> c.getItems().size()).sum(),
                "evaluation items");
        assertEquals(5, catalog.getJobDescriptionComponents().size(), "job-description components");
        assertEquals(4, catalog.getLivedExperienceRequirements().size(), "lived-experience requirements");
    }

    @Test
    void competencyEightAloneHasNoQuestions() {
        for (CompetencyDef competency : catalog.getCompetencies()) {
            assertEquals(competency.getCode().equals("COMP-08"), competency.getQuestions().isEmpty(),
                    competency.getCode());
        }
    }

    @Test
    void trainingMenuTotalsMatchTheSource() {
        BigDecimal value = catalog.getCourses().stream().map(CourseDef::getListValue).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        double hours = catalog.getCourses().stream().mapToDouble(CourseDef::getHours).sum();
        assertEquals(0, new BigDecimal("124500").compareTo(value), "sum of list values");
        assertEquals(167.0, hours, 0.001, "sum of instruction hours");
        CourseDef wrapTwo = course("TR-21");
        assertEquals(course("TR-20"), wrapTwo.getPrerequisite(), "WRAP II requires WRAP I");
        assertEquals(8, wrapTwo.getMinAttendance());
        assertEquals(18, wrapTwo.getMaxAttendance());
    }

    @Test
    void bandsCoverEveryScoreOnce() {
        for (int trueAnswers = 0; trueAnswers <= 10; trueAnswers++) {
            int score = trueAnswers;
            List<ReadinessBandDef> matching = catalog.getReadinessBands().stream()
                    .filter(b -> b.getMinTrue() <= score && score <= b.getMaxTrue()).toList();
            assertEquals(1, matching.size(), "bands containing " + score);
        }
        ReadinessBandDef low = catalog.getReadinessBands().stream().filter(b -> b.getBand() == ReadinessBand.BAND_LT5)
                .findFirst().orElseThrow();
        assertFalse(low.isMinimumStated(), "the source states no minimum below five");
        assertTrue(low.getCitation().isInferred(), "the twelve-month floor below five is an inference");
    }

    @Test
    void everyItemHasACitationAndAUniqueCode() {
        Set<String> codes = new HashSet<>();
        int items = 0;
        for (var iterator = catalog.eAllContents(); iterator.hasNext();) {
            EObject object = iterator.next();
            if (object instanceof CatalogItem item) {
                items++;
                assertNotNull(item.getCode(), "an item without a code: " + item);
                assertTrue(codes.add(item.getCode()), "duplicate code " + item.getCode());
                assertNotNull(item.getCitation(), item.getCode() + " has no citation");
                assertNotNull(item.getCitation().getDocument(), item.getCode() + " cites no document");
                assertFalse(item.getCitation().getSection() == null || item.getCitation().getSection().isBlank(),
                        item.getCode() + " cites no section");
                assertFalse(item.getName() == null && item.getText() == null, item.getCode() + " has no text");
            }
        }
        assertTrue(items > 400, "the catalog holds " + items + " items");
    }

    @Test
    void stageTemplatesFormNoCycle() {
        Set<TaskTemplate> done = new HashSet<>();
        for (StageTemplate stage : catalog.getStageTemplates()) {
            for (TaskTemplate task : stage.getTasks()) {
                assertNoCycle(task, new HashSet<>(), done);
            }
        }
    }

    @Test
    void catalogIsStructurallyValid() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(catalog);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().stream()
                .map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
    }

    @Test
    void evaluationCategoriesRunOneToTwelve() {
        List<String> codes = catalog.getEvaluationCategories().stream().map(EvaluationCategoryDef::getCode).toList();
        assertEquals(List.of("EVAL-I", "EVAL-II", "EVAL-III", "EVAL-IV", "EVAL-V", "EVAL-VI", "EVAL-VII", "EVAL-VIII",
                "EVAL-IX", "EVAL-X", "EVAL-XI", "EVAL-XII"), codes);
    }

    private static void assertNoCycle(TaskTemplate task, Set<TaskTemplate> path, Set<TaskTemplate> done) {
        if (done.contains(task)) {
            return;
        }
        assertTrue(path.add(task), "dependency cycle through " + task.getCode());
        task.getDependsOn().forEach(next -> assertNoCycle(next, path, done));
        path.remove(task);
        done.add(task);
    }

    private static CourseDef course(String code) {
        return catalog.getCourses().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }
}
