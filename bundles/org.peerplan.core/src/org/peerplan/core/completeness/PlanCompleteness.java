package org.peerplan.core.completeness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.peerplan.model.Agency;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Timeline;

/**
 * What a plan holds and still lacks, area by area: the facts its documents draw conclusions from (a date to measure
 * the preparation by, a rate to cost a position with, answers to score), read from the same model features the rules
 * and the calculators read. A fact each of several things should hold (every role's rate) counts once per thing and
 * is one need, saying how many lack it.
 */
public final class PlanCompleteness {

    private static final String CONSULTANT = "the consultant";
    private static final String LEADERSHIP = "the leadership team";
    private static final String EXECUTIVE = "the executive director, with the consultant";
    private static final String HR = "HR, with the program director";
    private static final String FINANCE = "finance";
    private static final String PROGRAM_DIRECTOR = "the program director";

    private final List<AreaCompleteness> areas;

    private PlanCompleteness(List<AreaCompleteness> areas) {
        this.areas = List.copyOf(areas);
    }

    public static PlanCompleteness of(ImplementationPlan plan) {
        Map<PlanArea, Tally> tallies = new EnumMap<>(PlanArea.class);
        for (PlanArea area : PlanArea.values()) {
            tallies.put(area, new Tally(area));
        }
        agency(plan, tallies.get(PlanArea.AGENCY));
        timeline(plan.getTimeline(), tallies.get(PlanArea.TIMELINE));
        readiness(plan.getReadiness(), tallies.get(PlanArea.READINESS));
        List<PeerRole> roles = plan.getRoles();
        Tally staffing = tallies.get(PlanArea.ROLES);
        staffing.fact(!roles.isEmpty(), "the peer roles the agency will hire for", HR);
        staffing.each(roles, r -> r.getFte() > 0, "the FTE of each peer role", HR);
        staffing.each(roles, r -> r.getHourlyRate() != null && r.getHourlyRate().signum() > 0,
                "the hourly rate of each peer role", HR);
        Tally supervision = tallies.get(PlanArea.SUPERVISION);
        supervision.each(roles, r -> r.getAdministrativeSupervisor() != null,
                "the administrative supervisor of each peer role", PROGRAM_DIRECTOR);
        supervision.fact(plan.getSupervision() != null && !plan.getSupervision().getPeerInteraction().isEmpty(),
                "a regular gathering of the peer staff", PROGRAM_DIRECTOR);
        Tally policy = tallies.get(PlanArea.POLICY_REVIEW);
        if (plan.getPolicyReview() != null && !plan.getPolicyReview().getFindings().isEmpty()) {
            long reviewed = plan.getPolicyReview().getFindings().stream()
                    .filter(f -> f.getStatus() != FindingStatus.NOT_REVIEWED).count();
            policy.count((int) reviewed, plan.getPolicyReview().getFindings().size(), "answers to the policy review",
                    "the policy reviewer");
        } else {
            policy.fact(false, "the policy review's questions", CONSULTANT);
        }
        Tally causes = tallies.get(PlanArea.ROOT_CAUSES);
        causes.fact(!plan.getRootCauseAnalyses().isEmpty(), "a root cause analysis of the main challenge",
                LEADERSHIP);
        causes.fact(!plan.getActions().isEmpty(), "the actions of the action plan", LEADERSHIP);
        tallies.get(PlanArea.TRAINING).fact(plan.getTrainingPlan() != null
                && !plan.getTrainingPlan().getSessions().isEmpty(), "the training sessions", HR);
        Tally budget = tallies.get(PlanArea.BUDGET);
        Agency agency = plan.getAgency();
        budget.fact(agency != null && agency.getFringeBenefitRate() != null, "the agency's fringe-benefit rate",
                FINANCE);
        budget.fact(agency != null && (agency.getFunderConstraints().stream()
                .anyMatch(f -> f.getAnnualAmount() != null && f.getAnnualAmount().signum() > 0)
                || agency.getMedicaidHourlyRate() != null), "the funding: a funder's yearly amount or Medicaid billing",
                FINANCE);
        tallies.get(PlanArea.RISKS).fact(!plan.getRisks().isEmpty(), "the risks and tensions the plan faces",
                LEADERSHIP);
        return new PlanCompleteness(tallies.values().stream().map(Tally::result).toList());
    }

    private static void agency(ImplementationPlan plan, Tally tally) {
        Agency agency = plan.getAgency();
        tally.fact(agency != null && filled(agency.getName()), "the agency's name", CONSULTANT);
        tally.fact(agency != null && filled(agency.getState()), "the agency's state", CONSULTANT);
        tally.fact(filled(plan.getConsultant()), "the name of who prepares the plan", CONSULTANT);
    }

    private static void timeline(Timeline timeline, Tally tally) {
        tally.fact(timeline != null && timeline.getPlanStart() != null, "the plan's start date", CONSULTANT);
        tally.fact(timeline != null && timeline.getFirstPeerStart() != null, "the first peer's start date",
                EXECUTIVE);
    }

    private static void readiness(ReadinessAssessment readiness, Tally tally) {
        tally.fact(readiness != null && !readiness.getRespondents().isEmpty(), "answers to the readiness quiz",
                LEADERSHIP);
        if (readiness != null && !readiness.getCompetencies().isEmpty()) {
            long rated = readiness.getCompetencies().stream()
                    .filter(c -> c.getRating() != null && c.getRating() != CompetencyRating.NOT_RATED).count();
            tally.count((int) rated, readiness.getCompetencies().size(), "ratings of the agency competencies",
                    LEADERSHIP);
        }
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    /** Every area, in the order of {@link PlanArea}. */
    public List<AreaCompleteness> areas() {
        return areas;
    }

    /** The areas that still lack something. */
    public List<AreaCompleteness> incomplete() {
        return areas.stream().filter(a -> !a.complete()).toList();
    }

    public List<Need> needs() {
        return areas.stream().flatMap(a -> a.needs().stream()).toList();
    }

    public boolean complete() {
        return areas.stream().allMatch(AreaCompleteness::complete);
    }

    public AreaCompleteness area(PlanArea area) {
        return areas.get(area.ordinal());
    }

    /** The facts of one area as they are counted. */
    private static final class Tally {

        private final PlanArea area;
        private final List<Need> needs = new ArrayList<>();
        private int present;
        private int expected;

        Tally(PlanArea area) {
            this.area = area;
        }

        void fact(boolean there, String what, String who) {
            count(there ? 1 : 0, 1, what, who);
        }

        /** {@code present} of {@code expected} like facts: one need naming how many are missing. */
        void count(int there, int of, String what, String who) {
            present += there;
            expected += of;
            if (there < of) {
                needs.add(new Need(area, of == 1 ? what : what + " (" + (of - there) + " of " + of + " missing)", who));
            }
        }

        /** One fact that each of {@code things} should hold, counted once per thing: none to count, nothing asked. */
        <T> void each(List<T> things, Predicate<T> there, String what, String who) {
            if (!things.isEmpty()) {
                count((int) things.stream().filter(there).count(), things.size(), what, who);
            }
        }

        AreaCompleteness result() {
            // An area that asks for nothing of this plan (no roles, say, for supervision) counts as one fact present.
            return new AreaCompleteness(area, expected == 0 ? 1 : present, Math.max(1, expected), needs);
        }
    }
}
