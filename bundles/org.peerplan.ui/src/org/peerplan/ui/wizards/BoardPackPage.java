package org.peerplan.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.Format;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueWords;

/** The one page of Generate Board Pack: which documents, in which formats, where, from which templates, as of when. */
final class BoardPackPage extends WizardPage {

    private final Path defaultFolder;

    private final Path defaultTemplates;

    private final Set<Format> defaultFormats;

    private final LocalDate defaultDay;

    private final Map<Document, Button> documents = new LinkedHashMap<>();

    private final Map<Format, Button> formats = new LinkedHashMap<>();

    private Text folder;

    private Text templates;

    private Text asOf;

    private Combo readers;

    /** Who the documents are for, in the consultant's words: what each audience's copy leaves out. */
    private static final Map<Audience, String> AUDIENCES = Map.of(
            Audience.BOARD, "The board: nobody named as having lived experience without consent, nor as receiving"
                    + " services",
            Audience.LEADERSHIP, "The leadership team: also who has lived experience (marked internal)",
            Audience.PERSONNEL, "Supervisors and HR: everything in the plan (marked confidential)");

    BoardPackPage(Path defaultFolder, Path defaultTemplates, Set<Format> defaultFormats, LocalDate defaultDay) {
        super("documents");
        this.defaultFolder = defaultFolder;
        this.defaultTemplates = defaultTemplates;
        this.defaultFormats = defaultFormats;
        this.defaultDay = defaultDay;
        setTitle("Generate the board pack");
        setDescription("The documents a board reads, from the plan as it stands in the editor.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        Group which = group(body, "Documents");
        for (Document document : Document.values()) {
            Button box = check(which, document.title(), document == Document.BOARD_PACK);
            documents.put(document, box);
        }
        Group how = group(body, "Formats");
        how.setLayout(new GridLayout(Format.values().length, false));
        for (Format format : Format.values()) {
            formats.put(format, check(how, format.extension().toUpperCase(), defaultFormats.contains(format)));
        }
        folder = folderField(body, "&Write to:", defaultFolder == null ? "" : defaultFolder.toString());
        templates = folderField(body, "&Templates:", defaultTemplates == null ? "" : defaultTemplates.toString());
        templates.setMessage("Built-in templates (a folder here replaces those of the same name)");
        new Label(body, SWT.NONE).setText("&As of:");
        asOf = new Text(body, SWT.BORDER);
        asOf.setText(ValueWords.of(defaultDay));
        GridData span = new GridData(SWT.FILL, SWT.CENTER, true, false);
        span.horizontalSpan = 2;
        asOf.setLayoutData(span);
        asOf.addListener(SWT.Modify, event -> validate());
        new Label(body, SWT.NONE).setText("&For:");
        readers = new Combo(body, SWT.READ_ONLY);
        for (Audience audience : Audience.values()) {
            readers.add(AUDIENCES.get(audience));
        }
        readers.select(Audience.BOARD.ordinal());
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.horizontalSpan = 2;
        readers.setLayoutData(wide);
        readers.addListener(SWT.Selection, event -> validate());
        setControl(body);
        validate();
    }

    private static Group group(Composite body, String title) {
        Group group = new Group(body, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.horizontalSpan = 3;
        group.setLayoutData(data);
        return group;
    }

    private Button check(Composite parent, String text, boolean ticked) {
        Button box = new Button(parent, SWT.CHECK);
        box.setText(text);
        box.setSelection(ticked);
        box.addListener(SWT.Selection, event -> validate());
        return box;
    }

    private Text folderField(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        text.addListener(SWT.Modify, event -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(text.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (documents().isEmpty()) {
            return "Tick at least one document.";
        }
        if (formats().isEmpty()) {
            return "Tick at least one format.";
        }
        if (folder.getText().isBlank()) {
            return "Say where to write the documents.";
        }
        if (!templates.getText().isBlank() && !Files.isDirectory(Path.of(templates.getText()))) {
            return "The template folder " + templates.getText() + " does not exist.";
        }
        if (readers != null && documents().stream().anyMatch(d -> !audience().includes(d.audience()))) {
            return "Some of the documents ticked are not for these readers.";
        }
        ValueParser.Parsed day = ValueParser.parse(Literals.IMPLEMENTATION_PLAN__PREPARED_ON, asOf.getText());
        return !day.ok() ? day.error() : day.value() == null ? "Type the day the documents report on." : null;
    }

    Set<Document> documents() {
        return checked(documents, Document.class);
    }

    Set<Format> formats() {
        return checked(formats, Format.class);
    }

    private static <E extends Enum<E>> Set<E> checked(Map<E, Button> boxes, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        boxes.forEach((value, box) -> {
            if (box.getSelection()) {
                chosen.add(value);
            }
        });
        return chosen;
    }

    Path folder() {
        return Path.of(folder.getText()).toAbsolutePath();
    }

    Path templates() {
        return templates.getText().isBlank() ? null : Path.of(templates.getText());
    }

    Audience audience() {
        return Audience.values()[readers.getSelectionIndex()];
    }

    LocalDate asOf() {
        return (LocalDate) ValueParser.parse(Literals.IMPLEMENTATION_PLAN__PREPARED_ON, asOf.getText()).value();
    }
}
