package org.peerplan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Node;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.PeerRole;

/** The workbench as a consultant sees it: real SWT widgets, driven directly, with a screenshot of the result. */
class PlanWorkbenchTest {

    private static Path example() {
        return Path.of(System.getProperty("peerplan.home")).resolve("examples/riverbend.peerplan");
    }

    @Test
    void explorerShowsTheExamplePlanAndDetailsFollowTheSelection() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatformUI.getWorkbench().showPerspective(PlanPerspective.ID, page.getWorkbenchWindow());
        PlanExplorerView explorer = (PlanExplorerView) page.showView(PlanExplorerView.ID);
        DetailsView details = (DetailsView) page.showView(DetailsView.ID);

        explorer.open(example());
        settle();
        ImplementationPlan plan = explorer.plan();
        assertEquals("Plan Explorer: " + plan.getAgency().getName(), explorer.getPartName());

        TreeItem root = explorer.viewer().getTree().getItem(0);
        assertTrue(root.getText().contains(plan.getName()), root.getText());
        List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.size() >= 8, "the plan's parts are listed: " + children);
        assertTrue(children.stream().anyMatch(text -> text.contains("Agency")), children.toString());

        page.activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(plan.getAgency()), true);
        settle();
        List<String> properties = Arrays.stream(details.viewer().getTable().getItems()).map(item -> item.getText(0))
                .toList();
        assertTrue(properties.contains("Name") && properties.contains("State"), properties.toString());
        TableItem name = details.viewer().getTable().getItem(properties.indexOf("Name"));
        assertEquals(plan.getAgency().getName(), name.getText(1));

        screenshot(page.getWorkbenchWindow().getShell(), Path.of("target/screenshots/plan-explorer.png"));
    }

    @Test
    void diagramViewDrawsThePlansDiagramsAndAClickSelectsTheElement() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatformUI.getWorkbench().showPerspective(PlanPerspective.ID, page.getWorkbenchWindow());
        PlanExplorerView explorer = (PlanExplorerView) page.showView(PlanExplorerView.ID);
        DiagramView diagrams = (DiagramView) page.showView(DiagramView.ID);
        DetailsView details = (DetailsView) page.showView(DetailsView.ID);
        explorer.open(example());
        settle();
        ImplementationPlan plan = explorer.plan();
        List<DiagramKind> kinds = diagrams.diagrams().stream().map(Diagram::kind).distinct().toList();
        assertEquals(List.of(DiagramKind.values()), kinds, "every kind is offered");
        assertEquals(plan.getRootCauseAnalyses().size(),
                diagrams.diagrams().stream().filter(d -> d.kind() == DiagramKind.FISHBONE).count());

        Diagram supervision = diagrams.diagrams().stream().filter(d -> d.kind() == DiagramKind.SUPERVISION)
                .findFirst().orElseThrow();
        diagrams.show(diagrams.diagrams().indexOf(supervision));
        PeerRole role = plan.getRoles().get(0);
        Node node = supervision.nodes().stream().filter(n -> role.eResource().getURIFragment(role).equals(n.ref()))
                .findFirst().orElseThrow();
        page.activate(diagrams);
        Event click = new Event();
        click.x = (int) node.box().centerX();
        click.y = (int) node.box().centerY();
        click.button = 1;
        diagrams.canvas().notifyListeners(SWT.MouseDown, click);
        settle();
        List<String> values = Arrays.stream(details.viewer().getTable().getItems()).map(item -> item.getText(1))
                .toList();
        assertTrue(values.contains(role.getTitle()), "the details show the clicked role: " + values);

        screenshot(page.getWorkbenchWindow().getShell(), Path.of("target/screenshots/diagram-view.png"));
        assertTrue(inkShare(diagrams.canvas()) > 0.02, "the canvas shows the diagram");
    }

    /** The share of the control's visible pixels that are not white. */
    private static double inkShare(Control control) {
        Rectangle visible = control.getParent().getClientArea();
        Image image = new Image(control.getDisplay(), visible.width, visible.height);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            long ink = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    ink += rgb.red + rgb.green + rgb.blue < 3 * 240 ? 1 : 0;
                }
            }
            return (double) ink / ((long) data.width * data.height);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Let SWT lay out and paint before the widgets are read.
        }
    }

    private static void screenshot(Shell shell, Path file) throws Exception {
        shell.setSize(1280, 800);
        shell.forceActive();
        settle();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertTrue(Files.size(file) > 0);
    }
}
