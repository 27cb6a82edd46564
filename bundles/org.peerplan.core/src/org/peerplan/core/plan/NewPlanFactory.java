package org.peerplan.core.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.model.Agency;
import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.Timeline;
import org.peerplan.model.catalog.AssessmentQuestionDef;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.MotivationQuestionDef;
import org.peerplan.model.catalog.PlanningItemDef;
import org.peerplan.model.catalog.PolicyCheckItemDef;
import org.peerplan.model.catalog.RiskFactorDef;
import org.peerplan.model.catalog.StageTemplate;
import org.peerplan.model.catalog.TaskTemplate;

/**
 * Makes a new plan pre-filled from the toolkit catalog: every stage with its recommended tasks and their order, the
 * policy-review checklist, the planning lists, the thirteen risk factors, the motivation questions and the eleven
 * competencies with their questions, all waiting for the consultant's answers.
 */
public final class NewPlanFactory {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private final Catalog catalog;

    public NewPlanFactory(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The file a new plan for {@code agencyName} is written to by default: "hillside-recovery.peerplan". */
    public static String fileName(String agencyName) {
        String slug = agencyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "plan" : slug) + "." + PlanStore.EXTENSION;
    }

    public ImplementationPlan create(String agencyName, String state, LocalDate planStart) {
        ImplementationPlan plan = MODEL.createImplementationPlan();
        plan.setName(agencyName + " peer support implementation plan");
        plan.setPreparedOn(planStart);
        Agency agency = MODEL.createAgency();
        agency.setName(agencyName);
        agency.setState(state);
        plan.setAgency(agency);
        plan.setReadiness(MODEL.createReadinessAssessment());
        plan.setTimeline(timeline(planStart));
        plan.setPolicyReview(MODEL.createPolicyReview());
        plan.setSupervision(MODEL.createSupervisionPlan());
        plan.setTrainingPlan(MODEL.createTrainingPlan());
        plan.setBudget(MODEL.createBudget());
        plan.setPerformance(MODEL.createPerformanceManagement());
        addReadinessQuestions(plan);
        addPolicyReview(plan);
        return plan;
    }

    private Timeline timeline(LocalDate planStart) {
        Timeline timeline = MODEL.createTimeline();
        timeline.setPlanStart(planStart);
        Map<TaskTemplate, Task> tasks = new HashMap<>();
        for (StageTemplate template : catalog.getStageTemplates()) {
            Stage stage = MODEL.createStage();
            stage.setName(template.getName());
            stage.setKind(template.getKind());
            stage.setTemplate(template);
            for (TaskTemplate taskTemplate : template.getTasks()) {
                Task task = MODEL.createTask();
                task.setName(taskTemplate.getName());
                task.setDescription(taskTemplate.getText());
                task.setDurationDays(taskTemplate.getTypicalDays());
                task.setMilestone(taskTemplate.isMilestone());
                task.setDeliverable(taskTemplate.getDeliverable());
                task.setTemplate(taskTemplate);
                task.setGuidance(EcoreUtil.copy(taskTemplate.getCitation()));
                task.getCovers().addAll(taskTemplate.getCovers());
                stage.getTasks().add(task);
                tasks.put(taskTemplate, task);
            }
            timeline.getStages().add(stage);
        }
        tasks.forEach((template, task) -> template.getDependsOn().forEach(d -> task.getDependsOn().add(tasks.get(d))));
        return timeline;
    }

    private void addReadinessQuestions(ImplementationPlan plan) {
        for (MotivationQuestionDef question : catalog.getMotivationQuestions()) {
            MotivationAnswer answer = MODEL.createMotivationAnswer();
            answer.setQuestion(question);
            plan.getReadiness().getMotivation().add(answer);
        }
        for (CompetencyDef competency : catalog.getCompetencies()) {
            CompetencyAssessment assessment = MODEL.createCompetencyAssessment();
            assessment.setCompetency(competency);
            for (AssessmentQuestionDef question : competency.getQuestions()) {
                AssessmentAnswer answer = MODEL.createAssessmentAnswer();
                answer.setQuestion(question);
                assessment.getAnswers().add(answer);
            }
            plan.getReadiness().getCompetencies().add(assessment);
        }
    }

    private void addPolicyReview(ImplementationPlan plan) {
        for (PolicyCheckItemDef item : catalog.getPolicyChecklist()) {
            PolicyFinding finding = MODEL.createPolicyFinding();
            finding.setItem(item);
            plan.getPolicyReview().getFindings().add(finding);
        }
        for (PlanningItemDef item : catalog.getPlanningItems()) {
            PlanningItemStatus status = MODEL.createPlanningItemStatus();
            status.setItem(item);
            plan.getPolicyReview().getPlanningItems().add(status);
        }
        for (RiskFactorDef factor : catalog.getRiskFactors()) {
            RiskFactorMapping mapping = MODEL.createRiskFactorMapping();
            mapping.setFactor(factor);
            plan.getPolicyReview().getRiskFactors().add(mapping);
        }
    }
}
