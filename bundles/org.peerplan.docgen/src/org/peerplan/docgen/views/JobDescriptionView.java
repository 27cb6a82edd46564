package org.peerplan.docgen.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Qualification;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;

/**
 * The values of D12, the job description and announcement: per role the five components of a job description
 * (DOMAIN §6.8: function, reporting relationships, responsibilities, qualifications, employment conditions) and the
 * announcement's terms: lived experience for the population served, pay, hours, certification and background check.
 */
final class JobDescriptionView {

    private JobDescriptionView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog) {
        Map<String, Object> view = new LinkedHashMap<>();
        boolean california = "CA".equalsIgnoreCase(Formats.text(plan.getAgency().getState()).strip());
        view.put("california", california);
        view.put("jobs", plan.getRoles().stream().map(r -> job(r, catalog, california)).toList());
        return view;
    }

    private static Map<String, Object> job(PeerRole role, Catalog catalog, boolean california) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", Formats.text(role.getTitle()));
        view.put("program", RoleFacts.program(role));
        JobDescription jd = role.getJobDescription();
        view.put("hasJobDescription", jd != null);
        view.put("approved", jd == null || jd.getApprovedOn() == null ? "Not yet approved."
                : "Approved on " + Formats.date(jd.getApprovedOn()) + ".");
        view.put("reviewed", jd != null && jd.isReviewedByPeerExperienced()
                ? "Reviewed by someone experienced in peer work."
                : "Not yet reviewed by someone experienced in peer work.");
        view.put("reviewedByPeer", jd != null && jd.isReviewedByPeerExperienced());
        view.put("function", jd == null ? "" : Formats.text(jd.getFunction()).strip());
        view.put("supervisorTitle", jd == null || Formats.text(jd.getSupervisorTitle()).isBlank() ? "not named"
                : jd.getSupervisorTitle().strip());
        view.put("reporting", jd == null ? "" : Formats.text(jd.getReportingRelationships()).strip());
        view.put("responsibilities", jd == null ? List.of() : jd.getResponsibilities().stream().map(r -> Map.of("area",
                Formats.text(r.getArea()), "duties", r.getDuties().stream().map(Formats::text).toList())).toList());
        view.put("required", jd == null ? List.of() : qualifications(jd, true));
        view.put("preferred", jd == null ? List.of() : qualifications(jd, false));
        view.put("conditions", jd == null ? "" : Formats.text(jd.getEmploymentConditions()).strip());

        view.put("population", RoleFacts.population(role, catalog));
        String standard = RoleFacts.requirement(role, catalog).map(LivedExperienceRequirementDef::getText).orElse("");
        view.put("hasStandard", !standard.isBlank());
        view.put("standard", standard);
        view.put("livedExperience", RoleFacts.livedExperience(role));
        String payRange = jd == null ? "" : Formats.text(jd.getPayRange()).strip();
        view.put("pay", !payRange.isEmpty() ? payRange
                : role.getHourlyRate() != null ? Formats.rate(role.getHourlyRate()) + " an hour" : "not set");
        view.put("hours", RoleFacts.hours(role));
        view.put("fte", RoleFacts.fte(role.getFte()));
        view.put("certification", certification(role));
        view.put("background", background(role, california));
        return view;
    }

    /** The required or the preferred qualifications, in the plan's order (which is their order of importance). */
    private static List<Map<String, Object>> qualifications(JobDescription jd, boolean required) {
        return jd.getQualifications().stream().filter(q -> q.isRequired() == required)
                .map(JobDescriptionView::qualification).toList();
    }

    private static Map<String, Object> qualification(Qualification qualification) {
        return Map.of("text", Formats.text(qualification.getText()), "livedExperience",
                qualification.isLivedExperience());
    }

    private static String certification(PeerRole role) {
        String certification = Formats.text(role.getCertification()).strip();
        if (certification.isEmpty()) {
            return "No certification required.";
        }
        int months = role.getCertificationWithinMonths();
        return months > 0 ? certification + ", within " + months + " month" + (months == 1 ? "" : "s") + " of hire."
                : certification + ", at hire.";
    }

    /**
     * The background check's parts, each with whether it is there. For California agencies (R49) a missing Megan's
     * Law check, Live Scan, DMV history for a role that drives, or contingent offer is marked as a problem.
     */
    private static List<Map<String, Object>> background(PeerRole role, boolean california) {
        BackgroundCheck check = role.getBackgroundCheck();
        List<Map<String, Object>> items = new ArrayList<>();
        if (check == null) {
            items.add(item("Pre-hire background check", california ? "None recorded: California agencies need a"
                    + " Megan's Law check and Live Scan" + (role.isDrives() ? ", a DMV history (the role drives)" : "")
                    + ", with the offer contingent on passing." : "None recorded.", california));
            return items;
        }
        items.add(part("Megan's Law check", check.isMegansLaw(), california));
        items.add(part("Live Scan fingerprinting", check.isLiveScan(), california));
        if (role.isDrives()) {
            items.add(item("DMV driving record", check.isDmvHistory() ? "Included: the role drives."
                    : "Missing, though the role drives.", california && !check.isDmvHistory()));
        } else {
            items.add(item("DMV driving record", check.isDmvHistory() ? "Included." : "Not needed: the role does not"
                    + " drive.", false));
        }
        items.add(item("Offer contingent on passing the check", check.isOfferContingent() ? "Yes."
                : california ? "No: the offer must be contingent on passing." : "No.",
                california && !check.isOfferContingent()));
        return items;
    }

    private static Map<String, Object> part(String name, boolean included, boolean required) {
        return item(name, included ? "Included." : required ? "Missing." : "Not included.", required && !included);
    }

    private static Map<String, Object> item(String name, String status, boolean problem) {
        return Map.of("name", name, "status", status, "problem", problem);
    }
}
