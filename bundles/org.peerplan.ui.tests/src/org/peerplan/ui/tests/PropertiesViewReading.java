package org.peerplan.ui.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

/** Reads Eclipse's Properties view as a user reads it: property names and the values shown beside them. */
final class PropertiesViewReading {

    private PropertiesViewReading() {
    }

    static Tree tree(IViewPart view) {
        Tree[] found = new Tree[1];
        Workbench.collect(view.getSite().getShell(), control -> {
            if (found[0] == null && control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() == 2
                    && tree.getColumn(0).getText().equals("Property")) {
                found[0] = tree;
            }
        });
        if (found[0] == null) {
            throw new AssertionError("the Properties view shows no property sheet");
        }
        return found[0];
    }

    /** The row of the property named {@code name}. */
    static TreeItem item(Tree tree, String name) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no property " + name);
    }

    static Map<String, String> rows(Tree tree) {
        Map<String, String> rows = new LinkedHashMap<>();
        collect(tree.getItems(), rows);
        return rows;
    }

    private static void collect(TreeItem[] items, Map<String, String> rows) {
        for (TreeItem item : items) {
            rows.put(item.getText(0), item.getText(1));
            collect(item.getItems(), rows);
        }
    }
}
