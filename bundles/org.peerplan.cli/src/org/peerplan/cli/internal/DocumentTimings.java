package org.peerplan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.docx.DocxWriter;
import org.peerplan.docgen.pdf.PdfWriter;
import org.peerplan.docgen.views.Figures;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;

/**
 * The board pack of one plan, step by step as {@code generate} makes it: the views (check, schedule, every figure laid
 * out and written), the XHTML from the templates, then the PDF and the DOCX from that XHTML.
 */
final class DocumentTimings {

    private DocumentTimings() {
    }

    /** The steps, in milliseconds: views, HTML, PDF, DOCX. */
    static double[] of(ImplementationPlan plan, LocalDate asOf) throws IOException {
        AtomicReference<Map<String, Object>> views = new AtomicReference<>();
        double viewsTime = Timing.of(() -> views.set(PlanViews.checked(plan,
                ToolkitCatalog.in(plan.eResource().getResourceSet()), asOf, Audience.BOARD)));
        String[] xhtml = new String[1];
        double html = Timing.of(() -> xhtml[0] = new DocumentGenerator(null).render(Document.BOARD_PACK, views.get()));
        Figures figures = PlanViews.figures(views.get());
        double pdf = Timing.of(() -> new PdfWriter().write(xhtml[0], figures, new ByteArrayOutputStream()));
        double docx = Timing.of(() -> new DocxWriter().write(xhtml[0], "Board pack", figures,
                new ByteArrayOutputStream()));
        return new double[] { viewsTime, html, pdf, docx };
    }
}
