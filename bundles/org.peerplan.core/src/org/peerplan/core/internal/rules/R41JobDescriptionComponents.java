package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Qualification;

/**
 * R41: a job description has all five components: a one-sentence function, reporting relationships that name the
 * supervisor's title, four to six core responsibilities each with its duties, required and preferred qualifications
 * (required first), and employment conditions.
 */
final class R41JobDescriptionComponents extends Rule {

    /** The handbook's range of core responsibilities. */
    static final int MIN_RESPONSIBILITIES = 4;

    static final int MAX_RESPONSIBILITIES = 6;

    /** The end of a sentence: a stop followed by a capital, except after common abbreviations ("Dr. Patel"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|etc|e\\.g|i\\.e|No))[.!?]+[\"”’)]*\\s+(?=[\\p{Lu}\"“(])");

    R41JobDescriptionComponents() {
        super("R41", Area.HIRING, Strength.EXPLICIT,
                Citations.cite(Citations.HANDBOOK, "Developing a Job Description"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            JobDescription description = role.getJobDescription();
            if (description == null) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            function(description, problems);
            reporting(description, problems);
            responsibilities(description, problems);
            qualifications(description, problems);
            if (Wording.blank(description.getEmploymentConditions())) {
                problems.add("it states no employment conditions");
            }
            if (!problems.isEmpty()) {
                context.report(description, "The " + role.getTitle() + " job description lacks what the handbook"
                        + " requires: " + String.join("; ", problems) + ".");
            }
        }
    }

    private static void function(JobDescription description, List<String> problems) {
        if (Wording.blank(description.getFunction())) {
            problems.add("it has no function statement");
        } else if (sentences(description.getFunction()) > 1) {
            problems.add("its function takes " + sentences(description.getFunction())
                    + " sentences, and should be one");
        }
    }

    private static void reporting(JobDescription description, List<String> problems) {
        String title = description.getSupervisorTitle();
        if (Wording.blank(description.getReportingRelationships())) {
            problems.add("it has no reporting relationships");
        } else if (Wording.blank(title)) {
            problems.add("it does not name the supervisor's job title");
        } else if (!description.getReportingRelationships().toLowerCase(Locale.ROOT)
                .contains(title.strip().toLowerCase(Locale.ROOT))) {
            problems.add("its reporting relationships do not name the supervisor's title, " + title.strip());
        }
    }

    private static void responsibilities(JobDescription description, List<String> problems) {
        int count = description.getResponsibilities().size();
        if (count < MIN_RESPONSIBILITIES || count > MAX_RESPONSIBILITIES) {
            problems.add("it has " + Wording.count(count, "core responsibility", "core responsibilities")
                    + ", and should have " + MIN_RESPONSIBILITIES + " to " + MAX_RESPONSIBILITIES);
        }
        List<String> empty = description.getResponsibilities().stream()
                .filter(r -> r.getDuties().stream().allMatch(Wording::blank))
                .map(r -> Wording.blank(r.getArea()) ? "(unnamed)" : "'" + r.getArea() + "'").toList();
        if (!empty.isEmpty()) {
            problems.add("the responsibilit" + (empty.size() == 1 ? "y " : "ies ") + Wording.list(empty)
                    + " list" + (empty.size() == 1 ? "s" : "") + " no specific duties");
        }
    }

    private static void qualifications(JobDescription description, List<String> problems) {
        List<Qualification> qualifications = description.getQualifications();
        if (qualifications.stream().noneMatch(Qualification::isRequired)) {
            problems.add("it lists no required qualifications");
        }
        if (qualifications.stream().allMatch(Qualification::isRequired)) {
            problems.add("it lists no preferred qualifications");
        }
        int lastRequired = -1;
        int firstPreferred = qualifications.size();
        for (int i = 0; i < qualifications.size(); i++) {
            if (qualifications.get(i).isRequired()) {
                lastRequired = i;
            } else {
                firstPreferred = Math.min(firstPreferred, i);
            }
        }
        if (firstPreferred < lastRequired) {
            problems.add("it lists a preferred qualification before a required one; list them in order of importance");
        }
    }

    static int sentences(String text) {
        Matcher end = SENTENCE_END.matcher(text.strip());
        int count = 1;
        while (end.find()) {
            count++;
        }
        return count;
    }
}
