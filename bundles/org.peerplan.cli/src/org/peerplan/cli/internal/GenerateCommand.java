package org.peerplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.peerplan.content.ToolkitCatalog;
import org.peerplan.core.privacy.Audience;
import org.peerplan.docgen.Document;
import org.peerplan.docgen.DocumentGenerator;
import org.peerplan.docgen.Format;
import org.peerplan.docgen.templates.TemplateException;
import org.peerplan.docgen.views.PlanViews;
import org.peerplan.model.ImplementationPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peerplan generate}: the board pack and the other documents, from Velocity templates. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the board pack and other documents of a plan as HTML, PDF and DOCX. With no PLAN it"
                + " uses the shipped example; with no --out it writes under out/.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    PlanOrExample plan;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Where to write (default: out/).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "html, pdf, docx, in any combination (default: html,pdf,docx).")
    List<String> formats = List.of("html", "pdf", "docx");

    @Option(names = "--documents", split = ",", paramLabel = "DOC",
            description = "board-pack (the default), d01, d04, d05, d09, d10, d11, d12, d21, or all.")
    List<String> documents = List.of("board-pack");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose templates replace the built-in ones of the same name.")
    Path templates;

    @Mixin
    AsOfOption asOf;

    @Mixin
    AudienceOption audience;

    @Option(names = "--since", paramLabel = "EARLIER", description = "The plan the board saw last: the board pack"
            + " opens with what moved since.")
    Path since;

    @Override
    public Integer call() throws IOException {
        Set<Format> chosenFormats = formats();
        Set<Document> chosenDocuments = documents();
        if (templates != null && !Files.isDirectory(templates)) {
            throw new IOException("--templates " + templates + " is not a folder.");
        }
        Audience readers = audience.audience();
        List<String> notForThem = chosenDocuments.stream().filter(d -> !readers.includes(d.audience()))
                .map(Document::id).toList();
        if (!notForThem.isEmpty()) {
            throw new IOException(String.join(", ", notForThem) + " may not be generated for --audience "
                    + readers.id() + ".");
        }
        ImplementationPlan loaded = PlanInput.load(plan.file());
        LocalDate day = asOf.day();
        ImplementationPlan earlier = since == null ? null : PlanInput.load(since);
        Map<String, Object> views = PlanViews.checked(loaded, ToolkitCatalog.in(loaded.eResource().getResourceSet()),
                day, readers, earlier);
        List<Path> written;
        try {
            written = new DocumentGenerator(templates).generate(views, chosenDocuments, chosenFormats, out,
                    System.err::println);
        } catch (TemplateException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (Path path : written) {
            System.out.printf("Wrote %s (%,d KB)%n", path, Math.max(1, Files.size(path) / 1024));
        }
        return 0;
    }

    private Set<Format> formats() throws IOException {
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String name : formats) {
            Format format = switch (name.trim().toLowerCase()) {
                case "html" -> Format.HTML;
                case "pdf" -> Format.PDF;
                case "docx" -> Format.DOCX;
                default -> throw new IOException("--format takes html, pdf and docx, not '" + name + "'.");
            };
            chosen.add(format);
        }
        return chosen;
    }

    private Set<Document> documents() throws IOException {
        if (documents.stream().anyMatch(d -> d.trim().equalsIgnoreCase("all"))) {
            return EnumSet.allOf(Document.class);
        }
        List<String> unknown = new ArrayList<>();
        Set<Document> chosen = EnumSet.noneOf(Document.class);
        for (String id : documents) {
            Document.byId(id.trim()).ifPresentOrElse(chosen::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new IOException("--documents does not know " + String.join(", ", unknown)
                    + "; choose from board-pack, d01, d04, d05, d09, d10, d11, d12, d21 or all.");
        }
        return chosen;
    }
}
