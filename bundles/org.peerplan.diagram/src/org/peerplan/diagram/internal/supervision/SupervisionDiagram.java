package org.peerplan.diagram.internal.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.core.validation.Area;
import org.peerplan.core.validation.Finding;
import org.peerplan.core.validation.RuleTitles;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Edge;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.Shape;
import org.peerplan.diagram.Style;
import org.peerplan.diagram.layout.Frame;
import org.peerplan.diagram.layout.LayeredLayout;
import org.peerplan.diagram.layout.LegendEntry;
import org.peerplan.diagram.layout.Nodes;
import org.peerplan.diagram.plan.DiagramBuilder;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.text.TextMetrics;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

/**
 * Draws the chart bottom-up in three rows: peer roles, their supervisors, and the high-level administrators at the
 * top. A role's "reports to" line goes straight to whoever it names; the two kinds of supervision are told apart by
 * line style. Findings of the staffing and onboarding rules about a role or person mark that box and name the rules.
 */
public final class SupervisionDiagram implements DiagramBuilder {

    private static final double TEXT_WIDTH = 170;
    private static final double NAME_SIZE = 11;
    private static final double DETAIL_SIZE = TextMetrics.SMALLEST;
    private static final Style ADMINISTRATIVE = Palette.LINE;
    private static final Style DEVELOPMENT = new Style(null, Palette.BLUISH_GREEN, 1.5, "7 4", Palette.TEXT);
    private static final Style REPORTS_TO = new Style(null, Palette.BLUE, 2.5, null, Palette.TEXT);
    private static final Style PERSON = new Style("#eeeeee", "#404040", 1, null, Palette.TEXT);
    private static final Style ADMINISTRATOR = new Style("#d9d9d9", Palette.BLACK, 1.5, null, Palette.TEXT);

    @Override
    public List<Diagram> build(DiagramInput input) {
        Diagram diagram = new Diagram(DiagramKind.SUPERVISION, "supervision", "Supervision of peer staff")
                .description(description(input));
        Map<EObject, List<Finding>> findings = input.report().findings().stream()
                .filter(f -> f.area() == Area.STAFFING || f.area() == Area.ONBOARDING || f.area() == Area.ROLES)
                .filter(f -> f.element() instanceof PeerRole || f.element() instanceof Person)
                .collect(Collectors.groupingBy(Finding::element, LinkedHashMap::new, Collectors.toList()));
        LayeredLayout layout = new LayeredLayout(LayeredLayout.Flow.TOP_DOWN).spacing(28, 64);
        Map<Person, Node> people = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (PeerRole role : input.plan().getRoles()) {
            Node roleNode = box(role, role.getTitle(), roleDetail(role), findings, Palette.NORMAL);
            nodes.add(roleNode);
            layout.column(roleNode, 2);
            link(role.getReportsTo(), roleNode, REPORTS_TO, people, nodes, edges, layout, findings);
            link(role.getAdministrativeSupervisor(), roleNode, ADMINISTRATIVE, people, nodes, edges, layout, findings);
            link(role.getProfessionalDevelopmentSupervisor(), roleNode, DEVELOPMENT, people, nodes, edges, layout,
                    findings);
        }
        layout.apply(nodes, edges);
        nodes.forEach(diagram::add);
        edges.forEach(diagram::add);
        return List.of(Frame.finish(diagram, input.subtitle(), legend()));
    }

    private static String description(DiagramInput input) {
        return "Who supervises each of the " + input.plan().getRoles().size()
                + " peer roles administratively and for professional development, and whom each role reports to.";
    }

    private static String roleDetail(PeerRole role) {
        String holders = role.getHolders().stream().map(Person::getName).collect(Collectors.joining(", "));
        return role.getFte() + " FTE" + (holders.isEmpty() ? " · not yet filled" : " · " + holders);
    }

    /** Draws a line from the role up to {@code supervisor}, adding the supervisor's box the first time. */
    private static void link(Person supervisor, Node role, Style style, Map<Person, Node> people, List<Node> nodes,
            List<Edge> edges, LayeredLayout layout, Map<EObject, List<Finding>> findings) {
        if (supervisor == null) {
            return;
        }
        Node node = people.computeIfAbsent(supervisor, p -> {
            Node created = personNode(p, findings);
            nodes.add(created);
            layout.column(created, p.isHighLevelAdministrator() ? 0 : 1);
            return created;
        });
        String id = role.id() + "-" + node.id() + "-" + edges.size();
        edges.add(new Edge(id, role, node, style).withArrow());
    }

    private static Node personNode(Person person, Map<EObject, List<Finding>> findings) {
        List<String> facts = new ArrayList<>();
        facts.add(person.getTitle() == null ? "" : person.getTitle());
        if (person.isPeer()) {
            facts.add("lived experience");
        }
        if (person.isHighLevelAdministrator()) {
            facts.add("high-level administrator");
        }
        return box(person, person.getName(), String.join(" · ", facts.stream().filter(f -> !f.isBlank()).toList()),
                findings, person.isHighLevelAdministrator() ? ADMINISTRATOR : PERSON);
    }

    /** A box with a bold name, a line of detail, and the rules broken, if any, in a problem style. */
    private static Node box(EObject element, String name, String detail, Map<EObject, List<Finding>> findings,
            Style style) {
        List<Finding> broken = findings.getOrDefault(element, List.of());
        List<Label> labels = new ArrayList<>();
        labels.add(TextMetrics.label(name, TEXT_WIDTH, NAME_SIZE, true));
        if (!detail.isBlank()) {
            labels.add(TextMetrics.label(detail, TEXT_WIDTH, DETAIL_SIZE, false).color(Palette.MUTED_TEXT));
        }
        if (!broken.isEmpty()) {
            broken.stream().map(Finding::ruleId).distinct().forEach(rule -> labels.add(
                    TextMetrics.label("⚠ Not met: " + RuleTitles.of(rule), TEXT_WIDTH, DETAIL_SIZE, true)
                            .color(Palette.VERMILLION)));
        }
        Style drawn = broken.isEmpty() ? style : Palette.PROBLEM.withFill(style.fill());
        String ref = DiagramInput.ref(element);
        Node node = Nodes.stack(ref, Shape.ROUNDED, drawn, labels, Label.Align.MIDDLE, TEXT_WIDTH + 2 * Nodes.PADDING,
                0, 0).ref(ref);
        if (!broken.isEmpty()) {
            node.tooltip(broken.stream().map(f -> f.message() + " (" + f.ruleId() + ", " + f.citation() + ")")
                    .collect(Collectors.joining("\n")));
        }
        return node;
    }

    private static List<LegendEntry> legend() {
        return List.of(new LegendEntry(Shape.ROUNDED, Palette.NORMAL, "peer role"),
                new LegendEntry(Shape.ROUNDED, PERSON, "supervisor"),
                new LegendEntry(Shape.ROUNDED, ADMINISTRATOR, "high-level administrator"),
                new LegendEntry(Shape.LINE, REPORTS_TO, "reports to"),
                new LegendEntry(Shape.LINE, ADMINISTRATIVE, "administrative supervision"),
                new LegendEntry(Shape.LINE, DEVELOPMENT, "professional-development supervision"),
                new LegendEntry(Shape.ROUNDED, Palette.PROBLEM, "a staffing or supervision rule not met (named)"));
    }
}
