package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.peerplan.core.plan.Labels;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Duty;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Responsibility;

/**
 * R23: job-description and ad text avoids clinical and labelling language. Searched for {@link #TERMS}, as whole
 * words: every text field of the role's job description (function, reporting relationships, supervisor title,
 * employment conditions, pay range, each responsibility's area and duties, each qualification), the role's
 * lived-experience requirement, which ads quote, and the description of each of the role's duties. Each element
 * with a hit gets one finding naming the fields and the terms.
 */
final class R23LabellingLanguage extends Rule {

    /**
     * The clinical and labelling terms to warn on: the source's examples ("mental illness", "patient", "case load")
     * and PeerPlan's additions in the same vein. Matched as whole words, case-insensitively, plurals included.
     */
    static final List<String> TERMS = List.of("mental illness", "mentally ill", "the mentally", "patient", "case load",
            "caseload", "suffers from", "suffering from", "afflicted with", "lunatic", "crazy", "insane", "psychotic",
            "schizophrenic", "non-compliant", "noncompliant");

    private static final List<Pattern> PATTERNS = TERMS.stream().map(Wording::phrase).toList();

    R23LabellingLanguage() {
        super("R23", Area.ROLES, Strength.ADVISORY, Citations.cite(Citations.HANDBOOK, "Developing a Job Description"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            check(context, role, List.of(Literals.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT),
                    "The " + role.getTitle() + " role");
            JobDescription description = role.getJobDescription();
            if (description != null) {
                String jd = role.getTitle() + " job description";
                check(context, description, texts(description), "The " + jd);
                description.eAllContents().forEachRemaining(part -> check(context, part, texts(part),
                        "The " + (part instanceof Responsibility r ? "responsibility '" + r.getArea() + "'"
                                : Labels.of(part)) + " in the " + jd));
            }
            for (Duty duty : role.getDuties()) {
                check(context, duty, List.of(Literals.DUTY__DESCRIPTION),
                        "The " + role.getTitle() + " role's duty '" + duty.getDescription() + "'");
            }
        }
    }

    private static List<EAttribute> texts(EObject element) {
        return element.eClass().getEAllAttributes().stream()
                .filter(a -> a.getEAttributeType() == EcorePackage.Literals.ESTRING).toList();
    }

    /** One finding for the element, listing the terms found in each of its {@code fields}. */
    private static void check(RuleContext context, EObject element, List<EAttribute> fields, String subject) {
        List<String> hits = new ArrayList<>();
        for (EAttribute field : fields) {
            Object value = element.eGet(field);
            List<String> found = new ArrayList<>();
            for (Object text : value instanceof List<?> list ? list : List.of(value == null ? "" : value)) {
                Wording.find((String) text, PATTERNS).stream().filter(t -> !found.contains(t)).forEach(found::add);
            }
            if (!found.isEmpty()) {
                hits.add(Wording.quoted(found) + " in its " + Labels.words(field.getName()));
            }
        }
        if (!hits.isEmpty()) {
            context.report(element, subject + " uses clinical or labelling language (" + String.join("; ", hits)
                    + "): use plain, recovery-oriented words that describe people rather than label them.");
        }
    }
}
