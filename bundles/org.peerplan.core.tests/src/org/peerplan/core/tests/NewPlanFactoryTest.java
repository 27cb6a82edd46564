package org.peerplan.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.StageTemplate;
import org.peerplan.model.catalog.TaskTemplate;

/** A new plan carries every stage, task, checklist question and competency of the catalog, ready to be answered. */
class NewPlanFactoryTest {

    @TempDir
    Path folder;

    @Test
    void newPlanIsPreFilledFromTheCatalog() throws IOException {
        ResourceSet resourceSet = PlanStore.newResourceSet();
        Catalog catalog = ToolkitCatalog.in(resourceSet);
        ImplementationPlan plan = new NewPlanFactory(catalog).create("Hillside Recovery Services", "OR",
                LocalDate.of(2027, 3, 1));

        assertEquals(catalog.getStageTemplates().size(), plan.getTimeline().getStages().size());
        for (int i = 0; i < catalog.getStageTemplates().size(); i++) {
            StageTemplate template = catalog.getStageTemplates().get(i);
            Stage stage = plan.getTimeline().getStages().get(i);
            assertEquals(template, stage.getTemplate());
            assertEquals(template.getTasks().size(), stage.getTasks().size(), template.getCode());
            for (int t = 0; t < template.getTasks().size(); t++) {
                TaskTemplate taskTemplate = template.getTasks().get(t);
                Task task = stage.getTasks().get(t);
                assertEquals(taskTemplate.getDependsOn(), task.getDependsOn().stream().map(Task::getTemplate).toList(),
                        "dependencies of " + taskTemplate.getCode());
                assertEquals(taskTemplate.getCitation().getSection(), task.getGuidance().getSection());
            }
        }
        assertEquals(11, plan.getPolicyReview().getFindings().size());
        assertEquals(35, plan.getPolicyReview().getPlanningItems().size());
        assertEquals(13, plan.getPolicyReview().getRiskFactors().size());
        assertEquals(11, plan.getReadiness().getCompetencies().size());
        assertEquals(6, plan.getReadiness().getMotivation().size());
        assertEquals("OR", plan.getAgency().getState());
        assertEquals(LocalDate.of(2027, 3, 1), plan.getTimeline().getPlanStart());
    }

    @Test
    void newPlanSavesReloadsAndPassesStructuralChecks() throws IOException {
        ResourceSet resourceSet = PlanStore.newResourceSet();
        ImplementationPlan plan = new NewPlanFactory(ToolkitCatalog.in(resourceSet)).create("Hillside", "OR",
                LocalDate.of(2027, 3, 1));
        Path file = folder.resolve("hillside.peerplan");
        new PlanStore().save(plan, file);
        ImplementationPlan reloaded = new PlanStore().load(file);
        List<Finding> findings = new PlanChecker().check(reloaded).findings().stream()
                .filter(f -> f.ruleId().equals(PlanChecker.STRUCTURE)).toList();
        assertTrue(findings.isEmpty(), () -> "structural findings on a new plan: " + findings);
    }
}
