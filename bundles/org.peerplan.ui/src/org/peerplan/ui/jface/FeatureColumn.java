package org.peerplan.ui.jface;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeColumn;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;

/**
 * A grid column that shows and edits one feature of the element each row stands for (or of an element the row leads
 * to). The header is the feature's name in the consultant's words; values are written as the documents write them;
 * a cell is edited with {@link ValueCellEditors}, and what it gives becomes a command on the editing domain's stack,
 * unless it is refused, which the context's refusals show.
 */
public final class FeatureColumn {

    private FeatureColumn() {
    }

    /** A column for {@code feature} of each row's element. */
    public static ViewerColumn add(ColumnViewer viewer, EStructuralFeature feature, int width, EditContext context) {
        return add(viewer, feature, width, context, row -> row instanceof EObject element
                && element.eClass().getEAllStructuralFeatures().contains(feature) ? element : null);
    }

    /** A column for {@code feature} of the element {@code target} finds for each row (none: an empty cell). */
    public static ViewerColumn add(ColumnViewer viewer, EStructuralFeature feature, int width, EditContext context,
            Function<Object, EObject> target) {
        return add(viewer, Vocabulary.feature(feature), width, context, target, element -> feature);
    }

    /**
     * A column whose rows are elements of several kinds (causes, their whys and interventions), each showing the
     * feature {@code feature} picks for it, or nothing when it picks none.
     */
    public static ViewerColumn add(ColumnViewer viewer, String title, int width, EditContext context,
            Function<Object, EObject> target, Function<EObject, EStructuralFeature> feature) {
        ViewerColumn column = column(viewer, title, width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                EObject element = target.apply(row);
                EStructuralFeature shown = element == null ? null : feature.apply(element);
                return shown == null ? "" : ValueWords.of(element.eGet(shown));
            }
        });
        column.setEditingSupport(new FeatureEditing(viewer, feature, context, target));
        return column;
    }

    /** A narrow column of the marks of the findings on each row's element and in it, explained in its tooltip. */
    public static ViewerColumn flags(ColumnViewer viewer, ItemProviderLabelProvider.Findings findings) {
        ViewerColumn column = column(viewer, "", 26);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return "";
            }

            @Override
            public Image getImage(Object row) {
                return FindingImages.symbol(findings.worstBelow(row));
            }

            @Override
            public String getToolTipText(Object row) {
                return findings.explain(row);
            }
        });
        return column;
    }

    /** A read-only column, for what the engine computes. */
    public static ViewerColumn computed(ColumnViewer viewer, String title, int width, Function<Object, String> text) {
        ViewerColumn column = column(viewer, title, width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return text.apply(row);
            }
        });
        return column;
    }

    private static ViewerColumn column(ColumnViewer viewer, String title, int width) {
        Item header;
        ViewerColumn column;
        if (viewer instanceof TreeViewer tree) {
            TreeViewerColumn treeColumn = new TreeViewerColumn(tree, SWT.NONE);
            TreeColumn swt = treeColumn.getColumn();
            swt.setWidth(width);
            swt.setResizable(true);
            header = swt;
            column = treeColumn;
        } else {
            TableViewerColumn tableColumn = new TableViewerColumn((TableViewer) viewer, SWT.NONE);
            TableColumn swt = tableColumn.getColumn();
            swt.setWidth(width);
            swt.setResizable(true);
            header = swt;
            column = tableColumn;
        }
        header.setText(title);
        return column;
    }

    /** Edits one feature of a row's element; one cell editor per column, made again when the element changes kind. */
    private static final class FeatureEditing extends EditingSupport {

        private final Function<EObject, EStructuralFeature> feature;

        private final EditContext context;

        private final Function<Object, EObject> target;

        private CellEditor editor;

        FeatureEditing(ColumnViewer viewer, Function<EObject, EStructuralFeature> feature, EditContext context,
                Function<Object, EObject> target) {
            super(viewer);
            this.feature = feature;
            this.context = context;
            this.target = target;
        }

        private IItemPropertyDescriptor descriptor(EObject element) {
            EStructuralFeature edited = element == null ? null : feature.apply(element);
            return edited == null ? null : context.descriptor(element, edited);
        }

        @Override
        protected boolean canEdit(Object row) {
            EObject element = target.apply(row);
            IItemPropertyDescriptor descriptor = descriptor(element);
            return descriptor != null && descriptor.canSetProperty(element);
        }

        @Override
        protected CellEditor getCellEditor(Object row) {
            EObject element = target.apply(row);
            if (editor != null) {
                editor.dispose();
            }
            editor = ValueCellEditors.create((Composite) getViewer().getControl(), element, descriptor(element));
            if (editor != null) {
                editor.addListener(new ICellEditorListener() {
                    @Override
                    public void applyEditorValue() {
                        if (!editor.isValueValid()) {
                            context.refusals().show(editor.getErrorMessage());
                        }
                    }

                    @Override
                    public void cancelEditor() {
                        context.refusals().show(null);
                    }

                    @Override
                    public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                        context.refusals().show(newValidState ? null : editor.getErrorMessage());
                    }
                });
            }
            return editor;
        }

        @Override
        protected Object getValue(Object row) {
            EObject element = target.apply(row);
            return element.eGet(feature.apply(element));
        }

        @Override
        protected void setValue(Object row, Object value) {
            EObject element = target.apply(row);
            context.set(element, feature.apply(element), value);
        }
    }
}
