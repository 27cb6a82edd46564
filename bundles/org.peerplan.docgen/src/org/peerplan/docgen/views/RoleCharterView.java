package org.peerplan.docgen.views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.core.validation.ValidationReport;
import org.peerplan.model.Agency;
import org.peerplan.model.Duty;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PeerSupervisorSource;
import org.peerplan.model.Person;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.RoleMisfitCategory;

/**
 * The values of D11, the peer role charter: each role's purpose, people, pay, supervision and duties (with the
 * conflicts the consultant flagged and the validator found), the duties no peer role takes on, the peer-to-peer
 * interaction plan and the career ladder.
 */
final class RoleCharterView {

    /** The rules that report a role's individual duties (DOMAIN §9.2): the findings D11 shows beside each duty. */
    private static final Set<String> DUTY_RULES = Set.of("R14", "R15", "R16", "R17", "R18", "R19", "R20", "R21");

    private RoleCharterView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog, ValidationReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (PeerRole role : plan.getRoles()) {
            roles.add(role(role, plan.getAgency(), catalog, report));
        }
        view.put("roles", roles);
        view.put("roleCount", roles.size());
        view.put("totalFte", RoleFacts.fte(plan.getRoles().stream().mapToDouble(PeerRole::getFte).sum()));
        view.put("outOfScope", catalog.getConflictingDuties().stream().map(RoleCharterView::outOfScope).toList());
        view.put("interaction", plan.getSupervision() == null ? List.of()
                : plan.getSupervision().getPeerInteraction().stream().map(RoleCharterView::event).toList());
        return view;
    }

    private static Map<String, Object> role(PeerRole role, Agency agency, Catalog catalog, ValidationReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", Formats.text(role.getTitle()));
        view.put("type", role.getType() == null ? "not stated" : Formats.words(role.getType()));
        view.put("program", RoleFacts.program(role));
        boolean hasPurpose = role.getJobDescription() != null && !Formats.text(role.getJobDescription().getFunction())
                .isBlank();
        view.put("hasPurpose", hasPurpose);
        view.put("purpose", hasPurpose ? role.getJobDescription().getFunction().strip() : "");
        view.put("population", RoleFacts.population(role, catalog));
        view.put("livedExperience", RoleFacts.livedExperience(role));
        view.put("fte", RoleFacts.fte(role.getFte()));
        view.put("hours", RoleFacts.hours(role));
        view.put("rate", role.getHourlyRate() == null ? "no hourly rate set" : Formats.rate(role.getHourlyRate())
                + " an hour");
        view.put("payPattern", payPattern(role.getPayPattern()));
        view.put("payPatternProblem", role.getPayPattern() == PayPattern.LOWEST_IN_ORG
                || role.getPayPattern() == PayPattern.EQUAL_ENTRY_LEVEL);
        view.put("benchmarked", role.isPayBenchmarked() ? "Benchmarked against other organizations"
                : "Not benchmarked against other organizations");
        view.put("payBenchmarked", role.isPayBenchmarked());
        view.put("livingWage", comparison(role.getHourlyRate(), agency.getLivingWageHourly(), "the living wage"));
        view.put("belowLivingWage", below(role.getHourlyRate(), agency.getLivingWageHourly()));
        view.put("entryLevel", comparison(role.getHourlyRate(), agency.getEntryLevelDirectSupportRate(),
                "the entry-level direct-support rate"));
        view.put("atOrBelowEntryLevel", role.getHourlyRate() != null && agency.getEntryLevelDirectSupportRate() != null
                && role.getHourlyRate().compareTo(agency.getEntryLevelDirectSupportRate()) <= 0);
        view.put("reportsTo", person(role.getReportsTo()));
        view.put("reportsToHighLevel", role.getReportsTo() != null && role.getReportsTo().isHighLevelAdministrator());
        view.put("administrative", person(role.getAdministrativeSupervisor()));
        Person development = role.getProfessionalDevelopmentSupervisor();
        view.put("development", person(development));
        view.put("hasDevelopment", development != null);
        view.put("developmentIsPeer", development != null && development.isPeer());
        view.put("developmentPeer", development == null ? "" : development.isPeer() ? "Has worked in a peer role"
                : "Has not worked in a peer role");
        view.put("source", source(role));
        view.put("noPeerSource", role.getSupervisorSource() == null
                || role.getSupervisorSource() == PeerSupervisorSource.NONE);
        view.put("checkIns", role.getCheckInFrequency() == null ? "None" : Formats.words(role.getCheckInFrequency()));
        view.put("caseload", role.isCaseload());
        view.put("duties", role.getDuties().stream().map(d -> duty(d, report)).toList());
        view.put("ladder", role.getCareerLadder().stream().map(s -> Map.of("title", Formats.text(s.getTitle()),
                "description", Formats.text(s.getDescription()))).toList());
        return view;
    }

    private static Map<String, Object> duty(Duty duty, ValidationReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("description", Formats.text(duty.getDescription()));
        view.put("routine", duty.isRoutine() ? "Routine" : "Occasional");
        ConflictingDutyDef conflict = duty.getConflictsWith();
        boolean flagged = conflict != null && !conflict.eIsProxy();
        view.put("flagged", flagged);
        view.put("conflict", flagged ? conflict.getCode() + " " + conflict.getName() + " (" + categories(conflict)
                + ")" : "");
        String justification = Formats.text(duty.getJustification()).strip();
        view.put("justified", !justification.isEmpty());
        view.put("justification", justification);
        List<Map<String, Object>> findings = report.findings().stream()
                .filter(f -> f.element() == duty && DUTY_RULES.contains(f.ruleId())).map(RoleCharterView::finding)
                .toList();
        view.put("findings", findings);
        view.put("consistent", !flagged && findings.isEmpty());
        return view;
    }

    private static Map<String, Object> finding(Finding finding) {
        return Map.of("severity", finding.severity().name().toLowerCase(Locale.ROOT), "rule", finding.ruleId(),
                "title", RuleTitles.of(finding.ruleId()), "message", finding.message());
    }

    private static Map<String, Object> outOfScope(ConflictingDutyDef duty) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", Formats.text(duty.getCode()));
        view.put("name", Formats.text(duty.getName()));
        view.put("why", Formats.text(duty.getText()));
        view.put("categories", categories(duty));
        String alternative = Formats.text(duty.getConsistentAlternative()).strip();
        view.put("hasAlternative", !alternative.isEmpty());
        view.put("alternative", alternative);
        return view;
    }

    private static Map<String, Object> event(PeerInteractionEvent event) {
        return Map.of("name", Formats.text(event.getName()), "frequency", event.getFrequency() == null ? "not set"
                : Formats.words(event.getFrequency()), "byPeer", event.isFacilitatedByPeer() ? "Yes" : "No",
                "facilitatedByPeer", event.isFacilitatedByPeer());
    }

    private static String payPattern(PayPattern pattern) {
        return switch (pattern == null ? PayPattern.NOT_ASSESSED : pattern) {
            case NOT_ASSESSED -> "not assessed";
            case LOWEST_IN_ORG -> "the lowest in the organization";
            case EQUAL_ENTRY_LEVEL -> "equal to the entry-level rate";
            case ABOVE_ENTRY_LEVEL -> "above the entry-level rate";
        };
    }

    /** The misfit categories in words: "power imbalance, agenda". */
    static String categories(ConflictingDutyDef duty) {
        String names = duty.getCategories().stream().map(RoleCharterView::category).collect(Collectors.joining(", "));
        return names.isEmpty() ? "no category" : names;
    }

    private static String category(RoleMisfitCategory category) {
        return switch (category) {
            case BUSY_WORK -> "busy work";
            case AGENDA -> "agenda";
            case POWER_IMBALANCE -> "power imbalance";
            case SELF_DETERMINATION -> "self-determination";
        };
    }

    /** "Tamika Brooks, MSW, CPSS (Director of Peer Services)", with the organization of someone outside. */
    static String person(Person person) {
        if (person == null) {
            return "nobody assigned";
        }
        List<String> about = new ArrayList<>();
        if (!Formats.text(person.getTitle()).isBlank()) {
            about.add(person.getTitle().strip());
        }
        if (!Formats.text(person.getOrganization()).isBlank()) {
            about.add(person.getOrganization().strip());
        }
        return Formats.text(person.getName()) + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
    }

    private static String source(PeerRole role) {
        PeerSupervisorSource source = role.getSupervisorSource() == null ? PeerSupervisorSource.NONE
                : role.getSupervisorSource();
        String text = switch (source) {
            case NONE -> "None: no source of peer supervision recorded";
            case ON_STAFF_EXPERIENCED_PEER -> "An experienced peer worker on staff";
            case CONTRACTED_OTHER_AGENCY -> "Contracted from another agency";
            case LOCAL_PEER_RUN_AGENCY -> "A local peer-run agency";
            case REMOTE -> "Remote supervision from an organization further away";
            case PEER_NETWORKING_GROUP -> "A local peer networking group";
            case SUBCONTRACTED_EMPLOYER -> "A sub-contracted employer whose supervisor has peer experience";
        };
        BigDecimal contracted = role.getContractedSupervisionPerYear();
        return contracted != null && contracted.signum() > 0 ? text + ", under a contract of "
                + Formats.money(contracted) + " a year" : text;
    }

    /** "$1.70 an hour above the living wage ($26.80)". */
    private static String comparison(BigDecimal rate, BigDecimal benchmark, String name) {
        if (benchmark == null) {
            return "The agency has not recorded " + name + ".";
        }
        if (rate == null) {
            return Formats.rate(benchmark) + " is " + name + "; the role has no rate to compare.";
        }
        int sign = rate.compareTo(benchmark);
        if (sign == 0) {
            return "Equal to " + name + " (" + Formats.rate(benchmark) + ").";
        }
        return Formats.rate(rate.subtract(benchmark).abs()) + " an hour " + (sign > 0 ? "above " : "below ") + name
                + " (" + Formats.rate(benchmark) + ").";
    }

    private static boolean below(BigDecimal rate, BigDecimal benchmark) {
        return rate != null && benchmark != null && rate.compareTo(benchmark) < 0;
    }
}
