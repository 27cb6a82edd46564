package org.peerplan.core.internal.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Rule;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Responsibility;

/**
 * R24: peer duties support self-determination and mutuality. A duty of the role, or a duty listed under a
 * responsibility of its job description, that is worded as making the person comply ("ensure the client complies
 * with…", "persuade residents to…") is reported. The wording patterns are {@link #COERCIVE}.
 */
final class R24SelfDetermination extends Rule {

    /** Words for the person a duty is about, as job descriptions name them. */
    private static final String PERSON = "(?:the\\s+|each\\s+|all\\s+|that\\s+(?:the\\s+)?)?(?:clients?|residents?"
            + "|patients?|consumers?|participants?|individuals?|members?|persons?|people)";

    /**
     * PeerPlan's patterns for compliance-driven wording, after the source's example "ensure client complies":
     * compliance and enforcement words, persuading or pressuring the person, and "ensure/make sure" followed by
     * the person.
     */
    static final List<Pattern> COERCIVE = List.of(
            Wording.wholeWords("compl(?:y|ies|ied|ying|iance|iant)|non-?compliant|non-?compliance"),
            Wording.wholeWords("adhere|adheres|adherence|enforc(?:e|es|ed|ing|ement)"),
            Wording.wholeWords("persuad\\w*|convinc\\w*|coerc\\w*|pressur(?:e|es|ed|ing)\\s+" + PERSON),
            Wording.wholeWords("(?:ensures?|ensuring|makes?\\s+sure|making\\s+sure)\\s+" + PERSON));

    R24SelfDetermination() {
        super("R24", Area.ROLES, Strength.INFERRED,
                Citations.cite(Citations.TRANSCOM, "How do we define \"peer support worker\"?"));
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            for (Duty duty : role.getDuties()) {
                check(context, duty, duty.getDescription(), "The " + role.getTitle() + " role's duty");
            }
            if (role.getJobDescription() != null) {
                for (Responsibility responsibility : role.getJobDescription().getResponsibilities()) {
                    for (String text : responsibility.getDuties()) {
                        check(context, responsibility, text, "The " + role.getTitle() + " job description's duty");
                    }
                }
            }
        }
    }

    private static void check(RuleContext context, EObject element, String text, String subject) {
        List<String> found = Wording.find(text, COERCIVE);
        if (!found.isEmpty()) {
            context.report(element, subject + " '" + text + "' is worded as making the person comply ("
                    + Wording.quoted(found) + "): peer duties support the person's own choices in a mutual"
                    + " relationship, so reword it around what the person wants or give it to other staff.");
        }
    }
}
