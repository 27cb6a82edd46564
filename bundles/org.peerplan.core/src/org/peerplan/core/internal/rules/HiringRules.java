package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Job description, recruitment and interviewing". */
final class HiringRules {

    private HiringRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R41JobDescriptionComponents(),
                new R42PopulationAndLivedExperience(),
                new R43MoreThanLivedExperience(),
                new R44AdaInterviewQuestions(),
                new R45InterviewPanel(),
                new R46HiringRationale(),
                new R47Retitling(),
                new R48ApplicantPool(),
                new R49CaliforniaBackgroundCheck());
    }
}
