package org.peerplan.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.core.plan.NewPlanFactory;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;

/** The one page of the New Plan wizard; Finish is offered once every field reads well. */
final class NewPlanPage extends WizardPage {

    private Text agency;

    private Text state;

    private Text planStart;

    private Text firstPeerStart;

    private Text file;

    /** The file name follows the agency's name until the user types one of their own. */
    private boolean fileTyped;

    NewPlanPage() {
        super("plan");
        setTitle("New implementation plan");
        setDescription("The plan starts with every stage and task the toolkits recommend, the policy-review "
                + "checklist, the planning lists and the competencies, ready for the agency's answers.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        agency = field(body, "&Agency:", "", "The agency's name, e.g. Hillside Recovery Services");
        state = field(body, "&State:", "", "Two-letter code, e.g. CA (some rules apply in one state only)");
        planStart = field(body, "Plan &start:", ValueWords.of(LocalDate.now()), null);
        firstPeerStart = field(body, "&First peer starts:", "", "When the first peer is planned to start (optional)");
        new Label(body, SWT.NONE).setText("F&ile:");
        file = new Text(body, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setText(Path.of(System.getProperty("user.home"), "plan." + PlanStore.EXTENSION).toString());
        file.addListener(SWT.Modify, event -> validate());
        file.addListener(SWT.KeyDown, event -> fileTyped = true);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("&Browse…");
        browse.addListener(SWT.Selection, event -> browse());
        agency.addListener(SWT.Modify, event -> {
            if (!fileTyped) {
                file.setText(folder().resolve(NewPlanFactory.fileName(agency.getText())).toString());
            }
        });
        setControl(body);
        validate();
        setErrorMessage(null);
    }

    private Text field(Composite body, String label, String value, String hint) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.horizontalSpan = 2;
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setText(value);
        if (hint != null) {
            text.setMessage(hint);
        }
        text.addListener(SWT.Modify, event -> validate());
        return text;
    }

    private Path folder() {
        Path current = Path.of(file.getText().isBlank() ? System.getProperty("user.home") : file.getText());
        return current.getParent() == null ? Path.of(System.getProperty("user.home")) : current.getParent();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + PlanStore.EXTENSION });
        dialog.setFilterPath(folder().toString());
        dialog.setFileName(Path.of(file.getText()).getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            fileTyped = true;
            file.setText(chosen);
        }
    }

    /** Says what is wrong with the first field that is wrong, or offers Finish. */
    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (agency.getText().isBlank()) {
            return "Enter the agency's name.";
        }
        if (!state.getText().isBlank() && !state.getText().strip().matches("[A-Za-z]{2}")) {
            return "The state is a two-letter code such as CA.";
        }
        ValueParser.Parsed start = ValueParser.parse(Literals.TIMELINE__PLAN_START, planStart.getText());
        if (!start.ok() || start.value() == null) {
            return start.ok() ? "Enter the plan's start date." : start.error();
        }
        ValueParser.Parsed peer = ValueParser.parse(Literals.TIMELINE__FIRST_PEER_START, firstPeerStart.getText());
        if (!peer.ok()) {
            return peer.error();
        }
        if (peer.value() != null && ((LocalDate) peer.value()).isBefore((LocalDate) start.value())) {
            return "The first peer cannot start before the plan does.";
        }
        if (file.getText().isBlank() || !file.getText().endsWith("." + PlanStore.EXTENSION)) {
            return "The file's name ends in ." + PlanStore.EXTENSION + ".";
        }
        Path target = Path.of(file.getText());
        if (target.toAbsolutePath().getParent() == null || !Files.isDirectory(target.toAbsolutePath().getParent())) {
            return "The folder " + target.toAbsolutePath().getParent() + " does not exist.";
        }
        if (Files.exists(target)) {
            return target.getFileName() + " already exists there; choose another name.";
        }
        return null;
    }

    String agency() {
        return agency.getText().strip();
    }

    String state() {
        return state.getText().strip();
    }

    LocalDate planStart() {
        return (LocalDate) ValueParser.parse(Literals.TIMELINE__PLAN_START, planStart.getText()).value();
    }

    LocalDate firstPeerStart() {
        return (LocalDate) ValueParser.parse(Literals.TIMELINE__FIRST_PEER_START, firstPeerStart.getText()).value();
    }

    Path file() {
        return Path.of(file.getText()).toAbsolutePath();
    }
}
