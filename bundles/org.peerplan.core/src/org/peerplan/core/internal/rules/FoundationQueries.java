package org.peerplan.core.internal.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.catalog.ImplementationStage;
import org.peerplan.model.catalog.PolicyCheckItemDef;

/**
 * Lookups the readiness rules share: the plan's live task for a template, when recruitment starts in the computed
 * schedule, and which actions resolve a policy-review finding.
 */
final class FoundationQueries {

    private FoundationQueries() {
    }

    /** The plan's task made from the task template {@code code}, unless it is cancelled. */
    static Optional<Task> plannedTask(ImplementationPlan plan, String code) {
        return PlanQueries.tasks(plan).filter(t -> t.getTemplate() != null && code.equals(t.getTemplate().getCode()))
                .filter(t -> t.getStatus() != TaskStatus.CANCELLED).findFirst();
    }

    /**
     * The task that opens recruitment: the earliest-starting task, not cancelled, of the timeline's recruitment
     * stage, with its computed dates. Empty when the plan has no recruitment task or its dependencies form a cycle.
     */
    static Optional<ScheduledTask> recruitmentStart(RuleContext context) {
        Optional<Schedule> schedule = context.schedule();
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        return context.plan().getTimeline().getStages().stream()
                .filter(s -> s.getKind() == ImplementationStage.RECRUITMENT).map(Stage::getTasks).flatMap(List::stream)
                .filter(t -> t.getStatus() != TaskStatus.CANCELLED).map(schedule.get()::of)
                .min(Comparator.comparing(ScheduledTask::earlyStart));
    }

    /** The plan's answer to a policy-review checklist item, if the review has one. */
    static Optional<PolicyFinding> finding(ImplementationPlan plan, PolicyCheckItemDef item) {
        return plan.getPolicyReview().getFindings().stream().filter(f -> f.getItem() == item).findFirst();
    }

    /** The actions, not cancelled, that say they resolve the finding. */
    static List<Action> actionsResolving(ImplementationPlan plan, PolicyFinding finding) {
        return plan.getActions().stream().filter(a -> a.getFindings().contains(finding))
                .filter(a -> a.getStatus() != ActionStatus.CANCELLED).toList();
    }

    /** "not reviewed", "marked needs revision", "marked barrier". */
    static String state(PolicyFinding finding) {
        return finding.getStatus() == FindingStatus.NOT_REVIEWED ? "not reviewed"
                : "marked " + Wording.words(finding.getStatus());
    }

    /** "PR-1b (Dignity of risk and self-directed care)". */
    static String describe(PolicyCheckItemDef item) {
        return item.getCode() + " (" + item.getName() + ")";
    }
}
