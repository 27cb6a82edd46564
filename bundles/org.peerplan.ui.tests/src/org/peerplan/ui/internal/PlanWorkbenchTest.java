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
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.peerplan.model.ImplementationPlan;

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
