package org.peerplan.ui.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.peerplan.core.persistence.AtomicFileWriter;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.render.DiagramPainter;
import org.peerplan.diagram.render.PngWriter;
import org.peerplan.diagram.render.SvgWriter;
import org.peerplan.docgen.pdf.DiagramPdf;

/**
 * A diagram out of the workbench: written as SVG, PNG or PDF (by the file's extension, through the diagram bundle's
 * and the documents' writers, so a figure exported is the figure the documents carry), or printed on one page.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    /** Writes {@code diagram} to {@code file} as its extension says; the file is replaced whole or not at all. */
    public static void write(Diagram diagram, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (name.endsWith(".svg")) {
            new SvgWriter().write(diagram, bytes);
        } else if (name.endsWith(".png")) {
            new PngWriter().write(diagram, bytes);
        } else if (name.endsWith(".pdf")) {
            DiagramPdf.write(diagram, bytes);
        } else {
            throw new IOException(file.getFileName() + " does not end in .svg, .png or .pdf.");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        new AtomicFileWriter(AtomicFileWriter.NONE).write(file, bytes.toByteArray());
        Files.deleteIfExists(AtomicFileWriter.backupOf(file));
    }

    /**
     * Prints {@code diagram} on one page of the printer {@code data} names, as large as the page allows. The diagram
     * is drawn into an image at the printer's resolution first: on GTK a transform set on a printer's GC applies the
     * printer's own scale twice, and the canvas scales with transforms.
     */
    public static void print(Diagram diagram, PrinterData data, Display display) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(diagram.title())) {
                return;
            }
            Rectangle page = printer.getClientArea();
            float scale = (float) Math.min(page.width / diagram.width(), page.height / diagram.height());
            Image image = new Image(display, Math.max(1, (int) Math.floor(diagram.width() * scale)),
                    Math.max(1, (int) Math.floor(diagram.height() * scale)));
            try {
                GC drawing = new GC(image);
                DiagramFonts fonts = new DiagramFonts(display);
                try {
                    DiagramPainter.paint(diagram, new SwtCanvas(drawing, fonts, scale));
                } finally {
                    fonts.dispose();
                    drawing.dispose();
                }
                printer.startPage();
                GC gc = new GC(printer);
                try {
                    gc.drawImage(image, page.x, page.y);
                } finally {
                    gc.dispose();
                }
                printer.endPage();
            } finally {
                image.dispose();
            }
            printer.endJob();
        } finally {
            printer.dispose();
        }
    }
}
