package org.peerplan.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.ui.handlers.PlanOpener;

/**
 * File › New Plan: asks for the agency, its state, the plan's start, the planned start of the first peer and the file,
 * writes a plan pre-filled from the toolkit catalog (as {@code peerplan new} does) and opens it in the plan editor.
 */
public final class NewPlanWizard extends Wizard implements INewWizard {

    private IWorkbenchWindow window;

    private NewPlanPage page;

    private Path created;

    public NewPlanWizard() {
        setWindowTitle("New Plan");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        window = workbench.getActiveWorkbenchWindow();
    }

    @Override
    public void addPages() {
        page = new NewPlanPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        try {
            ResourceSet resources = PlanStore.newResourceSet();
            ImplementationPlan plan = new NewPlanFactory(ToolkitCatalog.in(resources)).create(page.agency(),
                    page.state().toUpperCase(Locale.ROOT), page.planStart());
            LocalDate firstPeer = page.firstPeerStart();
            if (firstPeer != null) {
                plan.getTimeline().setFirstPeerStart(firstPeer);
            }
            new PlanStore().save(plan, file);
        } catch (IOException e) {
            page.setErrorMessage("The plan could not be written to " + file + ": " + e.getMessage());
            return false;
        }
        created = file;
        if (window != null) {
            PlanOpener.open(window, file);
        }
        return true;
    }

    /** The file the wizard wrote, or {@code null} before it finished. */
    public Path created() {
        return created;
    }
}
