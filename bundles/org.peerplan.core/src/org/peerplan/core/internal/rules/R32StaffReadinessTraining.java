package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.training.ChecklistCoverage;
import org.peerplan.core.training.ChecklistCoverage.Part;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * R32: the staff readiness training (tasks from S1-T6 and any task or training session that covers the readiness
 * elements) happens before the first peer starts and, taken together, covers all five elements RT-a..RT-e.
 */
final class R32StaffReadinessTraining extends Rule {

    static final String CHECKLIST = "RT";

    static final String TASK = "S1-T6";

    R32StaffReadinessTraining() {
        super("R32", Area.READINESS, Strength.ADVISORY,
                Citations.cite(Citations.HANDBOOK, "Creating a Culture of Respect"));
    }

    @Override
    public void check(RuleContext context) {
        Optional<ChecklistDef> checklist = context.catalog().getChecklists().stream()
                .filter(c -> CHECKLIST.equals(c.getCode())).findFirst();
        if (checklist.isEmpty()) {
            return;
        }
        List<ChecklistItemDef> elements = checklist.get().getItems();
        ImplementationPlan plan = context.plan();
        List<Part> parts = ChecklistCoverage.parts(plan, context.schedule(), elements, TASK);
        if (parts.isEmpty()) {
            context.report(plan.getTrainingPlan(), "No staff readiness training is planned: schedule one before the"
                    + " first peer starts, covering the five elements " + codes(elements) + ".");
            return;
        }
        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        List<Part> inTime = parts.stream().filter(p -> p.endsBefore(firstPeer)).toList();
        if (inTime.isEmpty()) {
            context.report(parts.get(0).element(), "The staff readiness training (" + Wording.list(parts.stream()
                    .map(R32StaffReadinessTraining::label).toList()) + ") is not dated before the first peer starts"
                    + (firstPeer == null ? "" : " on " + firstPeer) + ": staff must be prepared before peers arrive.");
            return;
        }
        List<ChecklistItemDef> missing = ChecklistCoverage.uncovered(elements, parts, firstPeer);
        if (!missing.isEmpty()) {
            context.report(inTime.get(0).element(), "The staff readiness training before the first peer starts ("
                    + Wording.list(inTime.stream().map(R32StaffReadinessTraining::label).toList()) + ") does not cover "
                    + Wording.list(missing.stream().map(m -> m.getCode() + " " + m.getName()).toList())
                    + ": cover all five readiness elements.");
        }
    }

    /** "task 'Schedule readiness training' ending 2027-06-15", "training session '…' on 2027-05-19". */
    private static String label(Part part) {
        if (part.lastDay() == null) {
            return Labels.of(part.element()) + " (no date)";
        }
        return Labels.of(part.element()) + (part.element() instanceof TrainingSession ? " on " + part.start()
                : " ending " + part.lastDay());
    }

    private static String codes(List<ChecklistItemDef> elements) {
        return elements.isEmpty() ? "" : elements.get(0).getCode() + ".." + elements.get(elements.size() - 1).getCode();
    }
}
