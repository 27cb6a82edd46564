package org.peerplan.core.internal.rules;

import java.util.List;

import org.peerplan.core.validation.Rule;

/** The rules of DOMAIN §9's area "Training, certification and continuing education". */
final class TrainingRules {

    private TrainingRules() {
    }

    static List<Rule> all() {
        return List.of(
                new R50CertificationWindow(),
                new R51CaliforniaContinuingEducation(),
                new R52SessionAttendance(),
                new R53ManagersAndStaffApart(),
                new R54PrerequisiteFirst(),
                new R55WeekOneOrientation(),
                new R56SelfCareTraining(),
                new R57TrainingListValue());
    }
}
