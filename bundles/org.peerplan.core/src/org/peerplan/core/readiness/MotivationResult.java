package org.peerplan.core.readiness;

/**
 * The balance of the motivation self-assessment. The source reads an agency as not ready when it struggled to answer
 * any question or had much more to say about its concerns than about its motivation.
 *
 * @param unanswered      questions with no answer
 * @param struggled       answers marked as a struggle
 * @param motivationWords words written for the motivation questions (MSA-1..3)
 * @param concernWords    words written for the concern questions (MSA-4..6)
 */
public record MotivationResult(int unanswered, int struggled, int motivationWords, int concernWords) {

    /**
     * How much more the concerns say than the motivation before the balance counts as tipped. The source gives no
     * number; this is PeerPlan's reading of "much more", stated in the validation message.
     */
    public static final double CONCERN_RATIO = 1.5;

    public boolean concernsOutweighMotivation() {
        return concernWords > CONCERN_RATIO * Math.max(motivationWords, 1);
    }

    /** The source's verdict: gather more information and evaluate further before implementing. */
    public boolean gatherMoreInformation() {
        return unanswered > 0 || struggled > 0 || concernsOutweighMotivation();
    }
}
