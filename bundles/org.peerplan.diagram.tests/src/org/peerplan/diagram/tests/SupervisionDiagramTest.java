package org.peerplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.Palette;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.model.Person;

class SupervisionDiagramTest {

    @Test
    void everyRoleAndSupervisorAppearsOnceAndTheLayoutIsClean() throws Exception {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        LayoutInvariants.assertClean(diagram);
        Set<String> expected = plan.getRoles().stream()
                .flatMap(r -> java.util.stream.Stream.of(r, r.getReportsTo(), r.getAdministrativeSupervisor(),
                        r.getProfessionalDevelopmentSupervisor()))
                .filter(java.util.Objects::nonNull).map(e -> DiagramInput.ref((org.eclipse.emf.ecore.EObject) e))
                .collect(Collectors.toSet());
        List<String> drawn = diagram.nodes().stream().map(Node::ref).toList();
        assertTrue(drawn.containsAll(expected), "drawn " + drawn + ", expected " + expected);
        assertEquals(drawn.size(), Set.copyOf(drawn).size(), "each element once");
        Drawings.keep(diagram);
    }

    @Test
    void supervisorsSitBetweenRolesAndTheHighLevelAdministrator() {
        ImplementationPlan plan = Example.plan();
        Diagram diagram = draw(plan);
        PeerRole role = plan.getRoles().get(0);
        Person administrator = role.getReportsTo();
        assertTrue(administrator.isHighLevelAdministrator(), "the example's role reports to an administrator");
        assertTrue(node(diagram, administrator).box().bottom() < node(diagram, role.getAdministrativeSupervisor())
                .box().y() || role.getAdministrativeSupervisor() == administrator, "supervisors come next");
        assertTrue(node(diagram, administrator).box().bottom() < node(diagram, role).box().y(),
                "the administrator is drawn above the role");
    }

    @Test
    void aRoleWithoutAPeerDevelopmentSupervisorIsMarkedWithWhatIsMissing() {
        ImplementationPlan plan = Example.plan();
        PeerRole role = plan.getRoles().get(0);
        role.setProfessionalDevelopmentSupervisor(null);
        Node node = node(draw(plan), role);
        assertEquals(Palette.PROBLEM.stroke(), node.style().stroke());
        assertTrue(node.labels().stream().anyMatch(l -> l.text().equals(
                "⚠ Not met: Development supervision by an experienced peer")), node.labels().toString());
        assertTrue(node.labels().stream().noneMatch(l -> l.text().matches("(?s).*\\bR\\d+\\b.*")),
                "no bare rule id in the drawing: " + node.labels());
        assertTrue(node.tooltip().contains("(R6, [003"), "the id and the source stay as details: " + node.tooltip());
    }

    private static Node node(Diagram diagram, org.eclipse.emf.ecore.EObject element) {
        return diagram.nodes().stream().filter(n -> DiagramInput.ref(element).equals(n.ref())).findFirst()
                .orElseThrow();
    }

    private static Diagram draw(ImplementationPlan plan) {
        return PlanDiagrams.build(DiagramKind.SUPERVISION, Example.input(plan)).get(0);
    }
}
