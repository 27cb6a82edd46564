package org.peerplan.ui.jface;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.model.provider.words.ValueWords;
import org.peerplan.model.provider.words.Vocabulary;

/**
 * Picks several plan elements for a reference, such as the tasks a task depends on: a checked list with a filter.
 * OK is refused, with the reason shown, when the choice would break the plan ({@link ValueChecks}).
 */
public final class ReferencesDialog extends TitleAreaDialog {

    private final EObject target;

    private final EStructuralFeature feature;

    private final List<?> choices;

    private final List<Object> chosen;

    private CheckboxTableViewer list;

    public ReferencesDialog(Shell shell, EObject target, EStructuralFeature feature, List<?> choices,
            Collection<?> current) {
        super(shell);
        this.target = target;
        this.feature = feature;
        this.choices = choices;
        this.chosen = new ArrayList<>(current == null ? List.of() : current);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Vocabulary.feature(feature));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Vocabulary.feature(feature) + " of " + PlanWords.text(target));
        setMessage("Tick every one that applies; type to narrow the list.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Text filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.heightHint = 320;
        size.widthHint = 520;
        list.getTable().setLayoutData(size);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ValueWords.of(element);
            }
        });
        list.setInput(choices);
        list.setCheckedElements(chosen.toArray());
        list.addCheckStateListener(event -> {
            if (event.getChecked()) {
                chosen.add(event.getElement());
            } else {
                chosen.remove(event.getElement());
            }
            setErrorMessage(null);
        });
        filter.addModifyListener(event -> {
            list.setFilters(new ViewerFilter() {
                @Override
                public boolean select(Viewer viewer, Object parentElement, Object element) {
                    return ValueWords.of(element).toLowerCase(Locale.ROOT)
                            .contains(filter.getText().toLowerCase(Locale.ROOT));
                }
            });
            list.setCheckedElements(chosen.toArray());
        });
        return area;
    }

    @Override
    protected void okPressed() {
        String refusal = ValueChecks.refusal(target, feature, chosen);
        if (refusal != null) {
            setErrorMessage(refusal);
            getButton(IDialogConstants.OK_ID).setFocus();
            return;
        }
        super.okPressed();
    }

    /** The elements ticked, in the plan's order. */
    public List<Object> chosen() {
        return choices.stream().filter(chosen::contains).map(Object.class::cast).toList();
    }
}
