package org.peerplan.docgen.views;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peerplan.core.budget.BudgetCalculator;
import org.peerplan.core.training.ChecklistCoverage;
import org.peerplan.core.training.Prerequisites;
import org.peerplan.core.budget.BudgetYear;
import org.peerplan.core.schedule.Schedule;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Person;
import org.peerplan.model.StaffLevel;
import org.peerplan.model.Task;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.CourseDef;

/**
 * The values of D10, the staff readiness and training plan with its budget: sessions in date order with attendance
 * against the course's limits and prerequisites, the staff readiness training against its five elements, the peer
 * orientation, continuing education per role and the budget per plan year. Menu sessions are costed at the menu's
 * list value, as {@link BudgetCalculator} does; other sessions at the cost the plan records.
 */
final class TrainingView {

    /** The label every training figure carries: the menu's "Value" is a list price (DOMAIN §7.1, §11.2 item 37). */
    static final String LIST_VALUE = "list value; discounts or no-cost delivery may apply";

    /** The readiness-training elements RT-a..RT-e (S1-T6) and the WISE Peer Orientation topics. */
    private static final String READINESS = "RT";

    private static final String READINESS_TASK = "S1-T6";

    private static final String ORIENTATION = "ORIENTATION";

    /** California (DHCS, Medi-Cal Peer Support Services Specialist Program): 20 hours every two years. */
    private static final String CE_STATE = "CA";

    private static final double CE_HOURS_PER_TWO_YEARS = 20;

    /** Column headings of the coverage matrix name sessions by an abbreviated date: "Session May 19, 2027". */
    private TrainingView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog, Schedule schedule) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("listValueLabel", LIST_VALUE);
        List<TrainingSession> sessions = plan.getTrainingPlan().getSessions().stream()
                .sorted(Comparator.comparing(TrainingSession::getDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        view.put("sessions", sessions.stream().map(s -> session(s, sessions)).toList());
        view.put("sessionCount", sessions.size());
        view.put("outOfLimits", sessions.stream().filter(s -> s.getCourse() != null && !withinLimits(s)).count());
        view.put("prerequisites", sessions.stream()
                .filter(s -> s.getCourse() != null && s.getCourse().getPrerequisite() != null)
                .map(s -> prerequisite(s, sessions)).toList());

        BigDecimal listValue = sessions.stream().filter(TrainingView::atListValue).map(BudgetCalculator::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recorded = sessions.stream().filter(s -> !atListValue(s)).map(BudgetCalculator::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        view.put("listValueTotal", Formats.money(listValue));
        view.put("recordedTotal", Formats.money(recorded));
        view.put("hasRecorded", sessions.stream().anyMatch(s -> !atListValue(s)));
        view.put("trainingTotal", Formats.money(listValue.add(recorded)));
        view.put("menuSessions", sessions.stream().filter(TrainingView::atListValue).count());
        view.put("otherSessions", sessions.stream().filter(s -> !atListValue(s)).count());

        LocalDate firstPeer = plan.getTimeline().getFirstPeerStart();
        view.put("firstPeerStart", Formats.date(firstPeer));
        view.put("firstPeerKnown", firstPeer != null);
        view.put("readiness", coverage(plan, catalog, schedule, READINESS, READINESS_TASK, firstPeer, true));
        view.put("orientation", coverage(plan, catalog, schedule, ORIENTATION, null, firstPeer, false));
        view.put("continuingEducation", continuingEducation(plan));
        view.put("budget", budget(plan, sessions));
        return view;
    }

    private static Map<String, Object> session(TrainingSession session, List<TrainingSession> all) {
        CourseDef course = session.getCourse();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", Formats.date(session.getDate()));
        view.put("dated", session.getDate() != null);
        view.put("code", course == null ? "" : Formats.text(course.getCode()));
        view.put("name", name(session));
        view.put("title", course != null && session.getTitle() != null && !session.getTitle().isBlank()
                && !session.getTitle().equals(course.getName()) ? session.getTitle() : "");
        view.put("audience", course == null ? "" : audience(course));
        view.put("levels", levels(session.getAttendees()));
        view.put("named", names(session.getAttendees()));
        view.put("namedCount", session.getAttendees().size());
        view.put("additional", session.getAdditionalAttendees());
        view.put("attendance", attendance(session));
        boolean limited = course != null;
        view.put("limited", limited);
        view.put("limits", limited ? course.getMinAttendance() + "–" + course.getMaxAttendance() : "");
        view.put("within", !limited || withinLimits(session));
        view.put("attendanceNote", !limited ? "" : attendance(session) < course.getMinAttendance()
                ? "below the minimum of " + course.getMinAttendance()
                : attendance(session) > course.getMaxAttendance() ? "above the maximum of " + course.getMaxAttendance()
                        : "within the limits");
        view.put("hours", course == null ? "" : hours(course));
        view.put("value", Formats.money(BudgetCalculator.cost(session)));
        view.put("atListValue", atListValue(session));
        view.put("costRecorded", atListValue(session) || session.getCost() != null);
        CourseDef prerequisite = course == null ? null : course.getPrerequisite();
        view.put("hasPrerequisite", prerequisite != null);
        view.put("prerequisite", prerequisite == null ? "" : Formats.text(prerequisite.getName()));
        view.put("prerequisiteMet", prerequisite == null || Prerequisites.missing(session, all).isEmpty()
                && (!session.getAttendees().isEmpty() || !Prerequisites.finishedBefore(session, all).isEmpty()));
        view.put("isPrerequisite", all.stream().anyMatch(s -> s.getCourse() != null && course != null
                && s.getCourse().getPrerequisite() == course));
        view.put("readiness", session.getCovers().stream().anyMatch(c -> c.eContainer() instanceof ChecklistDef d
                && READINESS.equals(d.getCode())));
        return view;
    }

    /** How a session with a prerequisite stands: who completed the prerequisite before it, and who did not. */
    private static Map<String, Object> prerequisite(TrainingSession session, List<TrainingSession> all) {
        CourseDef prerequisite = session.getCourse().getPrerequisite();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("course", name(session));
        view.put("date", Formats.date(session.getDate()));
        view.put("prerequisite", Formats.text(prerequisite.getName()));
        List<TrainingSession> before = Prerequisites.finishedBefore(session, all);
        view.put("before", before.stream().map(s -> Formats.date(s.getDate())).toList());
        List<Person> missing = Prerequisites.missing(session, all);
        List<Person> completed = session.getAttendees().stream().filter(p -> !missing.contains(p)).toList();
        view.put("completed", names(completed));
        view.put("completedCount", completed.size());
        view.put("missing", names(missing));
        view.put("missingCount", missing.size());
        view.put("additional", session.getAdditionalAttendees());
        view.put("dated", session.getDate() != null);
        return view;
    }

    /**
     * Which items of the catalog checklist {@code code} the plan's tasks and sessions cover, and when: a matrix of
     * items by part. For the readiness training the task from S1-T6 counts even where it names no element, and only
     * parts that end before the first peer starts count towards coverage, as in rule R32.
     */
    private static Map<String, Object> coverage(ImplementationPlan plan, Catalog catalog, Schedule schedule,
            String code, String taskTemplate, LocalDate firstPeer, boolean beforeFirstPeer) {
        List<ChecklistItemDef> items = catalog.getChecklists().stream().filter(c -> code.equals(c.getCode()))
                .findFirst().map(ChecklistDef::getItems).map(List::copyOf).orElse(List.of());
        List<ChecklistCoverage.Part> parts = ChecklistCoverage.parts(plan, Optional.of(schedule), items, taskTemplate);
        List<Map<String, Object>> rows = parts.stream().map(p -> row(p, items, firstPeer)).toList();
        List<ChecklistItemDef> missing = ChecklistCoverage.uncovered(items, parts, beforeFirstPeer ? firstPeer : null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("known", !items.isEmpty());
        view.put("parts", rows);
        view.put("planned", !parts.isEmpty());
        view.put("elements", items.stream().map(i -> {
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("code", Formats.text(i.getCode()));
            element.put("name", Formats.text(i.getName()));
            element.put("text", Formats.text(i.getText()));
            element.put("marks", parts.stream().map(p -> p.covers().contains(i)).toList());
            return element;
        }).toList());
        view.put("itemCount", items.size());
        view.put("coveredCount", items.size() - missing.size());
        view.put("missing", missing.stream().map(i -> i.getCode() + " " + i.getName())
                .collect(Collectors.joining("; ")));
        view.put("codes", items.isEmpty() ? "" : items.get(0).getCode() + ".." + items.get(items.size() - 1).getCode());
        return view;
    }

    /** A part's row: what it is, when it runs, whether it ends before the first peer starts, which items it covers. */
    private static Map<String, Object> row(ChecklistCoverage.Part part, List<ChecklistItemDef> items,
            LocalDate firstPeer) {
        String covers = covered(part.covers(), items);
        boolean inTime = part.endsBefore(firstPeer);
        if (part.element() instanceof Task task) {
            String code = task.getTemplate() == null ? "" : Formats.text(task.getTemplate().getCode());
            return part("Timeline task", code, Formats.text(task.getName()), code.isEmpty() ? "Task" : "Task " + code,
                    span(part.start(), part.lastDay()), Formats.words(task.getStatus()), inTime, covers);
        }
        TrainingSession session = (TrainingSession) part.element();
        String code = session.getCourse() == null ? "" : Formats.text(session.getCourse().getCode());
        return part("Training session", code, name(session),
                "Session " + (part.start() == null ? "(no date)" : Formats.shortDate(part.start())),
                part.lastDay() == null ? "not dated" : span(part.start(), part.lastDay()), "", inTime, covers);
    }

    private static Map<String, Object> part(String kind, String code, String name, String shortName, String when,
            String status, boolean inTime, String covers) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("kind", kind);
        part.put("code", code);
        part.put("name", name);
        part.put("short", shortName);
        part.put("when", when);
        part.put("status", status);
        part.put("inTime", inTime);
        part.put("covers", covers);
        return part;
    }

    /** The codes of the checklist's items that {@code covers} includes, in checklist order: "RT-a, RT-b". */
    private static String covered(List<ChecklistItemDef> covers, List<ChecklistItemDef> items) {
        String codes = items.stream().filter(covers::contains).map(ChecklistItemDef::getCode)
                .collect(Collectors.joining(", "));
        return codes.isEmpty() ? "none named" : codes;
    }

    /** Each role's planned continuing education against California's 20 hours per two years, where it applies. */
    private static Map<String, Object> continuingEducation(ImplementationPlan plan) {
        String state = Formats.text(plan.getAgency().getState());
        boolean applies = CE_STATE.equalsIgnoreCase(state);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("applies", applies);
        view.put("state", state.isBlank() ? "no state recorded" : state);
        view.put("required", number(CE_HOURS_PER_TWO_YEARS));
        view.put("roles", plan.getRoles().stream().map(role -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", Formats.text(role.getTitle()));
            row.put("fte", String.format(Locale.US, "%.1f", role.getFte()));
            row.put("hours", number(role.getPlannedCeHoursPerTwoYears()));
            row.put("meets", role.getPlannedCeHoursPerTwoYears() >= CE_HOURS_PER_TWO_YEARS);
            row.put("certification", Formats.text(role.getCertification()));
            row.put("certificationMonths", role.getCertificationWithinMonths());
            return row;
        }).toList());
        view.put("noRoles", plan.getRoles().isEmpty());
        return view;
    }

    /** The budget per plan year by category, as {@link BudgetCalculator} costs it, with the training split. */
    private static Map<String, Object> budget(ImplementationPlan plan, List<TrainingSession> sessions) {
        Map<String, Object> view = new LinkedHashMap<>();
        boolean known = plan.getTimeline().getPlanStart() != null;
        view.put("known", known);
        List<BudgetYear> years = known ? new BudgetCalculator().years(plan) : List.of();
        view.put("table", BudgetView.of(years));
        view.put("lines", plan.getBudget().getLines().stream()
                .sorted(Comparator.comparingInt(BudgetLine::getYear)).map(line -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("year", line.getYear());
                    row.put("category", line.getCategory() == null ? "" : BudgetView.category(line.getCategory()));
                    row.put("description", Formats.text(line.getDescription()));
                    row.put("amount", Formats.money(line.getAmount()));
                    return row;
                }).toList());
        view.put("roles", plan.getRoles().stream().map(role -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", Formats.text(role.getTitle()));
            row.put("fte", String.format(Locale.US, "%.1f", role.getFte()));
            row.put("rate", Formats.rate(role.getHourlyRate()));
            row.put("annual", Formats.money(BudgetCalculator.annualCost(role, plan.getAgency().getHoursPerFte())));
            row.put("supervision", role.getContractedSupervisionPerYear() == null ? ""
                    : Formats.money(role.getContractedSupervisionPerYear()));
            return row;
        }).toList());
        view.put("hoursPerFte", plan.getAgency().getHoursPerFte());
        Double fringe = plan.getAgency().getFringeBenefitRate();
        view.put("fringeRate", fringe == null ? "" : Formats.percent(fringe));
        view.put("firstPeerStart", Formats.date(plan.getTimeline().getFirstPeerStart()));
        view.put("firstPeerKnown", plan.getTimeline().getFirstPeerStart() != null);
        // Sessions the plan years do not reach (undated, or before the plan starts) are in no year's training.
        LocalDate start = plan.getTimeline().getPlanStart();
        List<TrainingSession> outside = sessions.stream()
                .filter(s -> s.getDate() == null || start != null && s.getDate().isBefore(start)).toList();
        view.put("outsideCount", outside.size());
        view.put("outsideValue", Formats.money(outside.stream().map(BudgetCalculator::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        return view;
    }

    /** Menu sessions are costed at the course's list value; other sessions at the cost the plan records. */
    private static boolean atListValue(TrainingSession session) {
        return session.getCourse() != null && session.getCourse().getListValue() != null;
    }

    private static boolean withinLimits(TrainingSession session) {
        CourseDef course = session.getCourse();
        int attendance = attendance(session);
        return attendance >= course.getMinAttendance() && attendance <= course.getMaxAttendance();
    }

    private static int attendance(TrainingSession session) {
        return session.getAttendees().size() + session.getAdditionalAttendees();
    }

    private static String name(TrainingSession session) {
        if (session.getCourse() != null && session.getCourse().getName() != null) {
            return session.getCourse().getName();
        }
        return session.getTitle() == null || session.getTitle().isBlank() ? "Training session" : session.getTitle();
    }

    private static String audience(CourseDef course) {
        if (course.getAudienceNote() != null && !course.getAudienceNote().isBlank()) {
            return course.getAudienceNote();
        }
        return course.getAudience() == null ? "" : Formats.words(course.getAudience());
    }

    /** "16 h over 2 days", "4 h". */
    private static String hours(CourseDef course) {
        String hours = number(course.getHours()) + " h";
        return course.getDays() > 1 ? hours + " over " + course.getDays() + " days" : hours;
    }

    /** The staff levels of the named attendees, in the order of the levels: "Executive, Manager". */
    private static String levels(List<Person> people) {
        return people.stream().map(Person::getLevel).filter(l -> l != null).distinct()
                .sorted(Comparator.comparingInt(StaffLevel::getValue)).map(Formats::words)
                .collect(Collectors.joining(", "));
    }

    /** Names joined with semicolons, since names such as "Tamika Brooks, MSW, CPSS" carry commas of their own. */
    private static String names(List<Person> people) {
        return people.stream().map(p -> Formats.text(p.getName())).collect(Collectors.joining("; "));
    }

    /** "March 24, 2027" for one day, "November 8 to November 9, 2027" for a course over several. */
    private static String span(LocalDate first, LocalDate last) {
        return first.equals(last) || last.isBefore(first) ? Formats.date(first)
                : Formats.date(first) + " to " + Formats.date(last);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
