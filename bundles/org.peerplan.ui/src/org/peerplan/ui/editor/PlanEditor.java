package org.peerplan.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.peerplan.core.persistence.PlanLoadException;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.validation.Severity;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.provider.spec.PlanItemProviderAdapterFactory;
import org.peerplan.model.provider.words.PlanWords;
import org.peerplan.ui.editor.pages.ActionsPage;
import org.peerplan.ui.editor.pages.ModelPage;
import org.peerplan.ui.editor.pages.OverviewPage;
import org.peerplan.ui.editor.pages.PlanPage;
import org.peerplan.ui.editor.pages.PolicyReviewPage;
import org.peerplan.ui.editor.pages.ReadinessPage;
import org.peerplan.ui.editor.pages.RisksPage;
import org.peerplan.ui.editor.pages.RolesPage;
import org.peerplan.ui.editor.pages.RootCausesPage;
import org.peerplan.ui.editor.pages.TimelinePage;
import org.peerplan.ui.editor.pages.TrainingBudgetPage;
import org.peerplan.ui.handlers.RecentPlans;
import org.peerplan.ui.jface.ItemProviderLabelProvider;
import org.peerplan.ui.jface.PlanPropertySourceProvider;
import org.peerplan.ui.jface.SelectionPublisher;
import org.peerplan.ui.preferences.Preferences;

/**
 * The plan editor: one plan file, one editing domain and one command stack, shown on pages for each part of the plan.
 * Every change from any page, the Properties view or the explorer is a command on this stack, which drives the dirty
 * marker, Undo and Redo and the refresh of the pages; Save writes through the project's atomic save. Unsaved work is
 * copied to the {@link RecoveryJournal} a few seconds after each change.
 */
public final class PlanEditor extends FormEditor implements IEditingDomainProvider {

    public static final String ID = "org.peerplan.ui.planEditor";

    private final PlanItemProviderAdapterFactory adapterFactory = new PlanItemProviderAdapterFactory();

    private final SelectionPublisher selection = new SelectionPublisher();

    private AdapterFactoryEditingDomain domain;

    private ImplementationPlan plan;

    private Path file;

    private FileTime stamp;

    private PlanFacts facts;

    /** The content came from a recovery copy: it differs from the file although no command was run yet. */
    private boolean recovered;

    private boolean journalScheduled;

    private boolean checkingDisk;

    private PropertySheetPage propertySheet;

    private final CommandStackListener changes = this::changed;

    /** A finding on an element, for overlays and tooltips: the element's identifier, how serious, what to say. */
    public record Flag(String element, Severity severity, String text) {
    }

    /** The findings of the last check, by element, with each element's ancestors carrying the worst below them. */
    private Map<EObject, List<Flag>> flags = Map.of();

    private Map<EObject, Severity> worstBelow = Map.of();

    private final ListenerList<Runnable> flagsListeners = new ListenerList<>();

    /** Told after each change, once the facts are new and the page shown is up to date: the views that follow. */
    private final ListenerList<Runnable> factsListeners = new ListenerList<>();

    private final Listener windowActivated = event -> {
        if (getSite().getPage().getActiveEditor() == this) {
            checkDisk();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("The plan editor opens plan files.");
        }
        super.init(site, input);
        BasicCommandStack stack = new BasicCommandStack();
        ResourceSet resources = PlanStore.newResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resources);
        // So that whatever holds a plan element (the Properties view) finds the editing domain that changes it.
        resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        file = pathInput.getPath().toPath().toAbsolutePath().normalize();
        RecoveryJournal.Entry copy = input instanceof PlanEditorInput planInput ? planInput.recovery() : null;
        try {
            load(copy == null ? file : copy.copy());
        } catch (PlanLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        recovered = copy != null;
        stack.addCommandStackListener(changes);
        site.setSelectionProvider(selection);
        selection.addSelectionChangedListener(event -> showPlace(event.getSelection()));
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        RecentPlans.opened(file);
        watchWindow();
    }

    private void load(Path from) throws PlanLoadException {
        plan = new PlanStore().load(from, domain.getResourceSet());
        plan.eResource().setURI(URI.createFileURI(file.toString()));
        stamp = modified();
        facts = new PlanFacts(plan, facts == null ? Preferences.asOf(plan) : facts.asOf());
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected void addPages() {
        try {
            for (PlanPage page : List.of(new OverviewPage(this), new ReadinessPage(this), new TimelinePage(this),
                    new PolicyReviewPage(this), new RootCausesPage(this), new ActionsPage(this), new RolesPage(this),
                    new TrainingBudgetPage(this), new RisksPage(this), new ModelPage(this))) {
                // Tab texts take & as a mnemonic; the titles mean the word.
                setPageText(addPage(page), page.getTitle().replace("&", "&&"));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException("a page of the plan editor cannot be made", e);
        }
    }

    public ImplementationPlan plan() {
        return plan;
    }

    public Path file() {
        return file;
    }

    /** The day the plan is looked at: its timeline's today, the date overdue tasks and rules are measured against. */
    public LocalDate asOf() {
        return facts.asOf();
    }

    /** Looks at the plan as of {@code day}: the pages, the diagrams and the check follow. */
    public void setAsOf(LocalDate day) {
        if (day == null || day.equals(facts.asOf())) {
            return;
        }
        facts = new PlanFacts(plan, day);
        refreshPages();
        factsListeners.forEach(Runnable::run);
    }

    /** What the engine says about the plan as it stands now. */
    public PlanFacts facts() {
        return facts;
    }

    /** Back in the editor, or back in the window while it is the active editor: has the file changed on disk? */
    @Override
    public void setFocus() {
        super.setFocus();
        Display.getCurrent().asyncExec(this::checkDisk);
    }

    private void watchWindow() {
        getSite().getShell().addListener(SWT.Activate, windowActivated);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public PlanItemProviderAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Publishes a page's selection as the editor's, for the Properties view, the status line and the edit actions. */
    public void select(ISelection newSelection) {
        selection.setSelection(newSelection);
    }

    public ISelection selection() {
        return selection.getSelection();
    }

    private void changed(EventObject event) {
        Display.getDefault().asyncExec(() -> {
            if (!isShowing()) {
                return;
            }
            facts = new PlanFacts(plan, facts.asOf());
            firePropertyChange(PROP_DIRTY);
            refreshPages();
            if (propertySheet != null && propertySheet.getControl() != null
                    && !propertySheet.getControl().isDisposed()) {
                propertySheet.refresh();
            }
            Command last = domain.getCommandStack().getMostRecentCommand();
            if (last != null && !last.getAffectedObjects().isEmpty()) {
                reveal(last.getAffectedObjects());
            }
            scheduleJournal();
            factsListeners.forEach(Runnable::run);
        });
    }

    /** Whether the editor's widgets exist: it has been opened and not yet closed. */
    public boolean isShowing() {
        return getContainer() != null && !getContainer().isDisposed();
    }

    /** Takes the findings of a check of the plan, for the overlays and tooltips of the explorer and the grids. */
    public void findingsChecked(List<Flag> checked) {
        Map<EObject, List<Flag>> byElement = new HashMap<>();
        Map<EObject, Severity> worst = new HashMap<>();
        for (Flag flag : checked) {
            EObject element = plan.eResource().getEObject(flag.element());
            if (element == null) {
                continue;
            }
            byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(flag);
            for (EObject at = element; at != null; at = at.eContainer()) {
                worst.merge(at, flag.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        flags = byElement;
        worstBelow = worst;
        flagsListeners.forEach(Runnable::run);
    }

    /** The findings on {@code element} itself after the last check. */
    public List<Flag> flags(Object element) {
        return flags.getOrDefault(element, List.of());
    }

    /** The most serious finding on {@code element} or anything in it, or {@code null}. */
    public Severity worstBelow(Object element) {
        return worstBelow.get(element);
    }

    /** The findings of the last check as the explorer's and the grids' marks and tooltips see them. */
    public ItemProviderLabelProvider.Findings findings() {
        return new ItemProviderLabelProvider.Findings() {
            @Override
            public Severity worstBelow(Object element) {
                return PlanEditor.this.worstBelow(element);
            }

            @Override
            public String explain(Object element) {
                List<Flag> on = flags(element);
                return on.isEmpty() ? null : on.stream().map(Flag::text).collect(Collectors.joining("\n\n"));
            }
        };
    }

    /** Calls {@code listener} after each check, once {@link #flags} and {@link #worstBelow} are new. */
    public void addFlagsListener(Runnable listener) {
        flagsListeners.add(listener);
    }

    public void removeFlagsListener(Runnable listener) {
        flagsListeners.remove(listener);
    }

    /** Calls {@code listener} after every change, once {@link #facts()} describe the plan as changed. */
    public void addFactsListener(Runnable listener) {
        factsListeners.add(listener);
    }

    public void removeFactsListener(Runnable listener) {
        factsListeners.remove(listener);
    }

    /** Refreshes the page shown now; the others refresh when they are next shown. */
    private void refreshPages() {
        for (Object page : pages) {
            if (page instanceof PlanPage planPage) {
                planPage.planChanged(planPage == getActivePageInstance());
            }
        }
    }

    /** Selects what the last command made or changed, on the page that shows it, when that is the page shown. */
    private void reveal(Collection<?> affected) {
        IFormPage active = getActivePageInstance();
        if (active instanceof PlanPage page) {
            page.reveal(affected);
        }
    }

    /**
     * Shows {@code element} on the page made for it (or on the Model page, which shows everything) and selects it
     * there.
     */
    public void showElement(EObject element) {
        PlanPage target = null;
        for (Object page : pages) {
            if (page instanceof PlanPage planPage && planPage.shows(element)) {
                target = planPage;
                break;
            }
        }
        if (target == null) {
            target = (PlanPage) findPage(ModelPage.ID);
        }
        setActivePage(target.getId());
        target.reveal(List.of(element));
    }

    private void showPlace(ISelection chosen) {
        String place = chosen instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject element ? PlanWords.place(element) : "";
        getEditorSite().getActionBars().getStatusLineManager().setMessage(place);
    }

    /** Ends what is being typed in a cell or field of the page shown: kept when valid, else dropped. */
    public void commitEdits() {
        if (getActivePageInstance() instanceof PlanPage page) {
            page.commitEdits();
        }
    }

    /** Drops what is being typed in a cell of the page shown, before Undo or Redo change what it shows. */
    public void cancelEdits() {
        if (getActivePageInstance() instanceof PlanPage page) {
            page.cancelEdits();
        }
    }

    @Override
    public boolean isDirty() {
        return recovered || domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        commitEdits();
        if (!write(file)) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        commitEdits();
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Plan As");
        dialog.setFilterExtensions(new String[] { "*." + PlanStore.EXTENSION });
        dialog.setFilterPath(file.getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith("." + PlanStore.EXTENSION) ? chosen : chosen + "." + PlanStore.EXTENSION);
        saveAs(target);
    }

    /** Saves the plan to {@code target} and edits that file from now on. */
    public void saveAs(Path target) {
        Path previous = file;
        file = target.toAbsolutePath().normalize();
        if (write(file)) {
            journal().delete(previous);
            setInputWithNotify(new PlanEditorInput(file));
            setPartName(file.getFileName().toString());
            setTitleToolTip(file.toString());
            RecentPlans.opened(file);
        } else {
            file = previous;
        }
    }

    private boolean write(Path target) {
        try {
            new PlanStore().save(plan, target);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save plan",
                    "The plan could not be saved to " + target + ": " + e.getMessage()
                            + ". The file on disk is as it was before.");
            return false;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        recovered = false;
        stamp = modified();
        journal().delete(target);
        firePropertyChange(PROP_DIRTY);
        // A check that waits for saves (Preferences) runs now.
        factsListeners.forEach(Runnable::run);
        return true;
    }

    /** Throws the unsaved changes away and shows the plan as the file has it. */
    public void revert() {
        cancelEdits();
        Resource old = plan.eResource();
        try {
            domain.getResourceSet().getResources().remove(old);
            load(file);
        } catch (PlanLoadException e) {
            domain.getResourceSet().getResources().add(old);
            plan = (ImplementationPlan) old.getContents().get(0);
            MessageDialog.openError(getSite().getShell(), "Cannot revert", e.getMessage());
            return;
        }
        old.unload();
        domain.getCommandStack().flush();
        recovered = false;
        journal().delete(file);
        selection.setSelection(new StructuredSelection(plan));
        firePropertyChange(PROP_DIRTY);
        refreshPages();
        factsListeners.forEach(Runnable::run);
    }

    /**
     * Asks what to do when the file changed on disk since it was opened or saved: reload it, or keep the editor's
     * version (which a later save writes over the file).
     */
    public void checkDisk() {
        FileTime now = modified();
        if (checkingDisk || now == null || now.equals(stamp)) {
            return;
        }
        checkingDisk = true;
        try {
            stamp = now;
            String question = file.getFileName() + " was changed on disk by another program. "
                    + (isDirty() ? "Reload it and lose the changes made here, or keep yours?"
                            : "Reload it to see those changes?");
            MessageDialog dialog = new MessageDialog(getSite().getShell(), "Plan changed on disk", null, question,
                    MessageDialog.QUESTION, 0, "Reload", "Keep mine");
            if (dialog.open() == 0) {
                revert();
            }
        } finally {
            checkingDisk = false;
        }
    }

    private static RecoveryJournal journal() {
        return RecoveryJournal.ofWorkbench();
    }

    private void scheduleJournal() {
        if (journalScheduled || !isDirty()) {
            return;
        }
        journalScheduled = true;
        int delay = Preferences.store().getInt(Preferences.RECOVERY_SECONDS) * 1000;
        Display.getCurrent().timerExec(delay, this::writeJournal);
    }

    /** Writes the recovery copy now, when there are unsaved changes. */
    public void writeJournal() {
        journalScheduled = false;
        if (getContainer() == null || getContainer().isDisposed() || !isDirty()) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            plan.eResource().save(bytes, PlanStore.saveOptions());
            journal().write(file, bytes.toByteArray());
        } catch (IOException e) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("No recovery copy of the unsaved changes could be kept: " + e.getMessage());
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
                propertySheet = new PropertySheetPage();
                propertySheet.setPropertySourceProvider(new PlanPropertySourceProvider(adapterFactory));
            }
            return type.cast(propertySheet);
        }
        if (type == ImplementationPlan.class) {
            return type.cast(plan);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (getSite() != null && !getSite().getShell().isDisposed()) {
            getSite().getShell().removeListener(SWT.Activate, windowActivated);
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(changes);
            if (file != null) {
                // Closed without saving on purpose (the workbench asked): the changes are not to come back.
                journal().delete(file);
            }
        }
        super.dispose();
        adapterFactory.dispose();
    }
}
