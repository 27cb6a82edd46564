package org.peerplan.ui.editor.pages;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.model.Duty;
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.PeerRole;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.editor.PlanEditor;

/**
 * Roles and supervision: each peer role with its pay, hours and supervisors; the duties and job description of the
 * role chosen; how peers meet each other and are checked in with; and the supervision chart.
 */
public final class RolesPage extends PlanPage {

    public static final String ID = "roles";

    private FeatureTable roles;

    private FeatureTable duties;

    private FeatureFields job;

    private FeatureFields supervision;

    private FeatureTable events;

    private DiagramCanvas chart;

    private PeerRole chosen;

    public RolesPage(PlanEditor editor) {
        super(editor, ID, "Roles & supervision");
    }

    @Override
    protected void build(Composite body, FormToolkit toolkit) {
        roles = new FeatureTable(this, body, toolkit, "Peer roles", "Choose a role to see its duties and job.",
                this::plan, Literals.IMPLEMENTATION_PLAN__ROLES)
                .column(Literals.PEER_ROLE__TITLE, 190).column(Literals.PEER_ROLE__TYPE, 170)
                .column(Literals.PEER_ROLE__POPULATION, 160).column(Literals.PEER_ROLE__FTE, 60)
                .column(Literals.PEER_ROLE__HOURS_PER_WEEK, 90).column(Literals.PEER_ROLE__HOURLY_RATE, 90)
                .column(Literals.PEER_ROLE__REPORTS_TO, 140).column(Literals.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR, 150)
                .column(Literals.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR, 170)
                .column(Literals.PEER_ROLE__SUPERVISOR_SOURCE, 170).column(Literals.PEER_ROLE__CHECK_IN_FREQUENCY, 110)
                .column(Literals.PEER_ROLE__CASELOAD, 90)
                .initializer(role -> ((PeerRole) role).setTitle("New peer role"));
        Layouts.place(roles.section(), 2);
        roles.viewer().addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof PeerRole role && role != chosen) {
                chosen = role;
                duties.refresh();
                job.refresh();
            }
        });
        duties = new FeatureTable(this, body, toolkit, "Duties of the chosen role",
                "A duty that conflicts with the peer role is named in the Conflicts with column.", () -> chosen,
                Literals.PEER_ROLE__DUTIES).column(Literals.DUTY__DESCRIPTION, 280).column(Literals.DUTY__ROUTINE, 90)
                .column(Literals.DUTY__CONFLICTS_WITH, 200).column(Literals.DUTY__JUSTIFICATION, 220)
                .initializer(duty -> ((Duty) duty).setDescription("New duty"));
        Layouts.place(duties.section(), 1);
        job = new FeatureFields(this, body, toolkit, "Job description of the chosen role", () -> chosen,
                Literals.PEER_ROLE__JOB_DESCRIPTION).longText(Literals.JOB_DESCRIPTION__FUNCTION)
                .field(Literals.JOB_DESCRIPTION__SUPERVISOR_TITLE).field(Literals.JOB_DESCRIPTION__PAY_RANGE)
                .field(Literals.JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED)
                .field(Literals.JOB_DESCRIPTION__APPROVED_ON);
        Layouts.place(job.section(), 1);
        supervision = new FeatureFields(this, body, toolkit, "Supervision", this::plan,
                Literals.IMPLEMENTATION_PLAN__SUPERVISION).field(Literals.SUPERVISION_PLAN__NON_PEER_CHECK_INS);
        Layouts.place(supervision.section(), 1);
        events = new FeatureTable(this, body, toolkit, "Peer get-togethers", null, this::plan,
                Literals.IMPLEMENTATION_PLAN__SUPERVISION, Literals.SUPERVISION_PLAN__PEER_INTERACTION)
                .column(Literals.PEER_INTERACTION_EVENT__NAME, 220)
                .column(Literals.PEER_INTERACTION_EVENT__FREQUENCY, 120)
                .column(Literals.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER, 110)
                .initializer(event -> ((PeerInteractionEvent) event).setName("New get-together"));
        Layouts.place(events.section(), 1);
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText("Supervision chart");
        Layouts.place(section, 2);
        chart = new DiagramCanvas(Layouts.client(toolkit, section), DiagramCanvas.Sizing.FIT_WIDTH);
        chart.control().setLayoutData(Layouts.height(360));
        chart.onClick(ref -> reveal(List.of(plan().eResource().getEObject(ref))));
    }

    @Override
    protected void refresh() {
        roles.refresh();
        if (chosen == null || !plan().getRoles().contains(chosen)) {
            chosen = plan().getRoles().isEmpty() ? null : plan().getRoles().get(0);
            if (chosen != null) {
                roles.reveal(List.of(chosen));
            }
        }
        duties.refresh();
        job.refresh();
        supervision.refresh();
        events.refresh();
        List<Diagram> drawn = facts().diagrams(DiagramKind.SUPERVISION);
        chart.show(drawn.isEmpty() ? null : drawn.get(0));
    }

    /** The grid of the chosen role's duties, for tests. */
    public FeatureTable duties() {
        return duties;
    }

    @Override
    public boolean shows(EObject element) {
        return element instanceof PeerRole || element instanceof Duty || element instanceof SupervisionPlan
                || element instanceof PeerInteractionEvent;
    }

    @Override
    public void reveal(Collection<?> elements) {
        for (Object element : elements) {
            if (element instanceof Duty duty && duty.eContainer() instanceof PeerRole role) {
                roles.reveal(List.of(role));
                duties.reveal(List.of(duty));
                return;
            }
        }
        if (!roles.reveal(elements)) {
            events.reveal(elements);
        }
    }
}
