package org.peerplan.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.readiness.MotivationResult;
import org.peerplan.core.readiness.QuizResult;
import org.peerplan.core.readiness.ReadinessScorer;
import org.peerplan.core.schedule.DependencyCycleException;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.Scheduler;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.catalog.Catalog;

/**
 * What a rule sees: the plan, the catalog, the engine's computed results (each computed once, on first use), the day
 * the plan is checked on, and where to report.
 */
public final class RuleContext {

    private final ImplementationPlan plan;

    private final Catalog catalog;

    private final LocalDate today;

    private final List<Finding> findings = new ArrayList<>();

    private final Supplier<QuizResult> quiz;

    private final Supplier<MotivationResult> motivation;

    private final Supplier<Optional<Schedule>> schedule;

    private Rule rule;

    public RuleContext(ImplementationPlan plan, Catalog catalog, LocalDate today) {
        this.plan = plan;
        this.catalog = catalog;
        this.today = today;
        ReadinessScorer scorer = new ReadinessScorer(catalog);
        this.quiz = memo(() -> scorer.quiz(plan.getReadiness()));
        this.motivation = memo(() -> scorer.motivation(plan.getReadiness()));
        this.schedule = memo(() -> {
            try {
                return Optional.of(new Scheduler().schedule(plan.getTimeline()));
            } catch (DependencyCycleException e) {
                return Optional.empty();
            }
        });
    }

    public ImplementationPlan plan() {
        return plan;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The day the plan is checked on; "overdue" and "before the first peer starts" are measured against it. */
    public LocalDate today() {
        return today;
    }

    public QuizResult quiz() {
        return quiz.get();
    }

    public MotivationResult motivation() {
        return motivation.get();
    }

    /** The computed schedule, or empty when the dependencies form a cycle (its own rule reports that). */
    public Optional<Schedule> schedule() {
        return schedule.get();
    }

    /** Reports a finding of the running rule at the rule's severity. */
    public void report(EObject element, String message, QuickFix... fixes) {
        report(rule.severity(), element, message, fixes);
    }

    public void report(Severity severity, EObject element, String message, QuickFix... fixes) {
        findings.add(new Finding(severity, rule.id(), rule.area(), message, element, rule.citation(), List.of(fixes)));
    }

    /**
     * Runs one rule. A rule that fails takes neither the check nor the other rules down with it: what it reported
     * before failing is dropped, since a half-run rule's findings mislead, and one error says it could not check.
     */
    List<Finding> run(Rule next) {
        rule = next;
        int before = findings.size();
        try {
            next.check(this);
        } catch (RuntimeException | LinkageError broken) {
            findings.subList(before, findings.size()).clear();
            report(Severity.ERROR, plan, "The rule " + name(next) + " failed and could not check this plan ("
                    + cause(broken) + "); the other rules were checked. Tell whoever supplied the rule.");
        }
        return findings.subList(before, findings.size());
    }

    private static String name(Rule rule) {
        return rule.title().equals(rule.id()) ? rule.id() : "\u201c" + rule.title() + "\u201d (" + rule.id() + ")";
    }

    private static String cause(Throwable broken) {
        String kind = broken.getClass().getSimpleName();
        return broken.getMessage() == null ? kind : kind + ": " + broken.getMessage();
    }

    List<Finding> findings() {
        return findings;
    }

    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            private boolean done;

            @Override
            public T get() {
                if (!done) {
                    value = compute.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
