package org.peerplan.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.peerplan.model.Action;
import org.peerplan.model.Cause;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.Person;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.Why;
import org.peerplan.model.catalog.Catalog;

/**
 * Makes plans far larger than any agency's, for benchmarks: the catalog's plan grown to a given number of tasks,
 * each depending on up to three earlier ones, with one action per ten tasks addressing causes of several analyses.
 * The same seed makes the same plan. The command line's benchmark and the workbench's speed harness use it.
 */
public final class LargePlanGenerator {

    private static final PeerPlanFactory MODEL = PeerPlanFactory.eINSTANCE;

    private final Catalog catalog;

    public LargePlanGenerator(Catalog catalog) {
        this.catalog = catalog;
    }

    public ImplementationPlan generate(int taskCount, long seed) {
        Random random = new Random(seed);
        ImplementationPlan plan = new NewPlanFactory(catalog).create("Benchmark Agency " + taskCount, "CA",
                LocalDate.of(2027, 1, 4));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Person person = MODEL.createPerson();
            person.setName("Person " + i);
            plan.getAgency().getPeople().add(person);
            people.add(person);
        }
        List<Task> tasks = new ArrayList<>(plan.getTimeline().getStages().stream()
                .flatMap(s -> s.getTasks().stream()).toList());
        List<Stage> stages = plan.getTimeline().getStages();
        for (int i = tasks.size(); i < taskCount; i++) {
            Task task = MODEL.createTask();
            task.setName("Task " + i);
            task.setDurationDays(1 + random.nextInt(20));
            task.setOwner(people.get(random.nextInt(people.size())));
            for (int d = random.nextInt(4); d > 0 && !tasks.isEmpty(); d--) {
                task.getDependsOn().add(tasks.get(random.nextInt(tasks.size())));
            }
            stages.get(random.nextInt(stages.size())).getTasks().add(task);
            tasks.add(task);
        }
        List<Cause> causes = new ArrayList<>();
        for (int a = 0; a < Math.max(1, taskCount / 100); a++) {
            RootCauseAnalysis analysis = MODEL.createRootCauseAnalysis();
            analysis.setTitle("Challenge " + a);
            analysis.setCurrentSituation("Situation " + a);
            for (RootCauseCategory category : RootCauseCategory.VALUES) {
                Cause cause = MODEL.createCause();
                cause.setCategory(category);
                cause.setDescription("Cause " + a + " " + category.getLiteral());
                Why why = MODEL.createWhy();
                why.setText("Because of " + category.getLiteral());
                cause.getWhys().add(why);
                analysis.getCauses().add(cause);
                causes.add(cause);
            }
            plan.getRootCauseAnalyses().add(analysis);
        }
        for (int i = 0; i < taskCount / 10; i++) {
            Action action = MODEL.createAction();
            action.setTitle("Action " + i);
            action.setOwner(people.get(random.nextInt(people.size())));
            action.setDue(LocalDate.of(2027, 1, 4).plusDays(random.nextInt(600)));
            action.setCost(BigDecimal.valueOf(random.nextInt(5000)));
            action.getAddresses().add(causes.get(random.nextInt(causes.size())));
            action.getTasks().add(tasks.get(random.nextInt(tasks.size())));
            plan.getActions().add(action);
        }
        return plan;
    }
}
