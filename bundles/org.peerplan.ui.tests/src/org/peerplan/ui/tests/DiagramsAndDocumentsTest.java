package org.peerplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;
import org.peerplan.diagram.Box;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.Label;
import org.peerplan.diagram.Node;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.render.DiagramPainter;
import org.peerplan.model.PeerRole;
import org.peerplan.ui.diagram.DiagramCanvas;
import org.peerplan.ui.diagram.DiagramExport;
import org.peerplan.ui.diagram.DiagramFonts;
import org.peerplan.ui.diagram.SwtCanvas;
import org.peerplan.ui.editor.PlanEditor;
import org.peerplan.ui.preferences.Preferences;
import org.peerplan.ui.views.DiagramView;
import org.peerplan.ui.wizards.BoardPackWizard;

/** The Diagrams view as leadership reviews with it, and the board pack from the workbench. */
class DiagramsAndDocumentsTest extends WorkbenchTest {

    private DiagramView diagrams(PlanEditor editor, DiagramKind kind) throws Exception {
        DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        Workbench.page().activate(editor);
        Workbench.settle();
        view.show(view.offered().indexOf(view.offered().stream().filter(t -> t.startsWith(kind.title()))
                .findFirst().orElseThrow()));
        Workbench.settle();
        return view;
    }

    @Test
    void zoomFitAndExportAndSelectionBothWays() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        DiagramView view = diagrams(editor, DiagramKind.SUPERVISION);
        DiagramCanvas canvas = view.canvas();
        canvas.fit();
        float fitted = canvas.zoom();
        Point fittedSize = canvas.canvas().getSize();
        canvas.canvas().setFocus();
        Workbench.key('=', SWT.CTRL);
        assertEquals(fitted * 1.25f, canvas.zoom(), 0.001, "Ctrl+= zooms in");
        assertTrue(canvas.canvas().getSize().x > fittedSize.x, "the drawing grew");
        Workbench.key('-', SWT.CTRL);
        Workbench.key('-', SWT.CTRL);
        assertEquals(fitted / 1.25f, canvas.zoom(), 0.01, "Ctrl+- zooms out");
        canvas.actualSize();
        assertEquals(1f, canvas.zoom(), 0.001);
        canvas.fit();
        assertEquals(fitted, canvas.zoom(), 0.01, "Fit fits again");
        Workbench.screenshot("diagrams-view");

        Path svg = folder.resolve("supervision.svg");
        view.export(svg);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        assertEquals("svg", xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getLocalName(),
                "a valid SVG document");
        Path png = folder.resolve("supervision.png");
        view.export(png);
        assertEquals((byte) 0x89, Files.readAllBytes(png)[0], "a PNG");
        Path pdf = folder.resolve("supervision.pdf");
        view.export(pdf);
        assertEquals(1, pages(pdf));

        PeerRole role = editor.plan().getRoles().get(0);
        Workbench.page().activate(editor);
        editor.showElement(role);
        Workbench.settle();
        editor.select(new StructuredSelection(role));
        Workbench.settle();
        assertTrue(canvas.highlighted().contains(DiagramInput.ref(role)), "the editor's selection is outlined");
        PeerRole other = editor.plan().getRoles().get(1);
        Node node = canvas.diagram().nodes().stream().filter(n -> DiagramInput.ref(other).equals(n.ref()))
                .findFirst().orElseThrow();
        Point at = new Point(Math.round((float) node.box().centerX() * canvas.zoom()),
                Math.round((float) node.box().centerY() * canvas.zoom()));
        Workbench.click(canvas.canvas(), at, 1);
        Workbench.await(() -> editor.selection() instanceof IStructuredSelection chosen
                && chosen.getFirstElement() == other, "the clicked role selected in the editor");
    }

    @Test
    void printingPutsTheWholeDiagramOnOnePage() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        DiagramView view = diagrams(editor, DiagramKind.SUPERVISION);
        PrinterData toFile = Stream.of(Printer.getPrinterList()).filter(p -> p.name.contains("File")).findFirst()
                .orElseThrow(() -> new AssertionError("GTK's Print to File printer (libgtk-3-0)"));
        Path printed = folder.resolve("printed.pdf");
        toFile.printToFile = true;
        toFile.fileName = printed.toString();
        DiagramExport.print(view.canvas().diagram(), toFile, Display.getCurrent());
        Workbench.await(() -> Files.exists(printed), "the printed file");
        assertEquals(1, pages(printed));
        Files.copy(printed, Files.createDirectories(Path.of("target/screenshots")).resolve("printed-supervision.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process render = new ProcessBuilder("pdftoppm", "-r", "40", "-png", "-singlefile", printed.toString(),
                folder.resolve("printed").toString()).inheritIO().start();
        assertEquals(0, render.waitFor(), "pdftoppm rendered the page");
        BufferedImage page = ImageIO.read(folder.resolve("printed.png").toFile());
        Rectangle ink = ink(page);
        assertTrue(ink.width > 0.7 * page.getWidth(), "the diagram spans the page (less its margins): " + ink + " on " + page.getWidth()
                + " × " + page.getHeight());
    }

    /** The bounds of what is not white on {@code page}. */
    private static Rectangle ink(BufferedImage page) {
        int left = page.getWidth();
        int top = page.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xffffff) < 0xf0f0f0) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new Rectangle(0, 0, 0, 0) : new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }

    @Test
    void theAsOfDayIsSharedByTheDiagramsAndTheOverview() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        assertEquals(editor.plan().getPreparedOn(), editor.asOf(), "by default the plan's own date");
        DiagramView view = diagrams(editor, DiagramKind.TIMELINE);
        Text day = findText(view);
        Workbench.click(day, new Point(10, day.getSize().y / 2), 1);
        Workbench.retype("Sep 1, 2027");
        Workbench.key(SWT.CR, 0);
        Workbench.await(() -> LocalDate.of(2027, 9, 1).equals(editor.asOf()), "the new day");
        assertTrue(text(view.canvas().diagram()).contains("Sep 1, 2027"), "the timeline's today moved");
        assertEquals(LocalDate.of(2027, 9, 1), editor.facts().asOf(), "the checks use it too");
    }

    @Test
    void textIsDrawnInsideItsBoxesAtEveryKindAndZoom() {
        Display display = Display.getCurrent();
        PlanEditor editor;
        try {
            editor = Workbench.openExample(folder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<String> outside = new ArrayList<>();
        DiagramFonts fonts = new DiagramFonts(display);
        try {
            for (DiagramKind kind : DiagramKind.values()) {
                for (Diagram diagram : editor.facts().diagrams(kind)) {
                    Map<String, List<Box>> boxes = labelBoxes(diagram);
                    for (float zoom : new float[] { 0.5f, 1f, 1.7f }) {
                        Image image = new Image(display, (int) Math.ceil(diagram.width() * zoom) + 2,
                                (int) Math.ceil(diagram.height() * zoom) + 2);
                        GC gc = new GC(image);
                        try {
                            DiagramPainter.paint(diagram, new SwtCanvas(gc, fonts, zoom, (line, x, y, w, h) -> {
                                boolean inside = boxes.getOrDefault(line, List.of()).stream()
                                        .anyMatch(b -> x >= b.x() - 0.5 && x + w <= b.right() + 0.5);
                                if (!inside) {
                                    outside.add(diagram.name() + " @" + zoom + ": '" + line + "'");
                                }
                            }));
                        } finally {
                            gc.dispose();
                            image.dispose();
                        }
                    }
                }
            }
        } finally {
            fonts.dispose();
        }
        assertTrue(outside.isEmpty(), outside.size() + " lines leave their boxes: "
                + outside.subList(0, Math.min(8, outside.size())));
    }

    @Test
    void theWizardWritesTheBoardPackAndCancelLeavesNothing() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Path out = folder.resolve("pack");
        Workbench.withOutput(out, "pdf", () -> {
            BoardPackWizard wizard = new BoardPackWizard(editor);
            Shell dialog = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(), wizard)).getShell();
            Workbench.screenshot("board-pack-wizard");
            Workbench.whenDialog("Board pack written", done -> Workbench.press(Workbench.button(done, "Close")));
            Workbench.press(Workbench.button(dialog, "Finish"));
            Workbench.await(dialog::isDisposed, "the wizard to close");
            Path pack = out.resolve("board-pack.pdf");
            assertTrue(Files.exists(pack), "the board pack was written: " + wizard.written());
            assertTrue(pages(pack) > 20, "a board pack of " + pages(pack) + " pages");
            assertEquals(List.of(pack), wizard.written());

            Path cancelled = folder.resolve("cancelled");
            Preferences.store().setValue(Preferences.OUTPUT_FOLDER, cancelled.toString());
            Preferences.store().setValue(Preferences.FORMATS, "html,pdf,docx");
            BoardPackWizard again = new BoardPackWizard(editor);
            Shell second = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(), again)).getShell();
            for (org.eclipse.swt.widgets.Button box : checkBoxes(second)) {
                if (!box.getSelection()) {
                    box.setSelection(true);
                    box.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            }
            ToolItem stop = Workbench.toolItem(second, JFaceResources.getString("ProgressMonitorPart.cancelToolTip"));
            boolean[] finished = new boolean[1];
            Workbench.when(() -> stop.getParent().isVisible() && stop.isEnabled(), () -> Workbench.press(stop));
            Workbench.whenDialog("Board pack written", done -> {
                finished[0] = true;
                Workbench.press(Workbench.button(done, "Close"));
            });
            Workbench.press(Workbench.button(second, "Finish"));
            Workbench.await(() -> messages(second).contains("Cancelled: nothing was written."), "the run to stop");
            assertFalse(finished[0], "the run was stopped before it finished");
            Workbench.screenshot("board-pack-cancelled");
            Workbench.press(Workbench.button(second, "Cancel"));
            Workbench.await(second::isDisposed, "the second wizard to close");
            try (Stream<Path> left = Files.exists(cancelled) ? Files.list(cancelled) : Stream.empty()) {
                List<Path> files = left.toList();
                assertTrue(files.isEmpty(), "a cancelled run leaves nothing behind: " + files);
            }
            assertTrue(again.written().isEmpty());
        });
    }

    /** Runs {@code body} with the wizard's folder and formats preset, then puts the preferences back. */
    /** Chosen for supervisors and HR, the pack says so on its pages and is its maker's file alone. */
    @Test
    void theWizardsPackForPersonnelIsMarkedConfidentialAndKeptFromOthers() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Path out = folder.resolve("personnel");
        Workbench.withOutput(out, "html", () -> {
            Shell dialog = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(),
                    new BoardPackWizard(editor))).getShell();
            List<org.eclipse.swt.widgets.Combo> combos = new java.util.ArrayList<>();
            Workbench.collect(dialog, c -> {
                if (c instanceof org.eclipse.swt.widgets.Combo combo) {
                    combos.add(combo);
                }
            });
            org.eclipse.swt.widgets.Combo readers = combos.get(0);
            assertTrue(readers.getText().startsWith("The board:"), readers.getText());
            readers.select(2);
            readers.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("Supervisors and HR: everything in the plan (marked confidential)", readers.getText());
            Workbench.settle();
            Workbench.screenshot("board-pack-for-personnel");
            Workbench.whenDialog("Board pack written", done -> Workbench.press(Workbench.button(done, "Close")));
            Workbench.press(Workbench.button(dialog, "Finish"));
            Workbench.await(dialog::isDisposed, "the wizard to close");
            Path pack = out.resolve("board-pack.html");
            assertTrue(Files.readString(pack).contains("<p class=\"marking\">Confidential — personnel record</p>"));
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(pack));
        });
    }

    @Test
    void aTemplateErrorIsShownWithItsFileLineAndColumn() throws Exception {
        PlanEditor editor = Workbench.openExample(folder);
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("board-pack.html.vm"), "<html>\n  #if($agency\n</html>\n");
        Preferences.store().setValue(Preferences.TEMPLATE_FOLDER, templates.toString());
        Preferences.store().setValue(Preferences.OUTPUT_FOLDER, folder.resolve("broken").toString());
        Preferences.store().setValue(Preferences.FORMATS, "html");
        String[] shown = new String[1];
        try {
            Shell dialog = Workbench.openWithoutBlocking(new WizardDialog(Workbench.shell(),
                    new BoardPackWizard(editor))).getShell();
            Workbench.press(Workbench.button(dialog, "Finish"));
            Workbench.settle();
            shown[0] = messages(dialog);
            Workbench.press(Workbench.button(dialog, "Cancel"));
        } finally {
            Preferences.store().setToDefault(Preferences.TEMPLATE_FOLDER);
            Preferences.store().setToDefault(Preferences.OUTPUT_FOLDER);
            Preferences.store().setToDefault(Preferences.FORMATS);
        }
        assertTrue(shown[0] != null && shown[0].contains("board-pack.html.vm") && shown[0].contains("line"),
                "the error names the file and line: " + shown[0]);
        assertFalse(shown[0].contains("Exception"), shown[0]);
    }

    @Test
    void preferencesDecideTheDayAndWhenThePlanIsChecked() throws Exception {
        Preferences.store().setValue(Preferences.AS_OF, Preferences.AS_OF_TODAY);
        try {
            PlanEditor editor = Workbench.openExample(folder);
            assertEquals(LocalDate.now(), editor.asOf());
        } finally {
            Preferences.store().setToDefault(Preferences.AS_OF);
        }
        assertNotEquals(Preferences.AS_OF_TODAY, Preferences.store().getString(Preferences.AS_OF));
    }

    private static Display display() {
        return Display.getCurrent();
    }

    private static List<org.eclipse.swt.widgets.Button> checkBoxes(Shell dialog) {
        List<org.eclipse.swt.widgets.Button> boxes = new ArrayList<>();
        Workbench.collect(dialog, control -> {
            if (control instanceof org.eclipse.swt.widgets.Button button && (button.getStyle() & SWT.CHECK) != 0) {
                boxes.add(button);
            }
        });
        return boxes;
    }

    private static String messages(Shell dialog) {
        StringBuilder texts = new StringBuilder();
        Workbench.collect(dialog, control -> {
            if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0) {
                texts.append(text.getText()).append('\n');
            } else if (control instanceof org.eclipse.swt.widgets.Label label) {
                texts.append(label.getText()).append('\n');
            }
        });
        return texts.toString();
    }

    private static Text findText(DiagramView view) {
        Text[] found = new Text[1];
        Workbench.collect(view.canvas().control().getParent(), control -> {
            if (found[0] == null && control instanceof Text text) {
                found[0] = text;
            }
        });
        return found[0];
    }

    private static String text(Diagram diagram) {
        StringBuilder all = new StringBuilder();
        diagram.allNodes().flatMap(Node::withDescendants).forEach(node -> {
            node.labels().forEach(l -> all.append(l.text()).append('\n'));
            node.outsideLabels().forEach(l -> all.append(l.text()).append('\n'));
        });
        diagram.headings().forEach(l -> all.append(l.text()).append('\n'));
        diagram.allLines().forEach(edge -> {
            if (edge.label() != null) {
                all.append(edge.label().text()).append('\n');
            }
        });
        return all.toString();
    }

    /** Every line of every label of {@code diagram}, with the boxes it may be drawn in. */
    private static Map<String, List<Box>> labelBoxes(Diagram diagram) {
        Map<String, List<Box>> boxes = new HashMap<>();
        List<Label> labels = new ArrayList<>(diagram.headings());
        Stream.concat(diagram.allNodes().flatMap(Node::withDescendants),
                diagram.legend() == null ? Stream.empty() : diagram.legend().withDescendants()).forEach(node -> {
                    labels.addAll(node.labels());
                    labels.addAll(node.outsideLabels());
                });
        diagram.allLines().forEach(edge -> {
            if (edge.label() != null) {
                labels.add(edge.label());
            }
        });
        for (Label label : labels) {
            for (String line : label.lines()) {
                boxes.computeIfAbsent(line, l -> new ArrayList<>()).add(label.box());
            }
        }
        return boxes;
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        return output.lines().filter(l -> l.startsWith("Pages:")).map(l -> Integer.parseInt(l.substring(6).strip()))
                .findFirst().orElseThrow(() -> new AssertionError("pdfinfo says: " + output));
    }
}
