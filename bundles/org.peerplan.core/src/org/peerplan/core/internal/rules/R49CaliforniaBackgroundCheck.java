package org.peerplan.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.RuleContext;
import org.peerplan.core.validation.StateRule;
import org.peerplan.core.validation.Strength;
import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.PeerRole;

/**
 * R49 (California): the pre-hire background check includes Megan's Law and Live Scan, a DMV history when the role
 * drives, and the offer is contingent on passing it.
 */
final class R49CaliforniaBackgroundCheck extends StateRule {

    R49CaliforniaBackgroundCheck() {
        super("R49", Area.HIRING, Strength.EXPLICIT,
                Citations.cite(Citations.WISE, "Recommended Peer Onboarding Procedures › Pre-Selection"), "CA");
    }

    @Override
    public void check(RuleContext context) {
        for (PeerRole role : context.plan().getRoles()) {
            BackgroundCheck check = role.getBackgroundCheck();
            if (check == null) {
                context.report(role, "The " + role.getTitle() + " role has no pre-hire background check: in"
                        + " California plan a Megan's Law check and Live Scan" + (role.isDrives() ? ", a DMV history"
                                : "") + ", and make the offer contingent on passing.");
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (!check.isMegansLaw()) {
                missing.add("a Megan's Law check");
            }
            if (!check.isLiveScan()) {
                missing.add("Live Scan fingerprinting");
            }
            if (role.isDrives() && !check.isDmvHistory()) {
                missing.add("a DMV history (the role drives)");
            }
            if (!check.isOfferContingent()) {
                missing.add("an offer contingent on passing it");
            }
            if (!missing.isEmpty()) {
                context.report(check, "The " + role.getTitle() + " role's pre-hire background check lacks "
                        + Wording.list(missing) + ", which California agencies need.");
            }
        }
    }
}
