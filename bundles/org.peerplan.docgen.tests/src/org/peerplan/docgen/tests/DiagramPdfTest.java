package org.peerplan.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.peerplan.core.persistence.PlanStore;
import org.peerplan.diagram.Diagram;
import org.peerplan.diagram.DiagramKind;
import org.peerplan.diagram.plan.DiagramInput;
import org.peerplan.diagram.plan.PlanDiagrams;
import org.peerplan.docgen.pdf.DiagramPdf;
import org.peerplan.model.ImplementationPlan;

/** One diagram as a PDF page of its own size, for the workbench's Export. */
class DiagramPdfTest {

    @Test
    void theSupervisionChartIsOnePageOfItsOwnProportions() throws Exception {
        ImplementationPlan plan = new PlanStore().load(Path.of(System.getProperty("peerplan.home"))
                .resolve("examples/riverbend.peerplan"));
        Diagram chart = PlanDiagrams.build(DiagramKind.SUPERVISION, DiagramInput.of(plan, LocalDate.of(2027, 4, 30)))
                .get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DiagramPdf.write(chart, bytes);
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(chart.width() / chart.height(), page.getWidth() / page.getHeight(), 0.02,
                    "the page has the diagram's proportions");
            assertTrue(bytes.size() > 5_000, "the drawing is there: " + bytes.size() + " bytes");
        }
    }
}
