package org.peerplan.core.internal.rules;

import org.peerplan.core.validation.Strength;

/** R17: no assessments, treatment plans, progress reports or routine clinical notes. */
final class R17ClinicalPaperwork extends ConflictingDutyRule {

    R17ClinicalPaperwork() {
        super("R17", Strength.EXPLICIT, Citations.cite(Citations.HANDBOOK, "Is that really part of a 'peer' role? (Assessments; Treatment Plans)"), false, "CD-05", "CD-06", "CD-07");
    }
}
