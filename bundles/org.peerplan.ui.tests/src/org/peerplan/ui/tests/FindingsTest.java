package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.Test;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerRole;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.editor.pages.RolesPage;
import org.peerplan.ui.problems.FindingMarkers;
import org.peerplan.ui.problems.FindingResolutions;
import org.peerplan.ui.problems.FindingsView;
import org.peerplan.ui.problems.PlanFiles;

/** Findings as the plan is edited: listed in Problems, opened on their element, fixed, undone and waived. */
class FindingsTest extends WorkbenchTest {

    private static final String DUTY = "Administer medication to residents at night";

    private static List<IMarker> markers(PlanEditor editor) {
        IFile file = PlanFiles.find(editor.file());
        try {
            return file == null ? List.of() : Arrays.asList(FindingMarkers.on(file));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a finding of {@code rule} that mentions the new duty is listed. */
    private static boolean has(PlanEditor editor, String rule) {
        return markers(editor).stream().anyMatch(m -> rule.equals(m.getAttribute(FindingMarkers.RULE, ""))
                && m.getAttribute(IMarker.MESSAGE, "").contains(DUTY));
    }

    @Test
    void aConflictingDutyIsFoundOpenedFixedUndoneAndWaived() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Workbench.await(() -> markers(editor).size() >= 7, "the example's findings in Problems");
        FindingsView problems = (FindingsView) Workbench.page().showView(FindingsView.ID);
        Workbench.page().activate(editor);
        PeerRole role = editor.plan().getRoles().get(0);
        RolesPage roles = Workbench.show(editor, RolesPage.ID);
        int duties = role.getDuties().size();

        Workbench.press(Workbench.buttonIn(roles.duties().section(), "Add"));
        Workbench.await(() -> role.getDuties().size() == duties + 1, "a new duty");
        Workbench.retype(DUTY);
        long typed = System.nanoTime();
        Workbench.key(SWT.CR, 0);
        Duty duty = role.getDuties().get(duties);
        Workbench.await(() -> has(editor, "R14"), "the conflicting duty's finding");
        System.out.printf("[findings speed] example: the new finding was listed %d ms after Enter%n",
                (System.nanoTime() - typed) / 1_000_000);

        Tree list = tree(problems);
        Workbench.await(() -> find(list, "Administer medication") != null, "the finding in the Problems view");
        Workbench.screenshot("problems");
        TreeItem item = find(list, "Administer medication");
        Rectangle bounds = item.getBounds();
        editor.showElement(editor.plan().getAgency());
        Workbench.click(list, new Point(bounds.x + 40, bounds.y + bounds.height / 2), 2);
        Workbench.await(() -> editor.selection() instanceof IStructuredSelection chosen
                && chosen.getFirstElement() == duty, "the duty selected on its page");
        assertEquals(RolesPage.ID, editor.getActivePageInstance().getId());

        IMarker marker = markers(editor).stream().filter(m -> "R14".equals(m.getAttribute(FindingMarkers.RULE, ""))
                && m.getAttribute(IMarker.MESSAGE, "").contains(DUTY)).findFirst().orElseThrow();
        assertEquals("No medication duties for peers (R14)", marker.getAttribute(FindingMarkers.RULE_TITLE, ""),
                "the Rule column says what the rule asks, with its id as a detail");
        List<String> offered = Arrays.stream(new FindingResolutions().getResolutions(marker))
                .map(IMarkerResolution::getLabel).toList();
        assertTrue(offered.stream().anyMatch(label -> label.startsWith("Remove the duty")), offered.toString());
        assertTrue(offered.contains("Waive rule R14…"), offered.toString());

        Workbench.page().activate(editor);
        Workbench.key('1', SWT.CTRL);
        Workbench.key(SWT.ARROW_DOWN, 0);
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> !role.getDuties().contains(duty), "the quick fix");
        Workbench.await(() -> !has(editor, "R14"), "the finding to go");
        assertTrue(editor.isDirty());

        editor.domain().getCommandStack().undo();
        Workbench.await(() -> has(editor, "R14"), "the finding back after Undo");

        Workbench.page().activate(editor);
        roles.duties().reveal(List.of(duty));
        roles.duties().viewer().getTable().setFocus();
        Workbench.await(() -> editor.selection() instanceof IStructuredSelection chosen
                && chosen.getFirstElement() == duty, "the duty selected again");
        Workbench.whenDialog("Waive rule R14", dialog -> {
            Workbench.type("The night shift at Riverbend House hands out medication with a nurse present.");
            Workbench.press(Workbench.button(dialog, "OK"));
        });
        Workbench.key('1', SWT.CTRL);
        Workbench.key(SWT.ARROW_UP, 0);
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> editor.plan().getRuleWaivers().stream().anyMatch(w -> "R14".equals(w.getRuleId())),
                "the waiver");
        Workbench.await(() -> markers(editor).stream().noneMatch(m -> "R14".equals(m.getAttribute(
                FindingMarkers.RULE, ""))), "every finding of the waived rule to go");
        assertTrue(editor.facts().report().waivers().stream().anyMatch(w -> "R14".equals(w.getRuleId())),
                "listed as waived");
        assertNotNull(editor.plan().getRuleWaivers().get(editor.plan().getRuleWaivers().size() - 1).getReason());
    }

    @Test
    void gridsAndTheExplorerMarkElementsWithFindings() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Workbench.await(() -> markers(editor).size() >= 7, "the example's findings");
        RolesPage roles = Workbench.show(editor, RolesPage.ID);
        Workbench.await(() -> editor.worstBelow(editor.plan()) != null, "the findings marked in the editor");
        assertTrue(Arrays.stream(editor.plan().getRoles().toArray()).anyMatch(r -> editor.worstBelow(r) != null),
                "a role of the example has findings");
        assertNotNull(editor.findings().explain(markers(editor).stream()
                .map(m -> editor.plan().eResource().getEObject(m.getAttribute(FindingMarkers.ELEMENT, "")))
                .filter(e -> e != null).findFirst().orElseThrow()), "a flagged element explains its finding");
    }

    private static Tree tree(FindingsView view) {
        Tree[] found = new Tree[1];
        Workbench.collect(view.getSite().getShell(), control -> {
            if (found[0] == null && control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() >= 4
                    && tree.getColumn(2).getText().equals("Rule")) {
                found[0] = tree;
            }
        });
        return found[0];
    }

    /** The finding whose description holds {@code text}, at the top of the list or in a group of it. */
    private static TreeItem find(Tree tree, String text) {
        if (tree == null) {
            return null;
        }
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).contains(text)) {
                return item;
            }
            if (item.getItemCount() > 0 && !item.getExpanded()) {
                Event expand = new Event();
                expand.item = item;
                tree.notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
                Workbench.settle();
            }
            for (TreeItem child : item.getItems()) {
                if (child.getText(0).contains(text)) {
                    return child;
                }
            }
        }
        return null;
    }
}
