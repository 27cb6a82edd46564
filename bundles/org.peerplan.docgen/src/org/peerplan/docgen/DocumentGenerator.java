package org.peerplan.docgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.peerplan.core.persistence.FileModes;
import org.peerplan.core.privacy.Audience;
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
     * Renders each document in each format into {@code folder}. Each document's XHTML is rendered once; its PDF and
     * DOCX, which take the most time, are made on as many threads as there are processors.
     *
     * @param progress told what is being rendered before each file, for a user watching a long run
     * @return the files written, in order
     */
    public List<Path> generate(Map<String, Object> views, Set<Document> documents, Set<Format> formats, Path folder,
            Consumer<String> progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        List<Future<byte[]>> contents = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "peerplan-document");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Document document : documents) {
                String xhtml = null;
                for (Format format : formats) {
                    progress.accept("Rendering " + document.title().toLowerCase() + " as " + format + "...");
                    if (xhtml == null) {
                        xhtml = render(document, views);
                    }
                    String source = xhtml;
                    files.add(folder.resolve(document.fileName() + "." + format.extension()));
                    contents.add(workers.submit(() -> switch (format) {
                        case HTML -> source.getBytes(StandardCharsets.UTF_8);
                        case PDF -> pdf(source, PlanViews.figures(views));
                        case DOCX -> docx(source, document.title() + ": " + views.get("agency"), PlanViews.figures(views));
                    }));
                }
            }
            boolean personal = PlanViews.audience(views).map(a -> a != Audience.BOARD).orElse(true);
            for (int i = 0; i < files.size(); i++) {
                byte[] content = finished(contents.get(i));
                if (personal) {
                    // Documents with personal data are their maker's alone: they decide whom to give them to.
                    Files.deleteIfExists(files.get(i));
                    FileModes.createOwnerOnly(files.get(i));
                }
                Files.write(files.get(i), content);
            }
        } finally {
            workers.shutdownNow();
        }
        return files;
    }

    /** A file's content once made; what went wrong making it is thrown as it was. */
    private static byte[] finished(Future<byte[]> content) throws IOException {
        try {
            return content.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the documents were made");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
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
            // Each document is an appendix with a letter, which the pack's own pages use to point into it.
            List<Document> appendices = Arrays.stream(Document.values()).filter(d -> d != Document.BOARD_PACK).toList();
            Map<String, String> letters = new HashMap<>();
            appendices.forEach(d -> letters.put(d.id(), String.valueOf((char) ('A' + appendices.indexOf(d)))));
            model.put("appendixOf", letters);
            model.put("sections", appendices.stream().map(d -> Map.of("id", d.id(), "title", d.title(), "letter",
                    letters.get(d.id()))).toList());
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
