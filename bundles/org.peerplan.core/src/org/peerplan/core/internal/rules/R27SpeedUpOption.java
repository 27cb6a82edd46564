package org.peerplan.core.internal.rules;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Severity;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.SpeedUpChoice;
import org.peerplan.model.Timeline;
import org.peerplan.model.catalog.SpeedUpOptionDef;

/** R27: a funder deadline shorter than the band's minimum needs at least one speed-up option. */
final class R27SpeedUpOption extends Rule {

    R27SpeedUpOption() {
        super("R27", Area.READINESS, Strength.INFERRED,
                Citations.cite(Citations.HANDBOOK, "Step 3 of Implementation: Developing a Timeline"));
    }

    @Override
    public void check(RuleContext context) {
        QuizResult quiz = context.quiz();
        Timeline timeline = context.plan().getTimeline();
        if (quiz.band() == null || timeline.getPlanStart() == null || !timeline.getSpeedUps().isEmpty()) {
            return;
        }
        LocalDate earliest = timeline.getPlanStart().plusMonths(quiz.minimumMonths());
        for (FunderConstraint constraint : context.plan().getAgency().getFunderConstraints()) {
            if (constraint.getFirstPeerStartBy() != null && constraint.getFirstPeerStartBy().isBefore(earliest)) {
                QuickFix[] fixes = context.catalog().getSpeedUpOptions().stream().map(o -> addOption(timeline, o))
                        .toArray(QuickFix[]::new);
                context.report(Severity.WARNING, constraint, constraint.getFunder() + " requires the first peer by "
                        + constraint.getFirstPeerStartBy() + ", before the band's minimum horizon ends on " + earliest
                        + ", and the plan chooses no speed-up option: choose at least one of national conferences,"
                        + " site visits or sub-contracting.", fixes);
            }
        }
    }

    private static QuickFix addOption(Timeline timeline, SpeedUpOptionDef option) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Add the speed-up option " + option.getCode() + " " + option.getName();
            }

            @Override
            public Command command(EditingDomain domain) {
                SpeedUpChoice choice = PeerPlanFactory.eINSTANCE.createSpeedUpChoice();
                choice.setOption(option);
                choice.setRationale("Chosen because a funder deadline is shorter than the readiness band's minimum.");
                return AddCommand.create(domain, timeline, PeerPlanPackage.Literals.TIMELINE__SPEED_UPS, choice);
            }
        };
    }
}
