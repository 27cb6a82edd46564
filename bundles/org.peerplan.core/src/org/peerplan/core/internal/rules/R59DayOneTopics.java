package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.QuickFix;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Task;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * R59: the day-one agency orientation (the task made from template OB-30-2) covers data security protocols
 * (DAY1-5) and documentation and record-keeping requirements (DAY1-6).
 */
final class R59DayOneTopics extends Rule {

    private static final String DAY_ONE_TASK = "OB-30-2";

    private static final Set<String> REQUIRED = Set.of("DAY1-5", "DAY1-6");

    R59DayOneTopics() {
        super("R59", Area.ONBOARDING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Onboarding › Day One"));
    }

    @Override
    public void check(RuleContext context) {
        Optional<Task> found = PlanQueries.taskFor(context.plan(), DAY_ONE_TASK);
        if (found.isEmpty()) {
            context.report(context.plan().getTimeline(), "The timeline has no day-one agency orientation: add one"
                    + " that covers, among its topics, data security protocols and documentation and record-keeping"
                    + " requirements.");
            return;
        }
        Task task = found.get();
        Set<String> covered = TrainingLookups.codes(task.getCovers());
        List<ChecklistItemDef> missing = TrainingLookups.checklist(context.catalog(), "DAY1").stream()
                .filter(i -> REQUIRED.contains(i.getCode()) && !covered.contains(i.getCode())).toList();
        if (!missing.isEmpty()) {
            String topics = missing.stream().map(i -> i.getName().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" and "));
            context.report(task, "The day-one orientation '" + task.getName() + "' does not cover " + topics
                    + ": new peers learn them on their first day.", cover(task, missing));
        }
    }

    private static QuickFix cover(Task task, List<ChecklistItemDef> missing) {
        return new QuickFix() {
            @Override
            public String label() {
                return "Add " + missing.stream().map(i -> i.getCode() + " " + i.getName())
                        .collect(Collectors.joining(" and ")) + " to '" + task.getName() + "'";
            }

            @Override
            public Command command(EditingDomain domain) {
                return AddCommand.create(domain, task, PeerPlanPackage.Literals.TASK__COVERS, missing);
            }
        };
    }
}
