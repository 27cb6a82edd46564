package org.peerplan.ui.editor.pages;

import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.core.schedule.ScheduledTask;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.model.Holiday;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.Stage;
import org.peerplan.model.Task;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.Timeline;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.editor.PlanEditor;

/**
 * The timeline: every task of every stage in one grid, edited in place, with the dates the scheduler computes beside
 * them (start, finish, slack, whether the task is on the critical path), the stages above and the Gantt chart below,
 * which follows every change.
 */
public final class TimelinePage extends PlanPage {

    public static final String ID = "timeline";

    private FeatureTable stages;

    private FeatureTable tasks;

    private DiagramCanvas gantt;

    private FeatureTable holidays;

    public TimelinePage(PlanEditor editor) {
        super(editor, ID, "Timeline");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        stages = new FeatureTable(this, body, toolkit, "Stages", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__TIMELINE, Literals.TIMELINE__STAGES)
                .column(Literals.STAGE__NAME, 320).column(Literals.STAGE__KIND, 260)
                .computed("Tasks", 60, row -> String.valueOf(((Stage) row).getTasks().size()))
                .initializer(stage -> ((Stage) stage).setName("New stage"));
        Layouts.place(stages.section(), 2);
        stages.viewer().getTable().setLayoutData(Layouts.height(110));
        tasks = new FeatureTable(this, body, toolkit, "Tasks",
                "Start is a fixed start, if the task has one; the scheduler computes the rest from the dependencies.",
                this::stageForNewTasks, Literals.STAGE__TASKS)
                .elements(stage -> timeline() == null ? List.of()
                        : timeline().getStages().stream().flatMap(s -> s.getTasks().stream()).toList())
                .computed("Stage", 150, row -> ValueWords.of(((Task) row).eContainer()))
                .column(Literals.TASK__NAME, 230).column(Literals.TASK__OWNER, 130)
                .column(Literals.TASK__START, 100).column(Literals.TASK__DURATION_DAYS, 95)
                .column(Literals.TASK__DEPENDS_ON, 180).column(Literals.TASK__STATUS, 95)
                .column(Literals.TASK__MILESTONE, 75).column(Literals.TASK__DELIVERABLE, 150)
                .computed("Scheduled start", 110, scheduled(t -> ValueWords.of(t.earlyStart())))
                .computed("Last day", 100, scheduled(t -> ValueWords.of(t.lastDay())))
                .computed("Slack (working days)", 85, scheduled(t -> String.valueOf(t.slackDays())))
                .computed("Critical", 65, scheduled(t -> t.critical() ? "Yes" : ""))
                .initializer(task -> {
                    ((Task) task).setName("New task");
                    ((Task) task).setDurationDays(5);
                    ((Task) task).setStatus(TaskStatus.NOT_STARTED);
                });
        Layouts.place(tasks.section(), 2);
        tasks.viewer().getTable().setLayoutData(Layouts.height(260));
        Section chart = toolkit.createSection(body, Section.TITLE_BAR);
        chart.setText("Gantt chart");
        Layouts.place(chart, 2);
        gantt = new DiagramCanvas(Layouts.client(toolkit, chart), DiagramCanvas.Sizing.FIT_WIDTH);
        gantt.control().setLayoutData(Layouts.height(420));
        gantt.onClick(ref -> showRef(ref));
        holidays = new FeatureTable(this, body, toolkit, "Holidays",
                "Days the agency is closed. Durations count working days: no task starts or ends on a weekend or a"
                        + " holiday.", this::plan, Literals.IMPLEMENTATION_PLAN__AGENCY, Literals.AGENCY__HOLIDAYS)
                .column(Literals.HOLIDAY__NAME, 220).column(Literals.HOLIDAY__DATE, 110)
                .computed("Day", 90, row -> ((Holiday) row).getDate() == null ? ""
                        : ((Holiday) row).getDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US))
                .initializer(holiday -> ((Holiday) holiday).setName("New holiday"));
        Layouts.place(holidays.section(), 1);
        holidays.viewer().getTable().setLayoutData(Layouts.height(160));
    }

    private Timeline timeline() {
        return plan().getTimeline();
    }

    /** New tasks go to the stage of the selected task, else to the last stage. */
    private Stage stageForNewTasks() {
        if (timeline() == null || timeline().getStages().isEmpty()) {
            return null;
        }
        IStructuredSelection chosen = tasks == null ? null : tasks.viewer().getStructuredSelection();
        if (chosen != null && chosen.getFirstElement() instanceof Task task && task.eContainer() instanceof Stage stage) {
            return stage;
        }
        List<Stage> all = timeline().getStages();
        return all.get(all.size() - 1);
    }

    private Function<Object, String> scheduled(Function<ScheduledTask, String> text) {
        return row -> {
            Schedule schedule = facts().schedule();
            ScheduledTask computed = schedule == null ? null : schedule.of((Task) row);
            return computed == null ? "" : text.apply(computed);
        };
    }

    private void showRef(String ref) {
        EObject element = plan().eResource().getEObject(ref);
        if (element != null) {
            reveal(List.of(element));
        }
    }

    @Override
    protected void refresh() {
        stages.refresh();
        tasks.refresh();
        holidays.refresh();
        List<Diagram> chart = facts().diagrams(DiagramKind.TIMELINE);
        gantt.show(chart.isEmpty() ? null : chart.get(0));
        refuse(facts().scheduleProblem());
    }

    /** The Gantt chart as drawn now, for tests. */
    public DiagramCanvas gantt() {
        return gantt;
    }

    public FeatureTable tasks() {
        return tasks;
    }

    public FeatureTable holidays() {
        return holidays;
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof Task || element instanceof Stage || element instanceof Timeline
                || element instanceof Holiday;
    }

    @Override
    public void reveal(Collection<?> elements) {
        if (!tasks.reveal(elements) && !stages.reveal(elements)) {
            holidays.reveal(elements);
        }
    }
}
