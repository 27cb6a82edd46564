package org.peerplan.core.internal.rules;

import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.Person;

/** Wording shared by the performance-management rules (R60–R65). */
final class PerformanceLookups {

    private PerformanceLookups() {
    }

    static String name(Person person) {
        return person == null || person.getName() == null ? "an unnamed employee" : person.getName();
    }

    /** "the evaluation of Jordan Lee on 2028-04-01". */
    static String evaluation(PerformanceEvaluation evaluation) {
        return "the evaluation of " + name(evaluation.getEmployee())
                + (evaluation.getDate() == null ? "" : " on " + evaluation.getDate());
    }
}
