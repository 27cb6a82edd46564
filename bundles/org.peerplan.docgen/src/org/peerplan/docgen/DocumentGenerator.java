package org.peerplan.docgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.peerplan.docgen.docx.DocxWriter;
import org.peerplan.docgen.pdf.PdfWriter;
import org.peerplan.docgen.templates.OutputFormat;
import org.peerplan.docgen.templates.TemplateEngine;
import org.peerplan.docgen.templates.TemplateException;
import org.peerplan.docgen.templates.Trusted;
import org.peerplan.docgen.views.Figures;
import org.peerplan.docgen.views.PlanViews;

/**
 * Writes documents from a plan's views: the board pack (cover, executive summary, every section) or a single
 * document (one section), as HTML, PDF and DOCX. Templates come from the user's folder first, then the built-in set.
 */
public final class DocumentGenerator {

    private final TemplateEngine templates;

    /** @param templateFolder a folder of templates that replace built-in ones, or {@code null} */
    public DocumentGenerator(Path templateFolder) {
        this.templates = new TemplateEngine(templateFolder);
    }

    /**
     * Renders each document in each format into {@code folder}.
     *
     * @param progress told what is being rendered before each file, for a user watching a long run
     * @return the files written, in order
     */
    public List<Path> generate(Map<String, Object> views, Set<Document> documents, Set<Format> formats, Path folder,
            Consumer<String> progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Document document : documents) {
            String xhtml = null;
            for (Format format : formats) {
                Path file = folder.resolve(document.fileName() + "." + format.extension());
                progress.accept("Rendering " + document.title().toLowerCase() + " as " + format + "...");
                if (xhtml == null) {
                    xhtml = render(document, views);
                }
                Files.write(file, switch (format) {
                    case HTML -> xhtml.getBytes(StandardCharsets.UTF_8);
                    case PDF -> pdf(xhtml, PlanViews.figures(views));
                    case DOCX -> docx(xhtml, document.title() + ": " + views.get("agency"), PlanViews.figures(views));
                });
                written.add(file);
            }
        }
        return written;
    }

    /**
     * The document's XHTML: the board pack, or one section inside the single-document layout.
     *
     * @throws TemplateException if a template fails, or an inline SVG diagram reaches outside itself
     */
    public String render(Document document, Map<String, Object> views) {
        String xhtml = layout(document, views);
        SelfContainedSvg.check(xhtml);
        return xhtml;
    }

    private String layout(Document document, Map<String, Object> views) {
        Map<String, Object> model = new HashMap<>(views);
        model.put("appendix", "");
        if (document == Document.BOARD_PACK) {
            List<Document> appendices = Arrays.stream(Document.values()).filter(d -> d != Document.BOARD_PACK).toList();
            model.put("sections", appendices.stream().map(d -> Map.of("id", d.id(), "title", d.title(), "letter",
                    String.valueOf((char) ('A' + appendices.indexOf(d))))).toList());
            return templates.render("board-pack.html.vm", model, OutputFormat.HTML);
        }
        model.put("title", document.title());
        model.put("section", document.id());
        String section = templates.render("section.vm", model, OutputFormat.HTML);
        model.put("contents", Contents.of(section));
        String contents = templates.render("contents.vm", model, OutputFormat.HTML);
        // The table of contents follows the section's title; both are output of the engine's own templates.
        model.put("body", new Trusted(section.replaceFirst("</h1>", "</h1>\n" + Matcher.quoteReplacement(contents))));
        return templates.render("document.html.vm", model, OutputFormat.HTML);
    }

    private static byte[] docx(String xhtml, String title, Figures figures) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DocxWriter().write(xhtml, title, figures, bytes);
        return bytes.toByteArray();
    }

    private static byte[] pdf(String xhtml, Figures figures) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfWriter().write(xhtml, figures, bytes);
        return bytes.toByteArray();
    }
}
