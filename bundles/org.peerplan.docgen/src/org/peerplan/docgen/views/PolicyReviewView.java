package org.peerplan.docgen.views;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.peerplan.model.Action;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PlanningStatus;
import org.peerplan.model.Policy;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.PlanningDomain;
import org.peerplan.model.catalog.PlanningItemDef;
import org.peerplan.model.catalog.PolicyCheckItemDef;
import org.peerplan.model.catalog.RiskFactorDef;

/**
 * The values of D4, the policy review report: the Stage 2 checklist findings with their evidence and the actions
 * that resolve them, the agency's policies, the system-wide planning matrix and the thirteen psychosocial risk
 * factors. Every catalog item appears, reviewed or not, in the catalog's order.
 */
final class PolicyReviewView {

    /** The order the board reads planning statuses in: what is done first, what nobody has looked at last. */
    private static final List<PlanningStatus> PLANNING_ORDER = List.of(PlanningStatus.IN_PLACE,
            PlanningStatus.IN_PROGRESS, PlanningStatus.NOT_STARTED, PlanningStatus.NOT_APPLICABLE,
            PlanningStatus.NOT_ASSESSED);

    private static final List<FindingStatus> FINDING_ORDER = List.of(FindingStatus.ALIGNED,
            FindingStatus.NEEDS_REVISION, FindingStatus.BARRIER, FindingStatus.NOT_REVIEWED);

    private PolicyReviewView() {
    }

    static Map<String, Object> of(ImplementationPlan plan, Catalog catalog) {
        PolicyReview review = plan.getPolicyReview();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reviewer", review.getReviewer() == null ? "" : Formats.text(review.getReviewer().getName()));
        view.put("reviewed", review.getReviewer() != null || review.getReviewedOn() != null);
        view.put("reviewedOn", Formats.date(review.getReviewedOn()));
        findings(plan, catalog, view);
        policies(review, view);
        planning(plan, catalog, view);
        riskFactors(plan, catalog, view);
        return view;
    }

    private static void findings(ImplementationPlan plan, Catalog catalog, Map<String, Object> view) {
        List<PolicyFinding> recorded = plan.getPolicyReview().getFindings();
        Map<FindingStatus, Integer> counts = new EnumMap<>(FindingStatus.class);
        Map<String, List<Map<String, Object>>> byArea = new LinkedHashMap<>();
        int needWork = 0;
        int unaddressed = 0;
        List<PolicyCheckItemDef> items = new ArrayList<>(catalog.getPolicyChecklist());
        // A finding on an item this catalog does not list still belongs in the report, after the catalog's items.
        recorded.stream().map(PolicyFinding::getItem).filter(Objects::nonNull)
                .filter(i -> items.stream().noneMatch(c -> sameCode(c, i))).forEach(items::add);
        for (PolicyCheckItemDef item : items) {
            Optional<PolicyFinding> finding = recorded.stream().filter(f -> sameCode(f.getItem(), item)).findFirst();
            FindingStatus status = finding.map(PolicyFinding::getStatus).orElse(FindingStatus.NOT_REVIEWED);
            counts.merge(status, 1, Integer::sum);
            List<Map<String, Object>> actions = finding.map(f -> plan.getActions().stream()
                    .filter(a -> a.getFindings().contains(f)).map(a -> ActionRefs.of(plan, a)).toList())
                    .orElse(List.of());
            List<String> analyses = finding.map(f -> plan.getRootCauseAnalyses().stream()
                    .filter(r -> r.getRelatedFindings().contains(f)).map(r -> Formats.text(r.getTitle())).toList())
                    .orElse(List.of());
            boolean needsWork = status == FindingStatus.NEEDS_REVISION || status == FindingStatus.BARRIER;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", Formats.text(item.getCode()));
            row.put("name", Formats.text(item.getName()));
            row.put("question", Formats.text(item.getText()));
            row.put("area", Formats.text(item.getArea()));
            row.put("status", Formats.words(status));
            row.put("statusClass", findingClass(status));
            row.put("evidence", finding.map(f -> Formats.text(f.getEvidence())).orElse(""));
            row.put("actions", actions);
            row.put("analyses", analyses);
            row.put("unaddressed", needsWork && actions.isEmpty() && analyses.isEmpty());
            byArea.computeIfAbsent(Formats.text(item.getArea()), a -> new ArrayList<>()).add(row);
            needWork += needsWork ? 1 : 0;
            unaddressed += needsWork && actions.isEmpty() && analyses.isEmpty() ? 1 : 0;
        }
        List<Map<String, Object>> areas = new ArrayList<>();
        byArea.forEach((area, rows) -> areas.add(Map.of("title", area.isEmpty() ? "Other questions" : area,
                "findings", rows)));
        view.put("areas", areas);
        view.put("questions", items.size());
        view.put("statusCounts", FINDING_ORDER.stream().map(s -> Map.of("status", Formats.words(s), "count",
                counts.getOrDefault(s, 0), "statusClass", findingClass(s))).toList());
        view.put("needWork", needWork);
        view.put("unaddressed", unaddressed);
        view.put("notReviewed", counts.getOrDefault(FindingStatus.NOT_REVIEWED, 0));
    }

    private static void policies(PolicyReview review, Map<String, Object> view) {
        List<Map<String, Object>> policies = new ArrayList<>();
        for (Policy policy : review.getPolicies()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", Formats.text(policy.getName()));
            row.put("description", Formats.text(policy.getDescription()));
            row.put("peerRolesOnly", policy.isPeerRolesOnly());
            row.put("flexible", policy.isFlexible());
            row.put("riskFactors", review.getRiskFactors().stream().filter(m -> m.getPolicies().contains(policy))
                    .map(m -> label(m.getFactor())).toList());
            policies.add(row);
        }
        view.put("policies", policies);
        view.put("peerOnlyPolicies", review.getPolicies().stream().filter(Policy::isPeerRolesOnly)
                .map(p -> Formats.text(p.getName())).toList());
        view.put("flexiblePolicies", review.getPolicies().stream().filter(Policy::isFlexible).count());
    }

    private static void planning(ImplementationPlan plan, Catalog catalog, Map<String, Object> view) {
        List<PlanningItemStatus> recorded = plan.getPolicyReview().getPlanningItems();
        List<Map<String, Object>> domains = new ArrayList<>();
        Map<PlanningStatus, Integer> totals = new EnumMap<>(PlanningStatus.class);
        for (PlanningDomain domain : PlanningDomain.VALUES) {
            List<PlanningItemDef> items = catalog.getPlanningItems().stream().filter(i -> i.getDomain() == domain)
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            Map<PlanningStatus, Integer> counts = new EnumMap<>(PlanningStatus.class);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlanningItemDef item : items) {
                Optional<PlanningItemStatus> entry = recorded.stream().filter(s -> sameCode(s.getItem(), item))
                        .findFirst();
                PlanningStatus status = entry.map(PlanningItemStatus::getStatus).orElse(PlanningStatus.NOT_ASSESSED);
                counts.merge(status, 1, Integer::sum);
                totals.merge(status, 1, Integer::sum);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", Formats.text(item.getCode()));
                row.put("name", Formats.text(item.getName()));
                row.put("text", Formats.text(item.getText()));
                row.put("status", Formats.words(status));
                row.put("statusClass", planningClass(status));
                row.put("owner", entry.map(s -> ActionRefs.owner(s.getOwner())).orElse(""));
                row.put("noOwner", entry.map(s -> s.getOwner() == null).orElse(true));
                row.put("notes", entry.map(s -> Formats.text(s.getNotes())).orElse(""));
                row.put("actions", entry.map(s -> s.getActions().stream().map(a -> ActionRefs.of(plan, a)).toList())
                        .orElse(List.of()));
                rows.add(row);
            }
            Map<String, Object> group = new LinkedHashMap<>();
            String code = items.get(0).getCode();
            group.put("title", Formats.words(domain)
                    + (code != null && code.contains("-") ? " (" + code.substring(0, code.indexOf('-')) + ")" : ""));
            group.put("anchor", "d04-domain-" + (domain.getValue() + 1));
            group.put("counts", PLANNING_ORDER.stream().map(s -> counts.getOrDefault(s, 0)).toList());
            group.put("total", items.size());
            group.put("items", rows);
            domains.add(group);
        }
        view.put("planningStatuses", PLANNING_ORDER.stream().map(Formats::words).toList());
        view.put("domains", domains);
        view.put("planningTotals", PLANNING_ORDER.stream().map(s -> totals.getOrDefault(s, 0)).toList());
        view.put("planningItems", totals.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static void riskFactors(ImplementationPlan plan, Catalog catalog, Map<String, Object> view) {
        List<RiskFactorMapping> mappings = plan.getPolicyReview().getRiskFactors();
        List<Map<String, Object>> rows = new ArrayList<>();
        int unaddressed = 0;
        for (RiskFactorDef factor : catalog.getRiskFactors()) {
            Optional<RiskFactorMapping> mapping = mappings.stream().filter(m -> sameCode(m.getFactor(), factor))
                    .findFirst();
            List<String> policies = mapping.map(m -> m.getPolicies().stream().map(p -> Formats.text(p.getName()))
                    .toList()).orElse(List.of());
            List<Action> actions = mapping.map(m -> List.copyOf(m.getActions())).orElse(List.of());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", Formats.text(factor.getCode()));
            row.put("name", Formats.text(factor.getName()));
            row.put("definition", Formats.text(factor.getText()));
            row.put("mapped", mapping.isPresent());
            row.put("practice", mapping.map(m -> Formats.text(m.getCurrentPractice())).orElse(""));
            row.put("gap", mapping.map(m -> Formats.text(m.getGap())).orElse(""));
            row.put("policies", policies);
            row.put("actions", actions.stream().map(a -> ActionRefs.of(plan, a)).toList());
            boolean addressed = !policies.isEmpty() || !actions.isEmpty();
            row.put("addressed", addressed);
            unaddressed += addressed ? 0 : 1;
            rows.add(row);
        }
        view.put("riskFactors", rows);
        view.put("riskFactorsUnaddressed", unaddressed);
    }

    private static boolean sameCode(CatalogItem a, CatalogItem b) {
        return a == b || a != null && b != null && a.getCode() != null && a.getCode().equals(b.getCode());
    }

    private static String label(CatalogItem item) {
        return item == null ? "" : Formats.text(item.getCode()) + " " + Formats.text(item.getName());
    }

    private static String findingClass(FindingStatus status) {
        return switch (status) {
            case ALIGNED -> "ok";
            case BARRIER -> "problem";
            case NEEDS_REVISION -> "flag";
            default -> "";
        };
    }

    private static String planningClass(PlanningStatus status) {
        return switch (status) {
            case IN_PLACE -> "ok";
            case NOT_ASSESSED -> "problem";
            default -> "";
        };
    }
}
