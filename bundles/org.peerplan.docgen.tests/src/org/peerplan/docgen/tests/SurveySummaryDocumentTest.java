package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.SurveyResponse;

/**
 * D7, the recovery-orientation survey summary (DOMAIN §10): how respondents answered each statement, and the
 * statements needing action.
 */
class SurveySummaryDocumentTest {

    private static String render(ImplementationPlan plan) {
        return new DocumentGenerator(null).render(Document.D7, ExampleViews.of(plan));
    }

    @Test
    void everyStatementHasItsAnswersAndOneMostDisagreeWithNeedsAction() {
        ImplementationPlan plan = ExampleViews.plan();
        for (SurveyResponse response : plan.getReadiness().getSurveyResponses()) {
            response.getAnswers().stream().filter(a -> "ROW-3".equals(a.getItem().getCode()))
                    .forEach(a -> a.setValue(LikertAgreement.DISAGREE));
        }
        String html = render(plan);
        int responses = plan.getReadiness().getSurveyResponses().size();
        assertTrue(html.contains("answered by " + responses + " respondents, statement by statement."), html);
        for (int i = 1; i <= 11; i++) {
            assertTrue(html.contains("<td>ROW-" + i + " "), "ROW-" + i);
        }
        Matcher row3 = Pattern.compile("<tr><td>ROW-3 [^<]*<span class=\"flag\">\\(needs action\\)</span></td>"
                + "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">0</td>"
                + "<td class=\"number\">" + responses + "</td><td class=\"number\">0</td></tr>").matcher(html);
        assertTrue(row3.find(), "ROW-3's distribution, flagged");
        String action = html.substring(html.indexOf("<h2 id=\"d07-action\">"));
        assertTrue(action.contains("<li><strong>ROW-3</strong>"), action);
        assertTrue(action.contains(" — " + responses + " respondents disagree, 0 agree.</li>"), action);
        assertTrue(html.contains("PeerPlan's reading, not the toolkit's"), "the rule is said to be inferred");
    }

    @Test
    void aSurveyNobodyAnsweredSaysSo() {
        ImplementationPlan plan = ExampleViews.plan();
        plan.getReadiness().getSurveyResponses().clear();
        String html = render(plan);
        assertTrue(html.contains("answered by nobody yet"));
        assertTrue(html.contains("Nobody has answered the survey yet"));
        assertFalse(html.contains("(needs action)"));
        assertEquals(-1, html.indexOf("<li><strong>ROW-"));
    }

    @Test
    void theReadinessAssessmentNoLongerRepeatsTheSurvey() {
        String readiness = new DocumentGenerator(null).render(Document.D1, ExampleViews.example());
        assertFalse(readiness.contains("<td>ROW-1 "));
        assertTrue(readiness.contains("The recovery-orientation survey has a summary of its own."));
    }
}
