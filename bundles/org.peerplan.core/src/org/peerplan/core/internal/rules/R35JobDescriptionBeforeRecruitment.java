package org.peerplan.core.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.peerplan.core.plan.Labels;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerRole;

/**
 * R35: every peer role's job description is approved before recruitment starts. The approval date is the job
 * description's own, or else the finish of the job-description review and approval task (JD-S4).
 */
final class R35JobDescriptionBeforeRecruitment extends Rule {

    static final String APPROVAL = "JD-S4";

    R35JobDescriptionBeforeRecruitment() {
        super("R35", Area.READINESS, Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Recruitment"));
    }

    @Override
    public void check(RuleContext context) {
        Optional<ScheduledTask> recruitment = FoundationQueries.recruitmentStart(context);
        Optional<ScheduledTask> approvalTask = FoundationQueries.plannedTask(context.plan(), APPROVAL)
                .flatMap(t -> context.schedule().map(s -> s.of(t)));
        for (PeerRole role : context.plan().getRoles()) {
            JobDescription description = role.getJobDescription();
            if (description == null) {
                context.report(role, "The " + role.getTitle() + " role has no job description: write and approve one"
                        + " before recruitment starts.");
                continue;
            }
            LocalDate approved;
            String when;
            if (description.getApprovedOn() != null) {
                approved = description.getApprovedOn();
                when = "is approved on " + approved;
            } else if (approvalTask.isPresent()) {
                approved = approvalTask.get().lastDay();
                when = "has no approval date of its own and the " + Labels.of(approvalTask.get().task())
                        + " finishes on " + approved;
            } else {
                context.report(description, "The " + role.getTitle() + " job description has no approval date and"
                        + " the timeline has no approval task (" + APPROVAL + "): approve it before recruitment"
                        + " starts.");
                continue;
            }
            if (recruitment.isPresent() && approved.isAfter(recruitment.get().earlyStart())) {
                context.report(description, "The " + role.getTitle() + " job description " + when + ", after"
                        + " recruitment starts on " + recruitment.get().earlyStart() + " with the "
                        + Labels.of(recruitment.get().task()) + ": approve it before recruiting.");
            }
        }
    }
}
