package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.views.DiagramView;
import org.peerplan.ui.views.PlanExplorerView;

/** The Plan Explorer and the Diagrams view follow the plan editor in use. */
class ViewsTest extends WorkbenchTest {

    @Test
    void theExplorerShowsTheEditorsPlanInTheConsultantsWords() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        PlanExplorerView explorer = (PlanExplorerView) Workbench.page().showView(PlanExplorerView.ID);
        Workbench.page().activate(editor);
        Workbench.settle();
        ImplementationPlan plan = editor.plan();
        TreeItem root = explorer.viewer().getTree().getItem(0);
        assertEquals(org.peerplan.model.provider.words.PlanWords.text(plan), root.getText());
        List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.contains(plan.getAgency().getName()), children.toString());
        assertTrue(children.contains("Timeline") && children.contains("Policy review"), children.toString());
        assertTrue(children.stream().noneMatch(text -> text.startsWith("Peer Role ") || text.startsWith("Budget ")),
                children.toString());
    }

    @Test
    void theDiagramsViewDrawsThePlanAndAClickSelectsTheElement() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        DiagramView diagrams = (DiagramView) Workbench.page().showView(DiagramView.ID);
        Workbench.page().activate(editor);
        Workbench.settle();
        List<String> offered = diagrams.offered();
        for (DiagramKind kind : DiagramKind.values()) {
            assertTrue(offered.stream().anyMatch(title -> title.startsWith(kind.title())), kind + " in " + offered);
        }
        assertEquals(editor.plan().getRootCauseAnalyses().size(),
                offered.stream().filter(title -> title.startsWith(DiagramKind.FISHBONE.title())).count());
        diagrams.show(offered.indexOf(DiagramKind.SUPERVISION.title()));
        Diagram supervision = diagrams.canvas().diagram();
        assertEquals(DiagramKind.SUPERVISION, supervision.kind());
        Workbench.page().activate(diagrams);
        Workbench.settle();
        PeerRole role = editor.plan().getRoles().get(0);
        Node node = supervision.nodes().stream().filter(n -> DiagramInput.ref(role).equals(n.ref())).findFirst()
                .orElseThrow();
        ((org.eclipse.swt.custom.ScrolledComposite) diagrams.canvas().control()).setOrigin(
                (int) node.box().x() - 10, (int) node.box().y() - 10);
        Workbench.settle();
        Workbench.click(diagrams.canvas().canvas(), new Point((int) node.box().centerX(), (int) node.box()
                .centerY()), 1);
        IStructuredSelection selected = (IStructuredSelection) diagrams.getSite().getSelectionProvider()
                .getSelection();
        assertEquals(role, selected.getFirstElement());
        assertTrue(Workbench.inkShare(diagrams.canvas().canvas()) > 0.02, "the canvas shows the diagram");
        Workbench.screenshot("diagram-view");
    }
}
