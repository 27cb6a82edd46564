package org.peerplan.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.privacy.Audience;
import org.peerplan.core.validation.PlanChecker;
import org.peerplan.core.validation.RuleRegistry;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.pdf.PdfWriter;
import org.peerplan.docgen.views.Figures;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;

/**
 * How close each step is to the least it could cost, each measured once on the same plan: validation against a bare
 * walk over the plan's elements, the templates against writing the same values into a {@code StringBuilder}, the PDF
 * against the renderer on the same XHTML without figures, and the command line's start against {@code java -version}.
 */
final class BenchmarkRatios {

    private BenchmarkRatios() {
    }

    static void print(ImplementationPlan plan, LocalDate asOf, long commandStarted) throws IOException {
        double validate = Timing.of(() -> new PlanChecker(RuleRegistry.all(), asOf).check(plan));
        int[] elements = new int[1];
        double walk = Timing.of(() -> plan.eAllContents().forEachRemaining(e -> elements[0]++));
        Map<String, Object> views = PlanViews.checked(plan, ToolkitCatalog.in(plan.eResource().getResourceSet()), asOf,
                Audience.BOARD);
        String[] xhtml = new String[1];
        double html = Timing.of(() -> xhtml[0] = new DocumentGenerator(null).render(Document.BOARD_PACK, views));
        double values = Timing.of(() -> write(views, new StringBuilder()));
        String withoutFigures = xhtml[0].replaceAll("(?s)<figure class=\"diagram\".*?</figure>", "");
        Figures figures = PlanViews.figures(views);
        double pdf = Timing.of(() -> new PdfWriter().write(xhtml[0], figures, new ByteArrayOutputStream()));
        double bare = Timing.of(() -> new PdfWriter().write(withoutFigures, new ByteArrayOutputStream()));
        double start = commandStarted - ManagementFactory.getRuntimeMXBean().getStartTime();
        double javaVersion = javaVersion();
        System.out.printf("Ratios, one run each on %,d elements:%n", elements[0]);
        line("validation / a bare eAllContents walk", validate, walk);
        line("HTML board pack / its values into a StringBuilder", html, values);
        line("PDF board pack / the renderer on it without figures", pdf, bare);
        line("command line's start / java -version", start, javaVersion);
    }

    private static void line(String what, double measured, double least) {
        System.out.printf("  %-52s %8.1f ms / %8.1f ms = %6.1f%n", what, measured, least, measured / least);
    }

    /** Every value the views hold, as text, the least any document made of them must do. */
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> write(v, out));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> write(v, out));
        } else if (value instanceof EObject || value == null) {
            return;
        } else {
            out.append(value);
        }
    }

    private static double javaVersion() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Timing.of(() -> {
            try {
                new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
